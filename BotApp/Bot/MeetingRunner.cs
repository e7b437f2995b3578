using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Core;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Profiles;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>What running a command on a stored meeting (or the 议题库) gave: the new state, or the refusal card to answer with.</summary>
public sealed record Ran<TState>(TState? State, JObject? Refusal, TeamGroup? Team) where TState : class;

/// <summary>Finds the turn's team group and runs a Core command on one of its stored meetings.</summary>
public sealed class MeetingRunner(TeamGroups teamGroups, MeetingStore meetings)
{
    public async Task<(TeamGroup? Team, JObject? Refusal)> TeamAsync(TurnScope scope, CancellationToken ct)
    {
        var found = await teamGroups.FindAsync(scope, ct);
        return found.IsRefused ? (null, Refusals.Card(scope, found.Refusal, null)) : (found.Value, null);
    }

    public async Task<Ran<MeetingState>> RunAsync(
        TurnScope scope, string? meetingId, Func<MeetingState, Result<MeetingEvent>> command, CancellationToken ct)
    {
        var (team, refused) = await TeamAsync(scope, ct);
        if (team is null) return new Ran<MeetingState>(null, refused, null);
        if (string.IsNullOrEmpty(meetingId)) return new Ran<MeetingState>(null, Refusals.Card(scope, new Refusal("", RefusalCode.InvalidInput), null), team);
        var result = await meetings.RunAsync(team.MeetingPartition(meetingId), command, ct);
        return result.IsRefused
            ? new Ran<MeetingState>(null, Refusals.Card(scope, result.Refusal, team.Stored.Group.Profile), team)
            : new Ran<MeetingState>(result.Value, null, team);
    }
}
