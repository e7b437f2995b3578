using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Profiles;

namespace PartyGroupBot.Core.Rules;

/// <summary>The counted result of one item's vote. Base is 应到会, Present is 实到 (both without recused members).</summary>
public sealed record Tally(int Yes, int No, int Abstain, int Base, int Present, VoteOutcome Outcome)
{
    /// <summary>V7: 缓议 ballots on a candidate; like an abstention they are in the base and are not yes.</summary>
    public int Defer { get; init; }

    /// <summary>
    /// V3: passes when yes &gt; base / 2. V8 (profile A): an important item whose two sides are close is deferred
    /// instead, unless the chair declared it urgent at the close (<paramref name="urgent"/>).
    /// </summary>
    public static Tally Count(
        RuleProfile profile, AgendaItem item, int @base, int present, int requiredPresent,
        int yes, int no, int abstain, bool urgent = false)
    {
        var outcome =
            present < requiredPresent ? VoteOutcome.NoQuorum
            : profile.DeferWhenClose && item.IsImportant && !urgent && IsClose(profile, yes, no) ? VoteOutcome.Deferred
            : 2 * yes > @base ? VoteOutcome.Passed
            : VoteOutcome.Failed;
        return new Tally(yes, no, abstain, @base, present, outcome);
    }

    /// <summary>V7: a candidate's tally; 缓议 is not a yes (V3), and the other side for V8 is 不同意 only.</summary>
    public static Tally Count(
        RuleProfile profile, AgendaItem item, int @base, int present, int requiredPresent,
        int yes, int no, int abstain, int defer, bool urgent = false) =>
        Count(profile, item, @base, present, requiredPresent, yes, no, abstain, urgent) with { Defer = defer };

    /// <summary>V8 "意见分歧较大": both sides have at least the profile's minimum (default 2) and differ by at most its
    /// margin (default 1), so a 2:1 vote among three is a clear majority, not a split.</summary>
    public static bool IsClose(RuleProfile profile, int yes, int no) =>
        yes >= profile.CloseVoteMinimumEachSide && no >= profile.CloseVoteMinimumEachSide
        && Math.Abs(yes - no) <= profile.CloseVoteMargin;
}

/// <summary>V7: the result for one candidate of a personnel item.</summary>
public sealed record CandidateTally(string CandidateId, string Name, Tally Tally);
