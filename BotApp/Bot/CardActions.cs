using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Core;

namespace PartyGroupBot.Bot;

/// <summary>Routes an Action.Execute verb to its handler (docs/card-protocol.md).</summary>
public sealed class CardActions(
    SetupHandler setup, MeetingHandler meeting, AttendanceHandler attendance, VoteHandler votes, MinutesHandler minutes,
    DecisionHandler decisions, FollowUpHandler followUps, CurrentCards current, AgendaHandler agenda, RecordHandler record,
    SessionStartHandler sessions, DemocraticLifeHandler democraticLife, BrieferHandler briefer,
    SendStatusHandler sendStatus)
{
    /// <summary>A refused click changes nothing and shows why on top of the card the user clicked.</summary>
    public async Task<JObject> HandleAsync(ITurnContext turn, TurnScope scope, string? verb, CardData data, CancellationToken ct)
    {
        var card = InputLimits.Broken(data) is { } broken
            ? RefusalCard.Build(broken.Limit is { } limit
                ? scope.Texts.Format("input.tooLong", limit)
                : scope.Texts["input.controlCharacters"])
            : await RouteAsync(turn, scope, verb, data, ct);
        if (!RefusalCard.IsRefusal(card)) return card;
        return await current.ForAsync(verb, scope, data, ct) is { } shown ? RefusalCard.Over(card, shown) : card;
    }

    /// <summary>
    /// A ballot keeps its own answer with its row (or, when secret, goes through <see cref="Redelivery"/> itself), so
    /// the hot path of a meeting does not pay two more writes for Teams' retries.
    /// </summary>
    public static bool AnswersRepeatsItself(string? verb) => verb == Verbs.CastVote;

    private Task<JObject> RouteAsync(ITurnContext turn, TurnScope scope, string? verb, CardData data, CancellationToken ct) => verb switch
    {
        Verbs.SaveSetup => setup.SaveAsync(turn, scope, data, ct),
        Verbs.StartMeeting => meeting.StartAsync(turn, scope, data, ct),
        Verbs.CheckIn => meeting.CheckInAsync(turn, scope, data, ct),
        Verbs.RequestLeave => attendance.RequestLeaveAsync(turn, scope, data, ct),
        Verbs.ApproveLeave => attendance.ApproveLeaveAsync(turn, scope, data, ct),
        Verbs.RefuseLeave => attendance.RefuseLeaveAsync(turn, scope, data, ct),
        Verbs.SubmitOpinion => attendance.SubmitOpinionAsync(turn, scope, data, ct),
        Verbs.LeaveMeeting => attendance.LeaveMeetingAsync(turn, scope, data, ct),
        Verbs.Recuse => attendance.RecuseAsync(turn, scope, data, ruledByChair: false, ct),
        Verbs.RuleRecusal => attendance.RecuseAsync(turn, scope, data, ruledByChair: true, ct),
        Verbs.CloseFloor => votes.CloseFloorAsync(turn, scope, data, ct),
        Verbs.DeclareReservation => votes.DeclareReservationAsync(turn, scope, data, ct),
        Verbs.OpenDiscussion => votes.OpenDiscussionAsync(turn, scope, data, ct),
        Verbs.OpenVote => votes.OpenAsync(turn, scope, data, ct),
        Verbs.CastVote => votes.CastAsync(turn, scope, data, ct),
        Verbs.CloseVote => votes.CloseAsync(turn, scope, data, ct),
        Verbs.RefreshBallot => votes.RefreshAsync(scope, data, ct),
        Verbs.EndMeeting => meeting.EndAsync(turn, scope, data["meetingId"] ?? "", ct),
        Verbs.SignMinutes => minutes.SignAsync(turn, scope, data, ct),
        Verbs.CorrectMinutes => record.CorrectAsync(turn, scope, data, ct),
        Verbs.RecordNote => record.RecordNoteAsync(turn, scope, data, ct),
        Verbs.RequestRecord => record.RequestAsync(turn, scope, data, ct),
        Verbs.ApproveRecordAccess => record.ApproveAsync(turn, scope, data, ct),
        Verbs.DesignateBriefer => briefer.DesignateAsync(turn, scope, data, ct),
        Verbs.ProposeItem => agenda.ProposeAsync(turn, scope, data, ct),
        Verbs.ConsentItem => agenda.ConsentAsync(turn, scope, data, ct),
        Verbs.ApproveItem => agenda.ApproveAsync(turn, scope, data, ct),
        Verbs.ReturnItem => agenda.ReturnAsync(turn, scope, data, ct),
        Verbs.ScheduleMeeting => agenda.ScheduleAsync(turn, scope, data, ct),
        Verbs.DelegateChair => agenda.DelegateAsync(turn, scope, data, ct),
        Verbs.RecordDecision => decisions.RecordAsync(turn, scope, data, ct),
        Verbs.ReportProgress => followUps.ReportAsync(turn, scope, data, ct),
        Verbs.CompleteDecision => followUps.CompleteAsync(turn, scope, data, ct),
        Verbs.StartDemocraticLife => sessions.StartDemocraticLifeAsync(turn, scope, data, ct),
        Verbs.StartStudySession => sessions.StartStudySessionAsync(turn, scope, data, ct),
        Verbs.SubmitStatement => democraticLife.SubmitStatementAsync(turn, scope, data, ct),
        Verbs.ResendMessages => sendStatus.ResendAsync(scope, data, ct),
        Verbs.RecordRectification => democraticLife.RecordRectificationAsync(turn, scope, data, ct),
        _ => Task.FromResult(Refusals.Card(scope, new Refusal("", RefusalCode.InvalidInput), null)),
    };
}
