using PartyGroupBot.Core.Rules;

namespace PartyGroupBot.Core.Meetings;

/// <summary>Opening, casting and closing an item's vote.</summary>
public static class Voting
{
    /// <summary>The chair opens one item at a time (V6) once the meeting has its quorum (Q1, or Q2 for the profile's categories).</summary>
    public static Result<MeetingEvent> OpenVote(this MeetingState m, string actorId, string? itemId, DateTimeOffset now)
    {
        if (m.Ended) return new Refusal("MK1", RefusalCode.MeetingEnded);
        if (actorId != m.ChairId) return new Refusal("MK1", RefusalCode.OnlyChair);
        var item = m.Item(itemId);
        if (item is null) return new Refusal("V6", RefusalCode.ItemNotFound);
        if (item.Status == ItemStatus.Closed) return new Refusal("V10", RefusalCode.ItemClosed);
        if (item.Item.Report) return new Refusal("Q6", RefusalCode.ReportNotVoted);
        if (m.OpenItem is not null) return new Refusal("V6", RefusalCode.AnotherItemOpen);
        var (required, ruleId) = Quorum.RequiredForItem(m.VotingMemberCount, item.Item.Category, m.Profile);
        // Q4: a recused member is left out of the item's presence count.
        if (m.VotingMembersPresentFor(item) < required)
            return new Refusal(ruleId, ruleId == "Q1" ? RefusalCode.NoQuorum : RefusalCode.ItemQuorumNotMet);
        return new VoteOpened(now, item.Item.Id);
    }

    /// <summary>A ballot on a recorded, oral or show-of-hands item becomes an event in the log.</summary>
    public static Result<MeetingEvent> CastBallot(
        this MeetingState m, string voterId, string? itemId, VoteChoice choice, DateTimeOffset now)
    {
        var item = m.Item(itemId);
        var refusal = CheckBallot(m, item, voterId, item?.Ballots.Select(b => b.VoterId));
        if (refusal is not null) return refusal;
        if (item!.Item.Method == VotingMethod.Secret) return new Refusal("V2", RefusalCode.InvalidChoice);
        return new BallotCast(now, item.Item.Id, voterId, choice);
    }

    /// <summary>V2: a secret ballot only changes the box's counts and voter set; it is never an event.</summary>
    public static Result<SecretBallotBox> CastSecretBallot(
        this MeetingState m, SecretBallotBox box, string voterId, string? itemId, VoteChoice choice)
    {
        var item = m.Item(itemId);
        var refusal = CheckBallot(m, item, voterId, box.Voters);
        if (refusal is not null) return refusal;
        if (box.Sealed) return new Refusal("V10", RefusalCode.ItemClosed);
        if (item!.Item.Method != VotingMethod.Secret || box.ItemId != item.Item.Id)
            return new Refusal("V2", RefusalCode.InvalidChoice);
        return box.With(voterId, choice);
    }

    /// <summary>The chair closes the vote; the tally (V3, V8) is fixed in the log and final (V10).</summary>
    public static Result<MeetingEvent> CloseVote(
        this MeetingState m, string actorId, string? itemId, DateTimeOffset now, SecretBallotBox? box = null)
    {
        if (actorId != m.ChairId) return new Refusal("MK1", RefusalCode.OnlyChair);
        var item = m.Item(itemId);
        if (item is null) return new Refusal("V6", RefusalCode.ItemNotFound);
        if (item.Status == ItemStatus.Closed) return new Refusal("V10", RefusalCode.ItemClosed);
        if (item.Status != ItemStatus.Open) return new Refusal("V1", RefusalCode.ItemNotOpen);

        // A secret tally comes only from this item's sealed box, so no ballot can arrive after the count (V2, V10).
        if (item.Item.Method == VotingMethod.Secret && (box is null || box.ItemId != item.Item.Id || !box.Sealed))
            return new Refusal("V2", RefusalCode.InvalidChoice);
        var (yes, no, abstain) = item.Item.Method == VotingMethod.Secret
            ? (box?.Yes ?? 0, box?.No ?? 0, box?.Abstain ?? 0)
            : (Count(item, VoteChoice.Yes), Count(item, VoteChoice.No), Count(item, VoteChoice.Abstain));
        var members = m.VotingMemberCount;
        var (required, _) = Quorum.RequiredForItem(members, item.Item.Category, m.Profile);
        // V3: 应到会 is every voting member less those recused from the item, unless the profile counts them.
        var @base = m.Profile.RecusedCountInBase ? members : members - item.Recusals.Count;
        var tally = Tally.Count(m.Profile, item.Item, @base, present: m.VotingMembersPresentFor(item),
            requiredPresent: required, yes, no, abstain);
        return new VoteClosed(now, item.Item.Id, tally);
    }

