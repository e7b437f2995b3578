using PartyGroupBot.Core.Profiles;

namespace PartyGroupBot.Core.Groups;

/// <summary>A party group (党组): its roster with roles and the rule profile it follows.</summary>
public sealed record PartyGroup(string ProfileId, IReadOnlyList<GroupMember> Members)
{
    /// <summary>A group with its own rules (read by <see cref="RuleProfileJson"/>); null for a built-in profile.</summary>
    public RuleProfile? OwnProfile { get; init; }

    public RuleProfile Profile => OwnProfile ?? RuleProfiles.Get(ProfileId);

    public GroupMember? Find(string? id) => Members.FirstOrDefault(m => m.Id == id);

    public GroupMember? Secretary => Members.FirstOrDefault(m => m.Role == Role.Secretary);

    public int VotingMemberCount => Members.Count(m => m.HasVote);

    /// <summary>Checks a set-up before it is saved: a group needs exactly one secretary to convene and sign.</summary>
    public Refusal? Validate() =>
        Members.Count(m => m.Role == Role.Secretary) == 1
            ? null
            : new Refusal(RuleIds.MN3, RefusalCode.SetupNeedsOneSecretary);
}
