using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>Rebuilds the card a verb was clicked on, from the stored state, to show under a refusal.</summary>
public sealed class CurrentCards(MeetingRunner runner, MeetingStore meetings, BallotViews views)
{
    private static readonly HashSet<string> RollCallVerbs = [Verbs.CheckIn, Verbs.OpenVote, Verbs.LeaveMeeting, Verbs.EndMeeting];
    private static readonly HashSet<string> BallotVerbs = [Verbs.CastVote, Verbs.CloseFloor, Verbs.CloseVote, Verbs.RefreshBallot, Verbs.DeclareReservation];

    /// <summary>The card as everyone sees it now, for a coalesced update of the shared card (no one's own view).</summary>
    public Task<JObject?> ForEveryoneAsync(string? verb, TurnScope scope, CardData data, CancellationToken ct) =>
        ForAsync(verb, scope with { ActorId = null }, data, ct);

    public async Task<JObject?> ForAsync(string? verb, TurnScope scope, CardData data, CancellationToken ct)
    {
        if (verb is null || !(RollCallVerbs.Contains(verb) || BallotVerbs.Contains(verb))) return null;
        var (team, _) = await runner.TeamAsync(scope, ct);
        if (team is null || string.IsNullOrEmpty(data["meetingId"])) return null;
        var partition = team.MeetingPartition(data["meetingId"]!);
        var state = await meetings.LoadAsync(partition, ct);
        if (state is null) return null;
        if (RollCallVerbs.Contains(verb)) return RollCallCard.Build(scope.Texts, state);

        var item = state.Item(data["itemId"]);
        if (item is null) return null;
        if (item.Status == ItemStatus.Closed) return ResultCard.Build(scope.Texts, state, item);
        return BallotCard.Build(scope.Texts, await views.ForAsync(team, state, item, scope.ActorId, ct));
    }
}
