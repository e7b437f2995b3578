using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Core;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>Leave and written opinions (Q3, V4), leaving early (Q7) and recusal (Q4).</summary>
public sealed class AttendanceHandler(MeetingRunner runner, MeetingStore meetings, Messenger messenger, TimeProvider clock)
{
    /// <summary>"请假" / "request leave": the leave form for the team's current meeting.</summary>
    public async Task<JObject> ShowLeaveFormAsync(TurnScope scope, CancellationToken ct)
    {
        var (team, refused) = await runner.TeamAsync(scope, ct);
        if (team is null) return refused!;
        return team.Stored.ActiveMeetingId is { } meetingId
            ? LeaveRequestCard.Build(scope.Texts, meetingId)
            : NoticeCard.Build(scope.Texts["leave.title"], scope.Texts["notice.noActiveMeeting"]);
    }

    public async Task<JObject> RequestLeaveAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        var actor = scope.ActorId ?? "";
        var reason = data["reason"] ?? "";
        if (reason.Length == 0) return MeetingRunner.Refused(scope, new Refusal("Q3", RefusalCode.InvalidInput), null);
        var ran = await runner.RunAsync(scope, data["meetingId"], m => m.RequestLeave(actor, reason, clock.GetUtcNow()), ct);
        if (ran.Refusal is not null) return ran.Refusal;
        var (state, team) = (ran.State!, ran.Team!);
        var approver = state.Started.SecretaryId;
        var name = state.Member(actor)?.Name ?? actor;
        await messenger.SendToMemberAsync(turn, team, approver,
            LeaveApprovalCard.Build(Texts.Texts.Chinese, state.Id, team.Key.TeamId, actor, name, reason), ct);
        return NoticeCard.Build(scope.Texts["leave.title"], scope.Texts.Format("leave.sent", state.Member(approver)?.Name ?? ""));
    }

    /// <summary>The secretary approves; the member then gets a card per item for a written opinion (V4).</summary>
    public async Task<JObject> ApproveLeaveAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        scope = scope.InTeam(data["teamId"]);
        var member = data["member"] ?? "";
        var ran = await runner.RunAsync(scope, data["meetingId"], m => m.ApproveLeave(scope.ActorId ?? "", member, clock.GetUtcNow()), ct);
        if (ran.Refusal is not null) return ran.Refusal;
        var (state, team) = (ran.State!, ran.Team!);
        // DL4: at a democratic life meeting the absentee states once in writing, not per item; MK3: a study session has nothing to opine on.
        if (state.Kind == MeetingKind.DemocraticLifeMeeting)
        {
            await messenger.SendToMemberAsync(turn, team, member, WrittenStatementCard.Build(Texts.Texts.Chinese, state.Id, team.Key.TeamId), ct);
            return NoticeCard.Build(scope.Texts["leave.approvalTitle"], scope.Texts.Format("session.leave.approved", state.Member(member)?.Name ?? member));
        }
        if (state.Kind == MeetingKind.StudyGroup)
            return NoticeCard.Build(scope.Texts["leave.approvalTitle"], scope.Texts.Format("session.leave.approvedStudy", state.Member(member)?.Name ?? member));
        foreach (var item in state.Items.Where(i => i.Status != ItemStatus.Closed))
            if (!await messenger.SendToMemberAsync(turn, team, member,
                    WrittenOpinionCard.Build(Texts.Texts.Chinese, state.Id, team.Key.TeamId, item.Item), ct))
                break;
        return NoticeCard.Build(scope.Texts["leave.approvalTitle"], scope.Texts.Format("leave.approved", state.Member(member)?.Name ?? member));
    }

    public async Task<JObject> SubmitOpinionAsync(TurnScope scope, CardData data, CancellationToken ct)
    {
        scope = scope.InTeam(data["teamId"]);
        var ran = await runner.RunAsync(scope, data["meetingId"],
            m => m.SubmitWrittenOpinion(scope.ActorId ?? "", data["itemId"], data["opinion"] ?? "", clock.GetUtcNow()), ct);
        return ran.Refusal ?? NoticeCard.Build(scope.Texts["opinion.label"], scope.Texts["opinion.recorded"]);
    }

    public async Task<JObject> LeaveMeetingAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        var ran = await runner.RunAsync(scope, data["meetingId"], m => m.Leave(scope.ActorId ?? "", clock.GetUtcNow()), ct);
        if (ran.Refusal is not null) return ran.Refusal;
        var card = RollCallCard.Build(scope.Texts, ran.State!);
        await messenger.UpdateForEveryoneAsync(turn, card, ct);
        return card;
    }

    /// <summary>"回避" / "recuse": the recusal form; the chair's also lets them rule one for a member.</summary>
    public async Task<JObject> ShowRecusalFormAsync(TurnScope scope, CancellationToken ct)
    {
        var (team, refused) = await runner.TeamAsync(scope, ct);
        if (team is null) return refused!;
        var state = team.Stored.ActiveMeetingId is { } id ? await meetings.LoadAsync(team.MeetingPartition(id), ct) : null;
        if (state is null) return NoticeCard.Build(scope.Texts["recusal.title"], scope.Texts["notice.noActiveMeeting"]);
        return RecusalCard.Build(scope.Texts, state, forChair: scope.ActorId == state.ChairId);
    }

    public async Task<JObject> RecuseAsync(TurnScope scope, CardData data, bool ruledByChair, CancellationToken ct)
    {
        var actor = scope.ActorId ?? "";
        var member = ruledByChair ? data["member"] ?? "" : actor;
        var ran = await runner.RunAsync(scope, data["meetingId"],
            m => m.Recuse(actor, data["itemId"], member, data["reason"] ?? "", clock.GetUtcNow()), ct);
        if (ran.Refusal is not null) return ran.Refusal;
        var item = ran.State!.Item(data["itemId"])!;
        return NoticeCard.Build(scope.Texts["recusal.title"],
            scope.Texts.Format("recusal.recorded", ran.State.Member(member)?.Name ?? member, item.Item.Title));
    }
}
