using System.Collections.Immutable;

namespace PartyGroupBot.Core.Meetings;

/// <summary>
/// 票箱 of a secret ballot (V2): the counts and the sorted set of who has voted, nothing else.
/// It holds no voter-to-choice pair and no order of voting, so none can ever be stored.
/// </summary>
public sealed record SecretBallotBox(string ItemId, int Yes, int No, int Abstain, ImmutableSortedSet<string> Voters, bool Sealed = false)
{
    public static SecretBallotBox Empty(string itemId) =>
        new(itemId, 0, 0, 0, ImmutableSortedSet.Create<string>(StringComparer.Ordinal));

    /// <summary>V7: one box per candidate of a personnel item.</summary>
    public static SecretBallotBox Empty(string itemId, string candidateId) => Empty(itemId) with { CandidateId = candidateId };

    /// <summary>V7: the candidate this box is for; null for an item without candidates.</summary>
    public string? CandidateId { get; init; }

    /// <summary>V7: 缓议 ballots, on a candidate's box only.</summary>
    public int Defer { get; init; }

    /// <summary>Sealed before the tally is read, so no ballot can slip in between count and close (V10).</summary>
    public SecretBallotBox Seal() => this with { Sealed = true };

    internal SecretBallotBox With(string voter, VoteChoice choice) => this with
    {
        Yes = Yes + (choice == VoteChoice.Yes ? 1 : 0),
        No = No + (choice == VoteChoice.No ? 1 : 0),
        Abstain = Abstain + (choice == VoteChoice.Abstain ? 1 : 0),
        Defer = Defer + (choice == VoteChoice.Defer ? 1 : 0),
        Voters = Voters.Add(voter),
    };
}
