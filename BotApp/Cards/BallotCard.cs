using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Meetings;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>
/// 表决票 for one item: the choices, who has voted and who is awaited, and the chair's turn (V5).
/// A secret item shows only how many have voted, never who chose what (V2).
/// </summary>
public static class BallotCard
{
    public static JObject Build(Texts.Texts t, MeetingState m, ItemState item, IReadOnlyCollection<string> voted)
    {
        string Name(string id) => m.Member(id)?.Name ?? id;
        var chair = Name(m.ChairId);
        var awaited = m.AwaitedBeforeChair(voted);
        var secret = item.Item.Method == VotingMethod.Secret;
        var body = new List<JToken>
        {
            Title(t.Format("ballot.title", item.Item.Title)),
            Text(t.Format("ballot.method", t.Method(item.Item.Method)), subtle: true),
            Text(secret
                ? t.Format("ballot.votedCount", voted.Count)
                : t.Format("ballot.voted", voted.Count, string.Join("、", voted.Select(Name)))),
            Text(awaited.Count > 0
                ? t.Format("ballot.waiting", string.Join("、", awaited.Select(Name)))
                : t.Format("ballot.chairTurn", chair)),
            Text(t.Format("ballot.chairLast", chair), subtle: true),
        };
        object Data(VoteChoice c) => new { meetingId = m.Id, itemId = item.Item.Id, choice = c.ToString().ToLowerInvariant() };
        var actions = new List<JToken>
        {
            Execute(t.Choice(VoteChoice.Yes), "castVote", Data(VoteChoice.Yes), "positive"),
            Execute(t.Choice(VoteChoice.No), "castVote", Data(VoteChoice.No), "destructive"),
            Execute(t.Choice(VoteChoice.Abstain), "castVote", Data(VoteChoice.Abstain)),
            Execute(t["ballot.close"], "closeVote", new { meetingId = m.Id, itemId = item.Item.Id }),
        };
        return Card(body, actions);
    }

    /// <summary>Who has voted, from the log for open methods.</summary>
    public static IReadOnlyCollection<string> OpenVoters(ItemState item) => item.Ballots.Select(b => b.VoterId).ToList();
}
