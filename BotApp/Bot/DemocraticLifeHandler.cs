using System.Globalization;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Core;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Reminders;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>
/// What only a democratic life meeting has in Teams: written statements from those not there (DL4), rectification
/// measures with owner and deadline (DL5); the outcome told to the absentees once the minutes are signed is <see cref="EventDeliveries.MinutesSigned"/>.
/// </summary>
public sealed class DemocraticLifeHandler(
    TeamGroups teamGroups, MeetingStore meetings, TimeProvider clock, VerbTurn turns)
{
    /// <summary>"书面发言" / "written statement": the form for the team's democratic life meeting in progress.</summary>
    public async Task<JObject> ShowStatementFormAsync(TurnScope scope, CancellationToken ct)
    {
        var (team, refused) = await teamGroups.FindOrRefuseAsync(scope, ct);
        if (team is null) return refused!;
        var state = await LatestAsync(team, ct);
        return state is { Kind: MeetingKind.DemocraticLifeMeeting, Ended: false }
            ? WrittenStatementCard.Build(scope.Texts, state.Id, team.Key.TeamId)
            : NoticeCard.Build(scope.Texts["session.statement.title"], scope.Texts["session.notice.noDemocraticLife"]);
    }

    /// <summary>submitStatement: refused, the form stays with what was typed (<see cref="CurrentCards"/>).</summary>
    public Task<JObject> SubmitStatementAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        scope = scope.InTeam(data["teamId"]);
        return turns.OnMeetingAsync(turn, scope, data["meetingId"],
            m => m.SubmitWrittenStatement(scope.ActorId ?? "", data["statement"], clock.GetUtcNow()),
            (done, _) =>
            {
                var recorded = NoticeCard.Build(scope.Texts["session.statement.title"], scope.Texts["session.statement.recorded"]);
                // DL4 (B23(3) 在会上代为宣读): the chair gets the statements to read out; the statement stands if that message fails.
                Outcome outcome = done.State.Profile.StatementsReadOut
                    ? new Outcome(recorded, [new ToMember(done.State.ChairId, StatementsToReadCard.Build(Texts.Texts.Chinese, done.State))])
                    : recorded;
                return Task.FromResult(outcome);
            }, ct);
    }

    /// <summary>"整改措施" / "rectification": the form for the team's latest democratic life meeting, until its minutes are signed.</summary>
    public async Task<JObject> ShowRectificationFormAsync(TurnScope scope, CancellationToken ct)
    {
        var (team, refused) = await teamGroups.FindOrRefuseAsync(scope, ct);
        if (team is null) return refused!;
        var state = await LatestAsync(team, ct);
        if (state is not { Kind: MeetingKind.DemocraticLifeMeeting, Signature: null })
            return NoticeCard.Build(scope.Texts["session.rectify.title"], scope.Texts["session.notice.noRectifiable"]);
        if (state.MayRecordRectifications(scope.ActorId) is { } refusal) return Refusals.Card(scope, refusal, state.Profile);
        return RectificationCard.Build(scope.Texts, state, team.Key.TeamId, state.FirstRectificationDeadline(clock.GetUtcNow()));
    }

    /// <summary>recordRectification: refused, the form stays with what was typed, so one wrong date does not cost the measure's text.</summary>
    public Task<JObject> RecordRectificationAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        scope = scope.InTeam(data["teamId"]);
        // An unreadable date is bad input like a past one; Core decides the rest (DL5).
        var deadline = DateOnly.TryParseExact(data["deadline"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : DateOnly.MinValue;
        return turns.OnMeetingAsync(turn, scope, data["meetingId"],
            m => m.RecordRectification(scope.ActorId ?? "", data["measure"], data["owner"], deadline, clock.GetUtcNow()),
            (done, _) =>
            {
                var state = done.State;
                var measure = state.Rectifications[^1];
                var saved = scope.Texts.Format("session.rectify.saved", measure.Text, state.Member(measure.OwnerId)?.Name ?? measure.OwnerId,
                    measure.Deadline.ToString("yyyy-MM-dd"));
                return Task.FromResult<Outcome>(
                    RectificationCard.Build(scope.Texts, state, done.Team.Key.TeamId, state.FirstRectificationDeadline(clock.GetUtcNow()), saved));
            }, ct);
    }

    private async Task<MeetingState?> LatestAsync(TeamGroup team, CancellationToken ct) =>
        team.Stored.ActiveMeetingId is { } id ? await meetings.LoadAsync(team.MeetingPartition(id), ct) : null;
}
