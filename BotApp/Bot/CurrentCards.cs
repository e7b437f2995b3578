using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>Rebuilds the card a verb was clicked on, from the stored state, to show under a refusal.</summary>
public sealed class CurrentCards(TeamGroups teamGroups, MeetingStore meetings, BallotViews views, AgendaStore agendas, TimeProvider clock)
{
    private static readonly HashSet<string> RollCallVerbs = [Verbs.CheckIn, Verbs.OpenVote, Verbs.LeaveMeeting, Verbs.EndMeeting];
    private static readonly HashSet<string> BallotVerbs = [Verbs.CastVote, Verbs.CloseFloor, Verbs.CloseVote, Verbs.RefreshBallot, Verbs.DeclareReservation];
    /// <summary>Cards in a member's private chat, which say their team in the data; a refused form keeps what was typed.</summary>
    private static readonly HashSet<string> PrivateVerbs = [Verbs.DesignateBriefer, Verbs.SubmitStatement, Verbs.RecordRectification];

    /// <summary>The card as everyone sees it now, for a coalesced update of the shared card (no one's own view).</summary>
    public Task<JObject?> ForEveryoneAsync(string? verb, TurnScope scope, CardData data, CancellationToken ct) =>
        ForAsync(verb, scope with { ActorId = null }, data, ct);

    public async Task<JObject?> ForAsync(string? verb, TurnScope scope, CardData data, CancellationToken ct)
    {
        if (verb is null || !(RollCallVerbs.Contains(verb) || BallotVerbs.Contains(verb) || PrivateVerbs.Contains(verb))) return null;
        if (PrivateVerbs.Contains(verb)) scope = scope.InTeam(data["teamId"]);
        var found = await teamGroups.FindAsync(scope, ct);
        if (found.IsRefused || string.IsNullOrEmpty(data["meetingId"])) return null;
        var team = found.Value;
        var partition = team.MeetingPartition(data["meetingId"]!);
        var state = await meetings.LoadAsync(partition, ct);
        if (state is null) return null;
        if (RollCallVerbs.Contains(verb)) return RollCallCard.Build(scope.Texts, state);
        if (PrivateVerbs.Contains(verb)) return await FormAsync(verb, scope, data, team, state, ct);

        var item = state.Item(data["itemId"]);
        if (item is null) return null;
        if (item.Status == ItemStatus.Closed) return ResultCard.Build(scope.Texts, state, item);
        return BallotCard.Build(scope.Texts, await views.ForAsync(team, state, item, scope.ActorId, ct));
    }

    /// <summary>The form while it still makes sense, so one wrong field does not cost what was typed; else the refusal alone.</summary>
    private async Task<JObject?> FormAsync(string verb, TurnScope scope, CardData data, TeamGroup team, MeetingState state, CancellationToken ct)
    {
        var isDemocraticLife = state.Kind == MeetingKind.DemocraticLifeMeeting;
        return verb switch
        {
            // MN5: the draft is also the card the chair signs; anyone else sees the refusal alone.
            Verbs.DesignateBriefer when scope.ActorId == state.ChairId && state.Signature is null =>
                await agendas.DraftCardAsync(scope.Texts, team, state, ct),
            Verbs.SubmitStatement when isDemocraticLife && !state.Ended =>
                WrittenStatementCard.Build(scope.Texts, state.Id, team.Key.TeamId, data["statement"]),
            Verbs.RecordRectification when isDemocraticLife && state.Signature is null =>
                RectificationCard.Build(scope.Texts, state, team.Key.TeamId, state.FirstRectificationDeadline(clock.GetUtcNow()),
                    typed: new RectificationCard.Typed(data["measure"], data["owner"], data["deadline"])),
            _ => null,
        };
    }
}
