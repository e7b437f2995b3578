using PartyGroupBot.Core.Rules;

namespace PartyGroupBot.Core.Meetings;

/// <summary>Opening, casting and closing an item's vote.</summary>
public static class Voting
{
    /// <summary>
    /// The item's chair (<see cref="Chairing.ChairFor"/>), checked in, opens one item at a time (V6) once the item has
    /// its quorum (Q1, or Q2's ⅔ for the profile's categories). The quorum is checked here, not at the close (Q7).
    /// </summary>
    public static Result<MeetingEvent> OpenVote(this MeetingState m, string actorId, string? itemId, DateTimeOffset now)
    {
        if (m.Ended) return new Refusal(RuleIds.MK1, RefusalCode.MeetingEnded);
        var item = m.Item(itemId);
        if (m.MayPreside(actorId, item) is { } notChair) return notChair;
        if (item is null) return new Refusal(RuleIds.V6, RefusalCode.ItemNotFound);
        if (item.Status == ItemStatus.Closed) return new Refusal(RuleIds.V10, RefusalCode.ItemClosed);
        if (item.Item.Report) return new Refusal(RuleIds.Q6, RefusalCode.ReportNotVoted);
        // MK3 (B22): the study group learns and records who came; a tampered openVote must not turn it into a vote.
        if (m.Started.Kind == MeetingKind.StudyGroup) return new Refusal(RuleIds.MK3, RefusalCode.StudyNotVoted);
        if (m.OpenItem is not null) return new Refusal(RuleIds.V6, RefusalCode.AnotherItemOpen);
        if (m.ItemInDiscussion is { } discussed && discussed != item) return new Refusal(RuleIds.V6, RefusalCode.AnotherItemOpen);
        // DL4: a democratic life meeting does business only with two thirds of those who should attend (profile A).
        if (m.Started.Kind == MeetingKind.DemocraticLifeMeeting && m.CanOpenBusiness() is { } notEnough) return notEnough;
        if (m.ItemQuorum(item) is { } noQuorum) return noQuorum;
        return new VoteOpened(now, item.Item.Id);
    }

    /// <summary>A ballot on a recorded, oral or show-of-hands item becomes an event in the log.</summary>
    public static Result<MeetingEvent> CastBallot(
        this MeetingState m, string voterId, string? itemId, VoteChoice choice, DateTimeOffset now) =>
        m.CastBallot(voterId, itemId, candidateId: null, choice, now);

    /// <summary>
    /// V7: on a personnel item with candidates, each member casts one ballot per candidate: 同意 (yes), 不同意 (no) or
    /// 缓议 (defer). The chair states last on each candidate (V5). Without candidates, <paramref name="candidateId"/> is null
    /// and defer is not a choice.
    /// </summary>
    public static Result<MeetingEvent> CastBallot(
        this MeetingState m, string voterId, string? itemId, string? candidateId, VoteChoice choice, DateTimeOffset now)
    {
        var item = m.Item(itemId);
        if (CheckCandidate(item, candidateId, choice) is { } wrong) return wrong;
        var refusal = CheckBallot(m, item, voterId, item?.BallotsOn(candidateId).Select(b => b.VoterId));
        if (refusal is not null) return refusal;
        if (item!.Item.Method == VotingMethod.Secret) return new Refusal(RuleIds.V2, RefusalCode.InvalidChoice);
        return new BallotCast(now, item.Item.Id, voterId, choice) { CandidateId = candidateId };
    }

    /// <summary>V2: a secret ballot only changes the box's counts and voter set; it is never an event.</summary>
    public static Result<SecretBallotBox> CastSecretBallot(
        this MeetingState m, SecretBallotBox box, string voterId, string? itemId, VoteChoice choice)
    {
        var item = m.Item(itemId);
        if (CheckCandidate(item, box.CandidateId, choice) is { } wrong) return wrong;
        var refusal = CheckBallot(m, item, voterId, box.Voters);
        if (refusal is not null) return refusal;
        if (box.Sealed) return new Refusal(RuleIds.V10, RefusalCode.ItemClosed);
        if (item!.Item.Method != VotingMethod.Secret || box.ItemId != item.Item.Id)
            return new Refusal(RuleIds.V2, RefusalCode.InvalidChoice);
        return box.With(voterId, choice);
    }

    /// <summary>The chair closes the vote; the tally (V3, V8) is fixed in the log and final (V10).</summary>
    public static Result<MeetingEvent> CloseVote(
        this MeetingState m, string actorId, string? itemId, DateTimeOffset now, SecretBallotBox? box = null) =>
        m.CloseVote(actorId, itemId, now, box is null ? [] : [box]);

