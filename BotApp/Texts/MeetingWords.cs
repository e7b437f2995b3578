namespace PartyGroupBot.Texts;

/// <summary>Words of 召开党组会议: the start card, 签到 (Q1, Q7), each item's state and the end of the meeting (MN3).
/// Merged into <see cref="Texts"/>.</summary>
internal static class MeetingWords
{
    public static readonly IReadOnlyDictionary<string, string> Chinese = new Dictionary<string, string>
    {
        ["start.title"] = "召开党组会议",
        ["start.items"] = "议题",
        ["start.itemsRequired"] = "请至少选择一个议题。",
        ["start.submit"] = "开始会议",
        ["rollcall.title"] = "党组会议 · 签到",
        ["rollcall.count"] = "实到 {0} 人 / 应到 {1} 人，开会须至少 {2} 人 [Q1]",
        ["rollcall.quorum"] = "已达到法定人数，可以开始表决。",
        ["rollcall.noquorum"] = "尚未达到法定人数。",
        ["rollcall.present"] = "已签到",
        ["rollcall.absent"] = "未签到",
        ["rollcall.checkin"] = "签到",
        ["rollcall.items"] = "议题",
        ["rollcall.open"] = "开始表决：{0}",
        ["rollcall.end"] = "结束会议",
        ["item.pending"] = "待表决",
        ["item.open"] = "表决中",
        ["item.closed"] = "已表决",
        ["item.confidential"] = "涉密议题 {0}",
        ["ended.title"] = "会议已结束",
        ["ended.text"] = "纪要草稿已发送给党组书记 {0}，签发后发布到本频道 [MN3]。",
        ["rollcall.leave"] = "离开会议",
        ["rollcall.onLeave"] = "请假（已批准）",
        ["rollcall.leaveRequested"] = "请假（待批准）",
        ["rollcall.left"] = "已离开",
        ["rollcall.showBallot"] = "查看表决：{0}",
        ["rollcall.discuss"] = "开始讨论：{0}",
        ["item.discussing"] = "讨论中（主持人最后发言）",
    };

    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
    {
        ["start.title"] = "Convene a party group meeting",
        ["start.items"] = "Topics",
        ["start.itemsRequired"] = "Pick at least one topic.",
        ["start.submit"] = "Start meeting",
        ["rollcall.title"] = "Party group meeting · Roll call",
        ["rollcall.count"] = "Present {0} of {1}; at least {2} needed [Q1]",
        ["rollcall.quorum"] = "Quorum reached; votes may open.",
        ["rollcall.noquorum"] = "No quorum yet.",
        ["rollcall.present"] = "present",
        ["rollcall.absent"] = "not checked in",
        ["rollcall.checkin"] = "Check in",
        ["rollcall.items"] = "Agenda",
        ["rollcall.open"] = "Open vote: {0}",
        ["rollcall.end"] = "End meeting",
        ["item.pending"] = "pending",
        ["item.open"] = "voting",
        ["item.closed"] = "voted",
        ["item.confidential"] = "Confidential item {0}",
        ["ended.title"] = "Meeting ended",
        ["ended.text"] = "The draft minutes went to the secretary, {0}; they are posted here once signed [MN3].",
        ["rollcall.leave"] = "Leave the meeting",
        ["rollcall.onLeave"] = "on leave (approved)",
        ["rollcall.leaveRequested"] = "leave requested",
        ["rollcall.left"] = "left",
        ["rollcall.showBallot"] = "Show the ballot: {0}",
        ["rollcall.discuss"] = "Open discussion: {0}",
        ["item.discussing"] = "in discussion (the chair speaks last)",
    };
}
