using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Meetings;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>What one person (or, with no viewer, everyone) sees of an item's ballot.</summary>
/// <param name="Voted">Who has voted: from the log for open methods, from the ballot box for a secret item.</param>
/// <param name="RefreshUserIds">Teams user ids (29:…) whose clients fetch their own view; at most 60.</param>
/// <param name="VotedByCandidate">On a personnel item (V7), who has stated on each candidate.</param>
public sealed record BallotView(
    MeetingState Meeting, ItemState Item, IReadOnlyCollection<string> Voted,
    string? Viewer = null, IReadOnlyList<string>? RefreshUserIds = null,
    IReadOnlyDictionary<string, IReadOnlyCollection<string>>? VotedByCandidate = null);

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
        var chairId = m.ChairFor(item);
        var chair = Name(m, chairId);
        var awaited = m.AwaitedBeforeChair(voted, item.Item.Id);
        var perPerson = item.Item.Candidates.Count > 0;
        var body = new List<JToken>
        {
            Title(t.Format("ballot.title", ChannelTitle.Of(t, m, item))),
            Text(t.Format("ballot.method", t.Method(item.Item.Method)), subtle: true),
        };
        // V5 per person named (V7): each person's block says how far that vote is; the header only reminds the rule.
        if (!perPerson) body.AddRange(Progress(t, m, item, voted, chairId));
        if (awaited.Count > 0 || perPerson) body.Add(Text(t.Format("ballot.chairLast", chair), subtle: true));
        // Q1 with V3: with exactly half present nothing can pass; say so before anyone votes.
        if (m.NoItemCanPass(item)) body.Add(Text(t["quorum.cannotPass"], subtle: true));
        if (view.Viewer is { } viewer && ViewerLine(t, view, viewer, awaited.Count) is { } line)
            body.Add(new JObject { ["type"] = "TextBlock", ["text"] = line, ["wrap"] = true, ["weight"] = "Bolder", ["color"] = "Accent" });

        var ids = new { meetingId = m.Id, itemId = item.Item.Id };
        var actions = new List<JToken>();
        if (item.Item.Candidates.Count == 0)
        {
            object Data(VoteChoice c) => new { meetingId = m.Id, itemId = item.Item.Id, choice = Words.Name(c) };
            actions.Add(Execute(t.Choice(VoteChoice.Yes), Verbs.CastVote, Data(VoteChoice.Yes), "positive"));
            actions.Add(Execute(t.Choice(VoteChoice.No), Verbs.CastVote, Data(VoteChoice.No), "destructive"));
            actions.Add(Execute(t.Choice(VoteChoice.Abstain), Verbs.CastVote, Data(VoteChoice.Abstain)));
        }
        else
        {
            // V7: one ballot per candidate, 同意 / 不同意 / 缓议, each with its own buttons.
            foreach (var c in item.Item.Candidates) body.AddRange(CandidateBallot(t, view, c));
        }
        // V8: on an important item where close votes defer, the chair may declare the matter urgent at the close.
        if (m.Profile.DeferWhenClose && item.Item.IsImportant)
        {
            body.Add(Toggle("urgent", t["ballot.urgent"]));
            body.Add(TextInput("urgentReason", t["ballot.urgentReason"]).MaxLength(500));
        }
        actions.Add(Execute(t["ballot.closeFloor"], Verbs.CloseFloor, ids));
        actions.Add(Execute(t["ballot.close"], Verbs.CloseVote, ids));
        var card = Card(body, actions);
        if (view.RefreshUserIds is { Count: > 0 } users)
        {
            card["refresh"] = new JObject
            {
                ["action"] = Execute(t["ballot.refresh"], Verbs.RefreshBallot, ids),
                ["userIds"] = new JArray(users.Take(MaxRefreshUsers)),
            };
        }
        return card;
    }

    private static string Name(MeetingState m, string id) => m.Member(id)?.Name ?? id;

    /// <summary>Who has voted and who is awaited, or that it is the chair's turn (V5): for the item, or one person named (V7).</summary>
    private static IEnumerable<JToken> Progress(Texts.Texts t, MeetingState m, ItemState item, IReadOnlyCollection<string> voted, string chairId)
    {
        var secret = item.Item.Method == VotingMethod.Secret;
        var awaited = m.AwaitedBeforeChair(voted, item.Item.Id);
        yield return Text(secret
            ? t.Format("ballot.votedCount", voted.Count)
            : t.Format("ballot.voted", voted.Count, string.Join("、", voted.Select(v => Name(m, v)))));
        yield return Text(awaited.Count == 0 && voted.Contains(chairId) ? t["ballot.allVoted"]
            : awaited.Count == 0 ? t.Format("ballot.chairTurn", Name(m, chairId))
            : secret ? t.Format("ballot.waitingCount", awaited.Count)
            : t.Format("ballot.waiting", string.Join("、", awaited.Select(a => Name(m, a)))));
    }

    private static IEnumerable<JToken> CandidateBallot(Texts.Texts t, BallotView view, Candidate c)
    {
        var (m, item) = (view.Meeting, view.Item);
        var voted = view.VotedByCandidate?.GetValueOrDefault(c.Id) ?? [];
        var line = t.Format("ballot.candidateHeading", c.Name);
        if (view.Viewer is { } viewer && voted.Contains(viewer))
        {
            var mine = item.BallotsOn(c.Id).FirstOrDefault(b => b.VoterId == viewer);
            line += "　" + (mine is null ? t["ballot.you.votedSecret"] : t.Format("ballot.you.voted", t.PersonnelChoice(mine.Choice)));
        }
        object Data(VoteChoice choice) => new { meetingId = m.Id, itemId = item.Item.Id, candidate = c.Id, choice = Words.Name(choice) };
        yield return new JObject { ["type"] = "TextBlock", ["text"] = line, ["wrap"] = true, ["weight"] = "Bolder", ["separator"] = true };
        foreach (var progress in Progress(t, m, item, voted, m.ChairFor(item))) yield return progress;
        yield return ActionSet(
        [
            Execute(t.PersonnelChoice(VoteChoice.Yes), Verbs.CastVote, Data(VoteChoice.Yes), "positive"),
            Execute(t.PersonnelChoice(VoteChoice.No), Verbs.CastVote, Data(VoteChoice.No), "destructive"),
            Execute(t.PersonnelChoice(VoteChoice.Defer), Verbs.CastVote, Data(VoteChoice.Defer)),
        ]);
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
        if (viewer == m.ChairFor(item))
            return item.Item.Candidates.Count > 0 ? t["ballot.you.chairPerPerson"]
                : awaited == 0 ? t["ballot.you.chairTurn"] : t["ballot.you.chairWait"];
        return m.Member(viewer) is { HasVote: true } && m.IsPresent(viewer) ? t["ballot.you.turn"] : null;
    }

    /// <summary>Who has voted, from the log for open methods.</summary>
    public static IReadOnlyCollection<string> OpenVoters(ItemState item) => item.Ballots.Select(b => b.VoterId).ToList();
}