    /// <summary>
    /// V5: the chair closes the floor to members who have not voted, so the chair can state their position last
    /// without waiting for someone who will not vote; the tally then counts only the ballots cast.
    /// </summary>
    public static Result<MeetingEvent> CloseFloor(this MeetingState m, string actorId, string? itemId, DateTimeOffset now)
    {
        if (actorId != m.ChairId) return new Refusal("V5", RefusalCode.OnlyChair);
        var item = m.Item(itemId);
        if (item is null) return new Refusal("V6", RefusalCode.ItemNotFound);
        if (item.Status == ItemStatus.Closed) return new Refusal("V10", RefusalCode.ItemClosed);
        if (item.Status != ItemStatus.Open) return new Refusal("V1", RefusalCode.ItemNotOpen);
        if (item.FloorClosed is not null) return new Refusal("V5", RefusalCode.FloorClosed);
        return new FloorClosed(now, item.Item.Id);
    }

    /// <summary>Members still to vote before the chair may (V5): present voting members other than the chair,
    /// not recused from the item (Q4). Without an item id, the item whose vote is open.</summary>
    public static IReadOnlyList<string> AwaitedBeforeChair(this MeetingState m, IEnumerable<string> voted, string? itemId = null)
    {
        var done = voted.ToHashSet(StringComparer.Ordinal);
        var item = m.Item(itemId) ?? m.OpenItem;
        if (item?.FloorClosed is not null) return [];
        return m.VotingMembers
            .Where(v => v.Id != m.ChairId && m.IsPresent(v.Id) && !done.Contains(v.Id) && item?.IsRecused(v.Id) != true)
            .Select(v => v.Id)
            .ToList();
    }

    private static Refusal? CheckBallot(MeetingState m, ItemState? item, string voterId, IEnumerable<string>? voted)
    {
        if (item is null) return new Refusal("V6", RefusalCode.ItemNotFound);
        var voter = m.Member(voterId);
        if (voter is null) return new Refusal("V11", RefusalCode.NotOnRoster);
        if (!voter.HasVote) return new Refusal("V11", RefusalCode.NoVote);
        if (item.IsRecused(voterId)) return new Refusal("Q4", RefusalCode.Recused);
        if (item.Status == ItemStatus.Closed) return new Refusal("V10", RefusalCode.ItemClosed);
        if (item.Status != ItemStatus.Open) return new Refusal("V1", RefusalCode.ItemNotOpen);
        if (!m.IsPresent(voterId)) return new Refusal("Q7", RefusalCode.NotPresent);
        var votedList = voted!.ToList();
        if (votedList.Contains(voterId)) return new Refusal("V11", RefusalCode.AlreadyVoted);
        if (item.FloorClosed is not null && voterId != m.ChairId) return new Refusal("V5", RefusalCode.FloorClosed);
        if (voterId == m.ChairId && m.AwaitedBeforeChair(votedList, item.Item.Id).Count > 0)
            return new Refusal("V5", RefusalCode.ChairVotesLast);
        return null;
    }

    private static int Count(ItemState item, VoteChoice choice) => item.Ballots.Count(b => b.Choice == choice);
}