    /// <summary>
    /// V7: closes an item, one about named people person by person; a secret one needs every candidate's sealed box.
    /// V8: the chair may declare the matter urgent at the close (<paramref name="urgentReason"/>, recorded in the minutes),
    /// so that a close vote on an important item is decided by the majority instead of deferred.
    /// </summary>
    public static Result<MeetingEvent> CloseVote(
        this MeetingState m, string actorId, string? itemId, DateTimeOffset now, IReadOnlyList<SecretBallotBox> boxes,
        bool urgent = false, string? urgentReason = null)
    {
        if (m.MayClose(actorId, itemId, urgent, urgentReason) is { } refusal) return refusal;
        var item = m.Item(itemId)!;

        var candidates = item.Item.Candidates;
        if (candidates.Count == 0)
        {
            var tally = CountOne(m, item, null, boxes, urgent);
            return tally is null ? new Refusal(RuleIds.V2, RefusalCode.InvalidChoice) : Closed(new VoteClosed(now, item.Item.Id, tally));
        }
        var perCandidate = new List<CandidateTally>();
        foreach (var c in candidates)
        {
            var tally = CountOne(m, item, c.Id, boxes, urgent);
            if (tally is null) return new Refusal(RuleIds.V2, RefusalCode.InvalidChoice);
            perCandidate.Add(new CandidateTally(c.Id, c.Name, tally));
        }
        return Closed(new VoteClosed(now, item.Item.Id, Summary(perCandidate)) { Candidates = perCandidate });

        VoteClosed Closed(VoteClosed v) => urgent ? v with { UrgentReason = urgentReason!.Trim() } : v;
    }

    /// <summary>
    /// Whether the actor may close the item's vote now (the item's chair, checked in; the vote open; V8's reason given),
    /// asked before a secret item's boxes are sealed so nobody else can seal them. Null when they may.
    /// </summary>
    public static Refusal? MayClose(this MeetingState m, string actorId, string? itemId, bool urgent = false, string? urgentReason = null)
    {
        var item = m.Item(itemId);
        if (m.MayPreside(actorId, item) is { } notChair) return notChair;
        if (item is null) return new Refusal(RuleIds.V6, RefusalCode.ItemNotFound);
        if (urgent && string.IsNullOrWhiteSpace(urgentReason)) return new Refusal(RuleIds.V8, RefusalCode.UrgentReasonRequired);
        if (item.Status == ItemStatus.Closed) return new Refusal(RuleIds.V10, RefusalCode.ItemClosed);
        if (item.Status != ItemStatus.Open) return new Refusal(RuleIds.V1, RefusalCode.ItemNotOpen);
        return null;
    }

    /// <summary>V3 应到会: every voting member less those recused from the item, unless the profile counts them.</summary>
    public static int BaseFor(this MeetingState m, ItemState item) =>
        m.Profile.RecusedCountInBase ? m.VotingMemberCount : m.VotingMemberCount - item.Recusals.Count;

    /// <summary>One count: the whole item, or one candidate (V7). Null when a secret count lacks its sealed box.</summary>
    private static Tally? CountOne(MeetingState m, ItemState item, string? candidateId, IReadOnlyList<SecretBallotBox> boxes, bool urgent)
    {
        int yes, no, abstain, defer;
        if (item.Item.Method == VotingMethod.Secret)
        {
            // A secret tally comes only from this item's sealed box, so no ballot can arrive after the count (V2, V10).
            var box = boxes.FirstOrDefault(b => b.ItemId == item.Item.Id && b.CandidateId == candidateId);
            if (box is not { Sealed: true }) return null;
            (yes, no, abstain, defer) = (box.Yes, box.No, box.Abstain, box.Defer);
        }
        else
        {
            var ballots = item.BallotsOn(candidateId).ToList();
            int Count(VoteChoice c) => ballots.Count(b => b.Choice == c);
            (yes, no, abstain, defer) = (Count(VoteChoice.Yes), Count(VoteChoice.No), Count(VoteChoice.Abstain), Count(VoteChoice.Defer));
        }
        var @base = m.BaseFor(item);
        // Q7: the quorum was checked when the vote opened; 实到 is everyone present while it was open, so a ballot
        // cast stays counted when its voter leaves before the close.
        var present = m.VotingMembers.Count(v => item.Presence.Contains(v.Id) && !item.IsRecused(v.Id));
        return Tally.Count(m.Profile, item.Item, @base, present, requiredPresent: 0, yes, no, abstain, defer, urgent);
    }

    /// <summary>
    /// V7: the item-level tally of a personnel item is a summary for the record: ballots summed over candidates, and
    /// passed when any candidate passed. Each candidate's own tally, in <see cref="VoteClosed.Candidates"/>, decides them.
    /// </summary>
    private static Tally Summary(IReadOnlyList<CandidateTally> all)
    {
        var t = all.Select(c => c.Tally).ToList();
        var outcome = t.Any(x => x.Outcome == VoteOutcome.Passed) ? VoteOutcome.Passed
            : t.Any(x => x.Outcome == VoteOutcome.Deferred) ? VoteOutcome.Deferred
            : t.All(x => x.Outcome == VoteOutcome.NoQuorum) ? VoteOutcome.NoQuorum
            : VoteOutcome.Failed;
        return new Tally(t.Sum(x => x.Yes), t.Sum(x => x.No), t.Sum(x => x.Abstain), t[0].Base, t[0].Present, outcome)
        {
            Defer = t.Sum(x => x.Defer),
        };
    }

