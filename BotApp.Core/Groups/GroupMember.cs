namespace PartyGroupBot.Core.Groups;

/// <summary>A person on the group's roster, identified by their AAD object id.</summary>
public sealed record GroupMember(string Id, string Name, Role Role)
{
    public bool HasVote => Role.HasVote();
}
