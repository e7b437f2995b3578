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
    public static bool AnswersRepeatsItself(string? verb) => verb == "castVote";

    private Task<JObject> RouteAsync(ITurnContext turn, TurnScope scope, string? verb, CardData data, CancellationToken ct) => verb switch
    {
        "saveSetup" => setup.SaveAsync(turn, scope, data, ct),
        "startMeeting" => meeting.StartAsync(turn, scope, data, ct),
        "checkIn" => meeting.CheckInAsync(turn, scope, data, ct),
        "requestLeave" => attendance.RequestLeaveAsync(turn, scope, data, ct),
        "approveLeave" => attendance.ApproveLeaveAsync(turn, scope, data, ct),
        "refuseLeave" => attendance.RefuseLeaveAsync(turn, scope, data, ct),
        "submitOpinion" => attendance.SubmitOpinionAsync(scope, data, ct),
        "leaveMeeting" => attendance.LeaveMeetingAsync(turn, scope, data, ct),
        "recuse" => attendance.RecuseAsync(scope, data, ruledByChair: false, ct),
        "ruleRecusal" => attendance.RecuseAsync(scope, data, ruledByChair: true, ct),
        "closeFloor" => votes.CloseFloorAsync(turn, scope, data, ct),
        "declareReservation" => votes.DeclareReservationAsync(scope, data, ct),
        "openDiscussion" => votes.OpenDiscussionAsync(turn, scope, data, ct),
        "openVote" => votes.OpenAsync(turn, scope, data, ct),
        "castVote" => votes.CastAsync(turn, scope, data, ct),
        "closeVote" => votes.CloseAsync(turn, scope, data, ct),
        "refreshBallot" => votes.RefreshAsync(scope, data, ct),
        "endMeeting" => meeting.EndAsync(turn, scope, data["meetingId"] ?? "", ct),
        "signMinutes" => minutes.SignAsync(turn, scope, data, ct),
        "correctMinutes" => record.CorrectAsync(scope, data, ct),
        "recordNote" => record.RecordNoteAsync(scope, data, ct),
        "requestRecord" => record.RequestAsync(turn, scope, data, ct),
        "approveRecordAccess" => record.ApproveAsync(turn, scope, data, ct),
        "designateBriefer" => briefer.DesignateAsync(turn, scope, data, ct),
        "proposeItem" => agenda.ProposeAsync(turn, scope, data, ct),
        "consentItem" => agenda.ConsentAsync(turn, scope, data, ct),
        "approveItem" => agenda.ApproveAsync(turn, scope, data, ct),
        "returnItem" => agenda.ReturnAsync(turn, scope, data, ct),
        "scheduleMeeting" => agenda.ScheduleAsync(turn, scope, data, ct),
        "delegateChair" => agenda.DelegateAsync(turn, scope, data, ct),
        "recordDecision" => decisions.RecordAsync(turn, scope, data, ct),
        "reportProgress" => followUps.ReportAsync(scope, data, ct),
        "completeDecision" => followUps.CompleteAsync(scope, data, ct),
        "startDemocraticLife" => sessions.StartDemocraticLifeAsync(turn, scope, data, ct),
        "startStudySession" => sessions.StartStudySessionAsync(turn, scope, data, ct),
        "submitStatement" => democraticLife.SubmitStatementAsync(turn, scope, data, ct),
        "resendMessages" => sendStatus.ResendAsync(scope, data, ct),
        "recordRectification" => democraticLife.RecordRectificationAsync(scope, data, ct),
        _ => Task.FromResult(Refusals.Card(scope, new Refusal("", RefusalCode.InvalidInput), null)),
    };
}
