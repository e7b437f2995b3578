namespace PartyGroupBot.Texts;

/// <summary>Words of the minutes card and its 签发 (MN3), and of 核验记录 (MN1). Merged into <see cref="Texts"/>;
/// the fuller record's words are in <see cref="MinutesWords"/>.</summary>
internal static class MinutesCardWords
{
    public static readonly IReadOnlyDictionary<string, string> Chinese = new Dictionary<string, string>
    {
        ["minutes.time"] = "时间",
        ["minutes.chair"] = "主持人",
        ["minutes.present"] = "出席",
        ["minutes.absent"] = "缺席",
        ["minutes.none"] = "无",
        ["minutes.notVoted"] = "未表决",
        ["minutes.ballots"] = "表决情况",
        ["minutes.sign"] = "签发",
        ["minutes.signed"] = "签发人：{0}　签发时间：{1}",
        ["minutes.chainHead"] = "记录校验值：{0}（核验时输入“核验记录 {0}” [MN1]）",
        ["minutes.signedReply"] = "纪要已签发并发布到频道。",
        ["verify.title"] = "记录核验",
        ["verify.agenda"] = "议题库",
        ["verify.meeting"] = "{0} 会议",
        ["verify.box"] = "{0}：第 {1} 项无记名投票的票数与投票人数不符，票箱已被改动。 [MN1, V2]",
        ["verify.headFound"] = "已发布的记录校验值 {0} 与存储的记录相符。",
        ["verify.headMissing"] = "已发布的记录校验值 {0} 在存储的记录中找不到：记录已被截断或改动。 [MN1]",
        ["verify.intact"] = "记录完整：共 {0} 条事件，均未被改动。校验值 {1}…",
        ["verify.broken"] = "记录已被改动：从第 {0} 条事件起与原始记录不符。 [MN1]",
        ["minutes.onLeave"] = "请假",
        ["minutes.observers"] = "列席",
        ["minutes.opinion"] = "{0} 书面意见（不计票）：{1}",
        ["minutes.reservation"] = "{0} 保留意见：{1}",
        ["minutes.recused"] = "回避：{0}",
        ["minutes.candidateBallot"] = "{0} 对{1}{2}",
        ["minutes.postFailed"] = "纪要已签发，但发布到频道失败；系统将自动重发，输入“发送状态”可查看。",
    };

    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
    {
        ["minutes.time"] = "Time",
        ["minutes.chair"] = "Chair",
        ["minutes.present"] = "Present",
        ["minutes.absent"] = "Absent",
        ["minutes.none"] = "none",
        ["minutes.notVoted"] = "not voted",
        ["minutes.ballots"] = "Ballots",
        ["minutes.sign"] = "Sign off",
        ["minutes.signed"] = "Signed by {0} at {1}",
        ["minutes.chainHead"] = "Record check value: {0} (to check it, type \"verify {0}\" [MN1])",
        ["minutes.signedReply"] = "Minutes signed and posted to the channel.",
        ["verify.title"] = "Record check",
        ["verify.agenda"] = "Topic log",
        ["verify.meeting"] = "Meeting of {0}",
        ["verify.box"] = "{0}: the secret ballot box of item {1} holds a count that differs from its voters; it was changed. [MN1, V2]",
        ["verify.headFound"] = "The check value {0} issued with the minutes matches the stored record.",
        ["verify.headMissing"] = "The check value {0} issued with the minutes is not in the stored record: it was cut short or changed. [MN1]",
        ["verify.intact"] = "The record is intact: {0} events, none changed. Check value {1}…",
        ["verify.broken"] = "The record was changed: from event {0} on it no longer matches the original. [MN1]",
        ["minutes.onLeave"] = "On leave",
        ["minutes.observers"] = "Observers",
        ["minutes.opinion"] = "{0}, written opinion (not counted): {1}",
        ["minutes.reservation"] = "{0}, reservation: {1}",
        ["minutes.recused"] = "Recused: {0}",
        ["minutes.candidateBallot"] = "{0} on {1}: {2}",
        ["minutes.postFailed"] = "The minutes are signed, but posting them to the channel failed; the bot retries by itself (type send status to see).",
    };
}
