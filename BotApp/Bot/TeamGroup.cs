using PartyGroupBot.Core;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>The party group of the team a turn belongs to.</summary>
public sealed record TeamGroup(GroupKey Key, StoredGroup Stored)
{
    public string MeetingPartition(string meetingId) => Key.Meeting(meetingId);
}

public sealed class TeamGroups(GroupStore groups, TimeProvider clock)
{
    /// <summary>The turn's team group, or the refusal card to answer with (the forms a typed command shows).</summary>
    public async Task<(TeamGroup? Team, Newtonsoft.Json.Linq.JObject? Refusal)> FindOrRefuseAsync(TurnScope scope, CancellationToken ct)
    {
        var found = await FindAsync(scope, ct);
        return found.IsRefused ? (null, Refusals.Card(scope, found.Refusal, null)) : (found.Value, null);
    }

    private static readonly TimeSpan Recent = TimeSpan.FromSeconds(30);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<GroupKey, (TeamGroup Team, DateTimeOffset Read)> _recent = new();

    /// <summary>
    /// For turns that take nothing from the group but its key and its members' Teams accounts (a ballot: the meeting
    /// holds its own roster): the group as read in the last half minute, else read now.
    /// </summary>
    public async Task<Result<TeamGroup>> FindRecentAsync(TurnScope scope, CancellationToken ct)
    {
        if (scope.Group is { } key && _recent.TryGetValue(key, out var held) && clock.GetUtcNow() - held.Read < Recent)
            return held.Team;
        var found = await FindAsync(scope, ct);
        if (!found.IsRefused)
        {
            if (_recent.Count > 10_000) _recent.Clear();
            _recent[found.Value.Key] = (found.Value, clock.GetUtcNow());
        }
        return found;
    }

    /// <summary>Not rule refusals but set-up problems, so they carry no rule ID.</summary>
    public async Task<Result<TeamGroup>> FindAsync(TurnScope scope, CancellationToken ct)
    {
        if (scope.Group is not { } key) return new Refusal("", RefusalCode.NotInTeam);
        var stored = await groups.GetAsync(key, ct);
        if (stored is null) return new Refusal("", RefusalCode.GroupNotSetUp);
        return new TeamGroup(key, stored);
    }
}
