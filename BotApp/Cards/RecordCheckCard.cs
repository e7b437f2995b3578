using Newtonsoft.Json.Linq;
using PartyGroupBot.Storage;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>记录核验: whether the stored record of a meeting still matches its hash chain (MN1).</summary>
public static class RecordCheckCard
{
    public static JObject Build(Texts.Texts t, ChainReport report) => Card(
    [
        Title(t["verify.title"]),
        report.Intact
            ? Text(t.Format("verify.intact", report.EventCount, report.LastHash[..Math.Min(16, report.LastHash.Length)]))
            : new JObject
            {
                ["type"] = "TextBlock", ["wrap"] = true, ["color"] = "Attention",
                ["text"] = t.Format("verify.broken", report.FirstBadSequence!.Value + 1),
            },
    ]);
}
