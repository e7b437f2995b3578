using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Profiles;

namespace PartyGroupBot.Core.Rules;

/// <summary>Which presence rule an item needs: Q1's half or Q2's two thirds.</summary>
public enum QuorumRule { Half, TwoThirds }

/// <summary>法定人数: how many voting members must be present.</summary>
public static class Quorum
{
    /// <summary>Q1: 半数以上 of the N party group members to open the meeting.</summary>
    public static int RequiredToOpen(int members, HalfRule rule) => rule switch
    {
        HalfRule.AtLeastHalf => (members + 1) / 2,
        HalfRule.MoreThanHalf => members / 2 + 1,
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };

    /// <summary>Q2: 三分之二以上 (present ≥ ⌈2N/3⌉) for the profile's categories.</summary>
    public static int RequiredForTwoThirds(int members) => (2 * members + 2) / 3;

    /// <summary>The presence an item's discussion and vote need: ⅔ for the profile's categories (Q2), else the opening quorum (Q1).</summary>
    public static (int Required, QuorumRule Rule) RequiredForItem(int members, ItemCategory category, RuleProfile profile) =>
        profile.TwoThirdsCategories.Contains(category)
            ? (RequiredForTwoThirds(members), QuorumRule.TwoThirds)
            : (RequiredToOpen(members, profile.OpeningQuorum), QuorumRule.Half);
}
