using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>The party groups of a tenant a person is on, for the personal chat, which has no team of its own.</summary>
public sealed class PersonGroups(GroupStore groups, ReminderGroupKeys groupKeys)
{
    public async Task<IReadOnlyList<TeamGroup>> OfAsync(string tenantId, string personId, CancellationToken ct)
    {
        var mine = new List<TeamGroup>();
        await foreach (var key in groupKeys.AllAsync(ct))
            if (key.TenantId == tenantId && await groups.GetAsync(key, ct) is { } stored && stored.Group.Find(personId) is not null)
                mine.Add(new TeamGroup(key, stored));
        return mine;
    }
}
