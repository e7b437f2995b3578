using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Profiles;
using PartyGroupBot.Storage;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>
/// 记录核验: whether the group's stored record still matches its hash chains (MN1): the 议题库, each meeting, the sealed
/// ballot boxes, and the check value issued with signed minutes when one is typed.
/// </summary>
public static class RecordCheckCard
{
    /// <summary>What the check found for one meeting: its event chain and the sealed boxes whose counts do not add up.</summary>
    public sealed record MeetingCheck(DateTimeOffset StartedAt, ChainReport Chain, IReadOnlyList<string> UnbalancedBoxes);

    public static JObject Build(Texts.Texts t, ChainReport report) => Card([Title(t["verify.title"]), Line(t, report)]);

    public static JObject Build(
        Texts.Texts t, ChainReport agenda, IReadOnlyList<MeetingCheck> meetings, string? issuedHead, bool? headFound, RuleProfile profile)
    {
        var body = new List<JToken> { Title(t["verify.title"]) };
        body.Add(Line(t, agenda, t["verify.agenda"]));
        foreach (var m in meetings.OrderBy(m => m.StartedAt))
        {
            var label = t.Format("verify.meeting", LocalTime.Minute(m.StartedAt, profile));
            body.Add(Line(t, m.Chain, label));
            foreach (var box in m.UnbalancedBoxes) body.Add(Bad(t.Format("verify.box", label, box)));
        }
        if (issuedHead is not null)
            body.Add(headFound == true ? Text(t.Format("verify.headFound", issuedHead)) : Bad(t.Format("verify.headMissing", issuedHead)));
        return Card(body);
    }

    private static JObject Line(Texts.Texts t, ChainReport report, string? label = null)
    {
        var text = report.Intact
            ? t.Format("verify.intact", report.EventCount, report.LastHash[..Math.Min(16, report.LastHash.Length)])
            : t.Format("verify.broken", report.FirstBadSequence!.Value + 1);
        text = label is null ? text : $"{label}：{text}";
        return report.Intact ? Text(text) : Bad(text);
    }

    private static JObject Bad(string text) => new() { ["type"] = "TextBlock", ["wrap"] = true, ["color"] = "Attention", ["text"] = text };
}
