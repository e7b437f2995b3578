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
    MeetingRunner runner, MeetingStore meetings, Messenger messenger, TimeProvider clock, ILogger<DemocraticLifeHandler> log)
{
    /// <summary>"书面发言" / "written statement": the form for the team's democratic life meeting in progress.</summary>
    public async Task<JObject> ShowStatementFormAsync(TurnScope scope, CancellationToken ct)
    {
        var (team, refused) = await runner.TeamAsync(scope, ct);
        if (team is null) return refused!;
        var state = await LatestAsync(team, ct);
        return state is { Kind: MeetingKind.DemocraticLifeMeeting, Ended: false }
            ? WrittenStatementCard.Build(scope.Texts, state.Id, team.Key.TeamId)
            : NoticeCard.Build(scope.Texts["session.statement.title"], scope.Texts["session.notice.noDemocraticLife"]);
    }

    public async Task<JObject> SubmitStatementAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        scope = scope.InTeam(data["teamId"]);
        var ran = await runner.RunAsync(scope, data["meetingId"],
            m => m.SubmitWrittenStatement(scope.ActorId ?? "", data["statement"], clock.GetUtcNow()), ct);
        if (ran.Refusal is null)
        {
            // DL4 (B23(3) 在会上代为宣读): the chair gets the statements to read out; the statement stands if that send fails.
            if (ran.State!.Profile.StatementsReadOut)
            {
                try { await messenger.SendToMemberAsync(turn, ran.Team!, ran.State.ChairId, StatementsToReadCard.Build(Texts.Texts.Chinese, ran.State), ct); }
                catch (Exception ex) when (ex is not OperationCanceledException) { log.LogWarning(ex, "Could not send the statements to read to the chair"); }
            }
            return NoticeCard.Build(scope.Texts["session.statement.title"], scope.Texts["session.statement.recorded"]);
        }
        return await StillOpenAsync(ran, data["meetingId"], m => !m.Ended, ct) is { } open
            ? RefusalCard.Over(ran.Refusal, WrittenStatementCard.Build(scope.Texts, open.Id, ran.Team!.Key.TeamId, data["statement"]))
            : ran.Refusal;
    }

    /// <summary>"整改措施" / "rectification": the form for the team's latest democratic life meeting, until its minutes are signed.</summary>
    public async Task<JObject> ShowRectificationFormAsync(TurnScope scope, CancellationToken ct)
    {
        var (team, refused) = await runner.TeamAsync(scope, ct);
        if (team is null) return refused!;
        var state = await LatestAsync(team, ct);
        if (state is not { Kind: MeetingKind.DemocraticLifeMeeting, Signature: null })
            return NoticeCard.Build(scope.Texts["session.rectify.title"], scope.Texts["session.notice.noRectifiable"]);
        if (scope.ActorId != state.Started.SecretaryId && scope.ActorId != state.ChairId)
            return Refusals.Card(scope, new Refusal(RuleIds.DL5, RefusalCode.OnlyChair), state.Profile);
        return RectificationCard.Build(scope.Texts, state, team.Key.TeamId, FirstDeadline(state));
    }

    public async Task<JObject> RecordRectificationAsync(TurnScope scope, CardData data, CancellationToken ct)
    {
        scope = scope.InTeam(data["teamId"]);
        // An unreadable date is bad input like a past one; Core decides the rest (DL5).
        var deadline = DateOnly.TryParseExact(data["deadline"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : DateOnly.MinValue;
        var ran = await runner.RunAsync(scope, data["meetingId"],
            m => m.RecordRectification(scope.ActorId ?? "", data["measure"], data["owner"], deadline, clock.GetUtcNow()), ct);
        // Refused, the form stays with what was typed, so one wrong date does not cost the measure's text.
        if (ran.Refusal is not null)
            return await StillOpenAsync(ran, data["meetingId"], m => m.Signature is null, ct) is { } open
                ? RefusalCard.Over(ran.Refusal, RectificationCard.Build(scope.Texts, open, ran.Team!.Key.TeamId, FirstDeadline(open),
                    typed: new RectificationCard.Typed(data["measure"], data["owner"], data["deadline"])))
                : ran.Refusal;
        var state = ran.State!;
        var measure = state.Rectifications[^1];
        var saved = scope.Texts.Format("session.rectify.saved", measure.Text, state.Member(measure.OwnerId)?.Name ?? measure.OwnerId,
            measure.Deadline.ToString("yyyy-MM-dd"));
        return RectificationCard.Build(scope.Texts, state, ran.Team!.Key.TeamId, FirstDeadline(state), saved);
    }

    /// <summary>DL5: the day after the meeting (or after today, if later), by the group's calendar.</summary>
    private DateOnly FirstDeadline(MeetingState state)
    {
        var groupClock = new GroupClock(state.Profile);
        var latest = new[] { state.Started.At, state.EndedAt ?? state.Started.At, clock.GetUtcNow() }.Max();
        return groupClock.Day(latest).AddDays(1);
    }

    /// <summary>The team's democratic life meeting the refused card was for, while its form still makes sense; else null.</summary>
    private async Task<MeetingState?> StillOpenAsync(Ran<MeetingState> ran, string? meetingId, Func<MeetingState, bool> open, CancellationToken ct)
    {
        if (ran.Team is null || string.IsNullOrEmpty(meetingId)) return null;
        var state = await meetings.LoadAsync(ran.Team.MeetingPartition(meetingId), ct);
        return state is { Kind: MeetingKind.DemocraticLifeMeeting } && open(state) ? state : null;
    }

    private async Task<MeetingState?> LatestAsync(TeamGroup team, CancellationToken ct) =>
        team.Stored.ActiveMeetingId is { } id ? await meetings.LoadAsync(team.MeetingPartition(id), ct) : null;
}
