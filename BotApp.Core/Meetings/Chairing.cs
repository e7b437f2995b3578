using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Rules;

namespace PartyGroupBot.Core.Meetings;

/// <summary>主持: who presides over a meeting and each of its items, and when they may act (MK1, Q4).</summary>
public static class Chairing
{
    /// <summary>
    /// MK1 with Q4: the chair presides over every item, except one the chair is recused from, which the profile's delegate
    /// (A: 分管党建工作的党组成员, B: 党组副书记) present and not recused presides over instead; when the delegate chairs the
    /// meeting and is recused, the secretary does, if present.
    /// </summary>
    public static string ChairFor(this MeetingState m, ItemState? item)
    {
        if (item is null || !item.IsRecused(m.ChairId)) return m.ChairId;
        var stand = m.VotingMembers
            .Where(v => v.Id != m.ChairId && !item.IsRecused(v.Id))
            .Where(v => v.Role == m.Profile.ChairDelegateRole || v.Id == m.Started.SecretaryId)
            .OrderByDescending(v => m.IsPresent(v.Id))
            .ThenBy(v => v.Role == m.Profile.ChairDelegateRole ? 0 : 1)
            .FirstOrDefault();
        return stand?.Id ?? m.ChairId;
    }

    /// <summary>
    /// MK1: a chair's act (opening a discussion or a vote, closing the floor or the vote, ending the meeting) is the
    /// presiding chair's only, and only once they have checked in: a chair who is not at the meeting cannot preside.
    /// Null when <paramref name="actorId"/> may act.
    /// </summary>
    public static Refusal? MayPreside(this MeetingState m, string actorId, ItemState? item = null, string ruleId = RuleIds.MK1)
    {
        var chair = m.ChairFor(item);
        if (actorId != chair) return new Refusal(ruleId, RefusalCode.OnlyChair);
        if (!m.IsPresent(chair)) return new Refusal(RuleIds.MK1, RefusalCode.ChairNotPresent);
        return null;
    }

    /// <summary>MK1: the meeting's chair presides by the secretary's delegation (受党组书记委托).</summary>
    public static bool IsDelegated(this MeetingState m) => m.ChairId != m.Started.SecretaryId;

    /// <summary>
    /// Q1 with V3: with an even N and exactly N/2 present, the meeting opens but no item can pass, since a decision needs
    /// more than half of those who should attend voting yes. True when even all present voting yes would not pass it.
    /// </summary>
    public static bool NoItemCanPass(this MeetingState m, ItemState? item = null)
    {
        if (item is null) return 2 * m.VotingMembersPresent <= m.VotingMemberCount;
        return 2 * m.VotingMembersPresentFor(item) <= m.BaseFor(item);
    }

    /// <summary>The presence an item needs to be discussed or voted: Q2's ⅔ for the profile's categories, else Q1.</summary>
    internal static Refusal? ItemQuorum(this MeetingState m, ItemState item)
    {
        var (required, rule) = Quorum.RequiredForItem(m.VotingMemberCount, item.Item.Category, m.Profile);
        // Q4: a recused member is left out of the item's presence count.
        if (m.VotingMembersPresentFor(item) >= required) return null;
        return rule == QuorumRule.TwoThirds
            ? new Refusal(RuleIds.Q2, RefusalCode.ItemQuorumNotMet)
            : new Refusal(RuleIds.Q1, RefusalCode.NoQuorum);
    }

    /// <summary>The delegate the profile allows (MK1): a voting member of the role the profile names.</summary>
    public static bool MayBeDelegate(this PartyGroup group, string? personId) =>
        group.Find(personId) is { HasVote: true } p && p.Role == group.Profile.ChairDelegateRole;
}