    /// <summary>V7: a candidate item takes ballots on its candidates only, and only there is 缓议 a choice.</summary>
    private static Refusal? CheckCandidate(ItemState? item, string? candidateId, VoteChoice choice)
    {
        if (item is null) return null; // CheckBallot refuses an unknown item with its own rule.
        var hasCandidates = item.Item.Candidates.Count > 0;
        if (hasCandidates && item.Item.FindCandidate(candidateId) is null) return new Refusal(RuleIds.V7, RefusalCode.InvalidChoice);
        if (!hasCandidates && candidateId is not null) return new Refusal(RuleIds.V7, RefusalCode.InvalidChoice);
        if (!hasCandidates && choice == VoteChoice.Defer) return new Refusal(RuleIds.V7, RefusalCode.InvalidChoice);
        if (hasCandidates && choice == VoteChoice.Abstain) return new Refusal(RuleIds.V7, RefusalCode.InvalidChoice);
        return null;
    }

    /// <summary>
    /// V5: the chair closes the floor to members who have not voted, so the chair can state their position last
    /// without waiting for someone who will not vote; the tally then counts only the ballots cast.
    /// </summary>
    public static Result<MeetingEvent> CloseFloor(this MeetingState m, string actorId, string? itemId, DateTimeOffset now)
    {
        var item = m.Item(itemId);
        if (m.MayPreside(actorId, item, RuleIds.V5) is { } notChair) return notChair;
        if (item is null) return new Refusal(RuleIds.V6, RefusalCode.ItemNotFound);
        if (item.Status == ItemStatus.Closed) return new Refusal(RuleIds.V10, RefusalCode.ItemClosed);
        if (item.Status != ItemStatus.Open) return new Refusal(RuleIds.V1, RefusalCode.ItemNotOpen);
        if (item.FloorClosed is not null) return new Refusal(RuleIds.V5, RefusalCode.FloorClosed);
        return new FloorClosed(now, item.Item.Id);
    }

    /// <summary>Members still to vote before the item's chair may (V5): present voting members other than the chair,
    /// not recused from the item (Q4). Without an item id, the item whose vote is open. <paramref name="voted"/> is who
    /// has voted on the item, or on one candidate of it (V5 holds per person named, V7).</summary>
    public static IReadOnlyList<string> AwaitedBeforeChair(this MeetingState m, IEnumerable<string> voted, string? itemId = null)
    {
        var done = voted.ToHashSet(StringComparer.Ordinal);
        var item = m.Item(itemId) ?? m.OpenItem;
        if (item?.FloorClosed is not null) return [];
        var chair = m.ChairFor(item);
        return m.VotingMembers
            .Where(v => v.Id != chair && m.IsPresent(v.Id) && !done.Contains(v.Id) && item?.IsRecused(v.Id) != true)
            .Select(v => v.Id)
            .ToList();
    }

    private static Refusal? CheckBallot(MeetingState m, ItemState? item, string voterId, IEnumerable<string>? voted)
    {
        if (item is null) return new Refusal(RuleIds.V6, RefusalCode.ItemNotFound);
        var voter = m.Member(voterId);
        if (voter is null) return new Refusal(RuleIds.V11, RefusalCode.NotOnRoster);
        if (!voter.HasVote) return new Refusal(RuleIds.V11, RefusalCode.NoVote);
        if (item.IsRecused(voterId)) return new Refusal(RuleIds.Q4, RefusalCode.Recused);
        if (item.Status == ItemStatus.Closed) return new Refusal(RuleIds.V10, RefusalCode.ItemClosed);
        if (item.Status != ItemStatus.Open) return new Refusal(RuleIds.V1, RefusalCode.ItemNotOpen);
        if (!m.IsPresent(voterId)) return new Refusal(RuleIds.Q7, RefusalCode.NotPresent);
        var votedList = voted!.ToList();
        if (votedList.Contains(voterId)) return new Refusal(RuleIds.V11, RefusalCode.AlreadyVoted);
        var chair = m.ChairFor(item);
        // V5: the chair's ballot closes the floor, per person named on an item voted person by person (V7):
        // votedList is who voted on this candidate only.
        if (voterId != chair && (item.FloorClosed is not null || votedList.Contains(chair)))
            return new Refusal(RuleIds.V5, RefusalCode.FloorClosed);
        if (voterId == chair && m.AwaitedBeforeChair(votedList, item.Item.Id).Count > 0)
            return new Refusal(RuleIds.V5, RefusalCode.ChairVotesLast);
        return null;
    }

}
