using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Rules;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>
/// 表决结果 of a closed item: outcome and counts against 应到会 and 实到 (V3); a personnel item has one FactSet
/// per candidate, 候选人 first (V7).
/// </summary>
public static class ResultCard
{
    public static JObject Build(Texts.Texts t, MeetingState meeting, ItemState item)
    {
        var meetingId = meeting.Id;
        var body = new List<JToken>
        {
            Title(t.Format("result.title", ChannelTitle.Of(t, meeting, item))),
            Text(t.Format("ballot.method", t.Method(item.Item.Method)), subtle: true),
        };
        if (item.CandidateTallies.Count == 0) body.Add(Facts(ItemFacts(t, item.Tally!)));
        else body.AddRange(item.CandidateTallies.Select(c => Facts(CandidateFacts(t, c))));
        // V9: a member on the losing side may have a reservation recorded; the decision binds all the same.
        body.Add(TextInput("text", t["result.reservation"], multiline: true));
        return Card(body, [Execute(t["result.reserve"], Verbs.DeclareReservation, new { meetingId, itemId = item.Item.Id })]);
    }

    public static IEnumerable<(string, string)> ItemFacts(Texts.Texts t, Tally tally) =>
    [
        (t["fact.result"], t.Outcome(tally.Outcome)),
        (t["fact.yes"], tally.Yes.ToString()),
        (t["fact.no"], tally.No.ToString()),
        (t["fact.abstain"], tally.Abstain.ToString()),
        (t["fact.base"], tally.Base.ToString()),
        (t["fact.present"], tally.Present.ToString()),
    ];

    public static IEnumerable<(string, string)> CandidateFacts(Texts.Texts t, CandidateTally c) =>
    [
        (t["fact.candidate"], c.Name),
        (t["fact.result"], t.Outcome(c.Tally.Outcome)),
        (t.PersonnelChoice(VoteChoice.Yes), c.Tally.Yes.ToString()),
        (t.PersonnelChoice(VoteChoice.No), c.Tally.No.ToString()),
        (t.PersonnelChoice(VoteChoice.Defer), c.Tally.Defer.ToString()),
        (t["fact.base"], c.Tally.Base.ToString()),
        (t["fact.present"], c.Tally.Present.ToString()),
    ];
}
