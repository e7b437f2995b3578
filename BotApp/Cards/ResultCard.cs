using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Meetings;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>表决结果 of a closed item: outcome and counts against 应到会 and 实到 (V3).</summary>
public static class ResultCard
{
    public static JObject Build(Texts.Texts t, ItemState item, string meetingId)
    {
        var tally = item.Tally!;
        // V9: a member on the losing side may have a reservation recorded; the decision binds all the same.
        var reservation = new JObject
        {
            ["type"] = "Input.Text", ["id"] = "text", ["label"] = t["result.reservation"], ["isMultiline"] = true,
        };
        return Card(
        [
            Title(t.Format("result.title", item.Item.Title)),
            Text(t.Format("ballot.method", t.Method(item.Item.Method)), subtle: true),
            Facts(
            [
                (t["fact.result"], t.Outcome(tally.Outcome)),
                (t["fact.yes"], tally.Yes.ToString()),
                (t["fact.no"], tally.No.ToString()),
                (t["fact.abstain"], tally.Abstain.ToString()),
                (t["fact.base"], tally.Base.ToString()),
                (t["fact.present"], tally.Present.ToString()),
            ]),
            reservation,
        ],
        [Execute(t["result.reserve"], "declareReservation", new { meetingId, itemId = item.Item.Id })]);
    }
}
