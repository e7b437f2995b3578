using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;

namespace PartyGroupBot.Bot;

/// <summary>Typed commands, in Chinese or English. Anything else gets the help card.</summary>
public sealed class MessageCommands(FollowUpHandler followUps, SetupHandler setup, MeetingHandler meeting, AttendanceHandler attendance, HelpHandler help, AgendaHandler agenda, RecordHandler record,
    SessionStartHandler sessions, DemocraticLifeHandler democraticLife, SendStatusHandler sendStatus, RecordVerifier verifier)
{
    public async Task HandleAsync(ITurnContext turn, TurnScope scope, CancellationToken ct)
    {
        turn.Activity.RemoveRecipientMention();
        var text = (turn.Activity.Text ?? "").Trim().TrimEnd('.', '。', '!', '！').ToLowerInvariant();
        JObject card = text switch
        {
            "setup" or "设置" => await setup.ShowAsync(turn, scope, ct),
            "start meeting" or "开始会议" => await meeting.ShowStartCardAsync(scope, ct),
            "end meeting" or "结束会议" => await meeting.EndAsync(turn, scope, null, ct),
            "request leave" or "请假" => await attendance.ShowLeaveFormAsync(scope, ct),
            "recuse" or "回避" => await attendance.ShowRecusalFormAsync(scope, ct),
            "status" or "会议状态" => await meeting.StatusAsync(scope, ct),
            "propose" or "议题申报" or "申报议题" => await agenda.ShowProposeFormAsync(scope, ct),
            "schedule meeting" or "安排会议" => await agenda.ShowScheduleFormAsync(turn, scope, ct),
            "delegate chair" or "委托主持" => await agenda.ShowDelegateFormAsync(scope, ct),
            "record note" or "记录" => await record.ShowNoteFormAsync(scope, ct),
            "view record" or "查阅记录" => await record.ShowRequestFormAsync(scope, ct),
            "verify" or "核验记录" or "核验" => await verifier.VerifyAsync(scope, null, ct),
            _ when (text.StartsWith("verify ") || text.StartsWith("核验记录 ")) && RecordVerifier.IssuedHead(text) is { } head =>
                await verifier.VerifyAsync(scope, head, ct),
            "my follow-ups" or "我的督办" => await followUps.ShowAsync(turn, scope, ct),
            "start democratic life meeting" or "开始民主生活会" or "民主生活会" => await sessions.ShowFormAsync(scope, Core.Meetings.MeetingKind.DemocraticLifeMeeting, ct),
            "start study session" or "开始学习" or "中心组学习" => await sessions.ShowFormAsync(scope, Core.Meetings.MeetingKind.StudyGroup, ct),
            "written statement" or "书面发言" => await democraticLife.ShowStatementFormAsync(scope, ct),
            "post here" or "发布频道" => await setup.UsePostingChannelAsync(turn, scope, ct),
            "send status" or "发送状态" => await sendStatus.ShowAsync(scope, ct),
            "rectification" or "整改措施" => await democraticLife.ShowRectificationFormAsync(scope, ct),
            _ => await help.ShowAsync(scope, ct),
        };
        await turn.SendActivityAsync(Messenger.Message(card), ct);
    }
}
