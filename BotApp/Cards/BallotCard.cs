using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Meetings;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>What one person (or, with no viewer, everyone) sees of an item's ballot.</summary>
/// <param name="Voted">Who has voted: from the log for open methods, from the ballot box for a secret item.</param>
/// <param name="RefreshUserIds">Teams user ids (29:…) whose clients fetch their own view; at most 60.</param>
public sealed record BallotView(
    MeetingState Meeting, ItemState Item, IReadOnlyCollection<string> Voted,
    string? Viewer = null, IReadOnlyList<string>? RefreshUserIds = null);

/// <summary>
/// 表决票 for one item: the choices, how far the vote is, and the chair's turn (V5). Each member's client
/// refreshes to their own view: their own ballot, or, for the chair, who is still awaited.
/// A secret item shows counts only, never who chose what, nor who has not voted yet (V2).
/// </summary>
public static class BallotCard
{
    public const int MaxRefreshUsers = 60;

    public static JObject Build(Texts.Texts t, BallotView view)
    {
        var (m, item, voted) = (view.Meeting, view.Item, view.Voted);
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
            Text(awaited.Count == 0 && voted.Contains(m.ChairId) ? t["ballot.allVoted"]
                : awaited.Count == 0 ? t.Format("ballot.chairTurn", chair)
                : secret ? t.Format("ballot.waitingCount", awaited.Count)
                : t.Format("ballot.waiting", string.Join("、", awaited.Select(Name)))),
            Text(t.Format("ballot.chairLast", chair), subtle: true),
        };
        if (view.Viewer is { } viewer && ViewerLine(t, view, viewer, awaited.Count) is { } line)
            body.Add(new JObject { ["type"] = "TextBlock", ["text"] = line, ["wrap"] = true, ["weight"] = "Bolder", ["color"] = "Accent" });

        var ids = new { meetingId = m.Id, itemId = item.Item.Id };
        object Data(VoteChoice c) => new { meetingId = m.Id, itemId = item.Item.Id, choice = c.ToString().ToLowerInvariant() };
        var card = Card(body,
        [
            Execute(t.Choice(VoteChoice.Yes), "castVote", Data(VoteChoice.Yes), "positive"),
            Execute(t.Choice(VoteChoice.No), "castVote", Data(VoteChoice.No), "destructive"),
            Execute(t.Choice(VoteChoice.Abstain), "castVote", Data(VoteChoice.Abstain)),
            Execute(t["ballot.closeFloor"], "closeFloor", ids),
            Execute(t["ballot.close"], "closeVote", ids),
        ]);
        if (view.RefreshUserIds is { Count: > 0 } users)
        {
            card["refresh"] = new JObject
            {
                ["action"] = Execute(t["ballot.refresh"], "refreshBallot", ids),
                ["userIds"] = new JArray(users.Take(MaxRefreshUsers)),
            };
        }
        return card;
    }

    private static string? ViewerLine(Texts.Texts t, BallotView view, string viewer, int awaited)
    {
        var (m, item) = (view.Meeting, view.Item);
        if (view.Voted.Contains(viewer))
        {
            // The bot cannot show a secret choice: it never stored who chose what.
            var mine = item.Ballots.FirstOrDefault(b => b.VoterId == viewer);
            return mine is null ? t["ballot.you.votedSecret"] : t.Format("ballot.you.voted", t.Choice(mine.Choice));
        }
        if (viewer == m.ChairId) return awaited == 0 ? t["ballot.you.chairTurn"] : t["ballot.you.chairWait"];
        return m.Member(viewer) is { HasVote: true } && m.IsPresent(viewer) ? t["ballot.you.turn"] : null;
    }

    /// <summary>Who has voted, from the log for open methods.</summary>
    public static IReadOnlyCollection<string> OpenVoters(ItemState item) => item.Ballots.Select(b => b.VoterId).ToList();
}
