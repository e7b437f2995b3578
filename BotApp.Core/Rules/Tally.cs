using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Profiles;

namespace PartyGroupBot.Core.Rules;

/// <summary>The counted result of one item's vote. Base is 应到会, Present is 实到 (both without recused members).</summary>
public sealed record Tally(int Yes, int No, int Abstain, int Base, int Present, VoteOutcome Outcome)
{
    /// <summary>V7: 缓议 ballots on a candidate; like an abstention they are in the base and are not yes.</summary>
    public int Defer { get; init; }

    /// <summary>
    /// V3: passes when yes &gt; base / 2. V8 (profile A): an important, non-urgent item whose two sides
    /// are close (|yes − no| ≤ 1 with some no) is deferred instead.
    /// </summary>
    public static Tally Count(
        RuleProfile profile, AgendaItem item, int @base, int present, int requiredPresent,
        int yes, int no, int abstain)
    {
        var outcome =
            present < requiredPresent ? VoteOutcome.NoQuorum
            : IsCloseOnImportantItem(profile, item, yes, no) ? VoteOutcome.Deferred
            : 2 * yes > @base ? VoteOutcome.Passed
            : VoteOutcome.Failed;
        return new Tally(yes, no, abstain, @base, present, outcome);
    }

    /// <summary>V7: a candidate's tally; 缓议 is not a yes (V3), and the other side for V8 is 不同意 only.</summary>
    public static Tally Count(
        RuleProfile profile, AgendaItem item, int @base, int present, int requiredPresent,
        int yes, int no, int abstain, int defer) =>
        Count(profile, item, @base, present, requiredPresent, yes, no, abstain) with { Defer = defer };

    private static bool IsCloseOnImportantItem(RuleProfile profile, AgendaItem item, int yes, int no) =>
        profile.DeferWhenClose && item.IsImportant && !item.Urgent && no > 0 && Math.Abs(yes - no) <= 1;
}

/// <summary>V7: the result for one candidate of a personnel item.</summary>
public sealed record CandidateTally(string CandidateId, string Name, Tally Tally);
