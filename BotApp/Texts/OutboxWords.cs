namespace PartyGroupBot.Texts;

/// <summary>Words of 发送状态: the messages the bot still owes (the outbox). Every key starts with "outbox.".</summary>
internal static class OutboxWords
{
    public static readonly IReadOnlyDictionary<string, string> Chinese = new Dictionary<string, string>
    {
        ["outbox.title"] = "发送状态",
        ["outbox.none"] = "所有消息均已送达。",
        ["outbox.count"] = "尚有 {0} 条消息未送达，系统会自动重发；发送失败的可点“重新发送”。",
        ["outbox.channel"] = "频道",
        ["outbox.someone"] = "列席人员",
        ["outbox.pending"] = "待发送（已重试 {0} 次，下次 {1}）",
        ["outbox.sending"] = "正在发送",
        ["outbox.failed"] = "发送失败：{0}",
        ["outbox.line"] = "{0} → {1}",
        ["outbox.resend"] = "重新发送",
        ["outbox.resent"] = "已重新发送 {0} 条消息。",
        ["outbox.onlySecretary"] = "只有党组书记可以查看发送状态。",
    };

    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
    {
        ["outbox.title"] = "Send status",
        ["outbox.none"] = "Every message has been delivered.",
        ["outbox.count"] = "{0} messages are not delivered yet; the bot retries by itself, and Resend sends the failed ones again.",
        ["outbox.channel"] = "the channel",
        ["outbox.someone"] = "an observer",
        ["outbox.pending"] = "waiting ({0} retries so far, next at {1})",
        ["outbox.sending"] = "being sent",
        ["outbox.failed"] = "failed: {0}",
        ["outbox.line"] = "{0} → {1}",
        ["outbox.resend"] = "Resend",
        ["outbox.resent"] = "{0} messages sent again.",
        ["outbox.onlySecretary"] = "Only the party group secretary can see the send status.",
    };
}
