using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Outbox;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>发送状态: each message still owed, to whom and how far it got, and 重新发送, privately to the secretary.</summary>
public static class SendStatusCard
{
    public static JObject Build(Texts.Texts t, IReadOnlyList<OutboxMessage> owed, PartyGroup group, string teamId, string? note = null)
    {
        var body = new List<JToken> { Title(t["outbox.title"]) };
        if (note is not null) body.Add(Text(note));
        if (owed.Count == 0)
        {
            body.Add(Text(t["outbox.none"]));
            return Card(body);
        }
        body.Add(Text(t.Format("outbox.count", owed.Count)));
        body.Add(Facts(owed.OrderBy(m => m.NotBefore).Select(m => (t.Format("outbox.line", What(m), To(t, m, group)), State(t, m, group)))));
        return Card(body, [Execute(t["outbox.resend"], Verbs.ResendMessages, new { teamId })]);
    }

    /// <summary>The card's own title says what the message is (纪要草稿, 会议纪要, 请假审批 …).</summary>
    private static string What(OutboxMessage m)
    {
        try
        {
            var first = JObject.Parse(m.Card)["body"]?.FirstOrDefault(b => (string?)b["type"] == "TextBlock");
            return (string?)first?["text"] ?? "";
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return "";
        }
    }

    private static string To(Texts.Texts t, OutboxMessage m, PartyGroup group) => m.To switch
    {
        "channel" => t["outbox.channel"],
        _ when m.To.StartsWith("person:", StringComparison.Ordinal) => group.Find(m.To[7..])?.Name ?? m.To[7..],
        _ => t["outbox.someone"],
    };

    private static string State(Texts.Texts t, OutboxMessage m, PartyGroup group) => m.Status switch
    {
        OutboxStatus.Failed => t.Format("outbox.failed", m.LastError ?? ""),
        OutboxStatus.Claimed => t["outbox.sending"],
        _ => t.Format("outbox.pending", m.Attempt, LocalTime.In(m.NotBefore, group.Profile).ToString("HH:mm:ss")),
    };
}
