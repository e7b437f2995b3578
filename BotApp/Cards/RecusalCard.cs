using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Meetings;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>回避 (Q4): a member declares a recusal from an item not yet voted; the chair may also rule one for a member.</summary>
public static class RecusalCard
{
    public static JObject Build(Texts.Texts t, MeetingState m, bool forChair)
    {
        var pending = m.Items.Where(i => i.Status == ItemStatus.Pending).Select(i => (i.Item.Title, i.Item.Id)).ToList();
        var body = new List<JToken>
        {
            Title(t["recusal.title"]),
            Text(t["recusal.hint"], subtle: true),
            Choices("itemId", t["recusal.item"], pending.FirstOrDefault().Id ?? "", pending),
            TextInput("reason", t["recusal.reason"], multiline: true),
        };
        var actions = new List<JToken> { Execute(t["recusal.declare"], Verbs.Recuse, new { meetingId = m.Id }) };
        if (forChair)
        {
            var voters = m.VotingMembers.Where(v => v.Id != m.ChairId).Select(v => (v.Name, v.Id)).ToList();
            body.Add(Choices("member", t["recusal.member"], voters.FirstOrDefault().Id ?? "", voters));
            actions.Add(Execute(t["recusal.rule"], Verbs.RuleRecusal, new { meetingId = m.Id }));
        }
        return Card(body, actions);
    }
}
