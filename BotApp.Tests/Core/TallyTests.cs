using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Profiles;
using PartyGroupBot.Core.Rules;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;

namespace PartyGroupBot.Tests.Core;

/// <summary>V3 (yes &gt; half of 应到会, A13(4), B18(5)) and V8 (暂缓 when close on an important item, A13(4), profile A).</summary>
public class TallyTests
{
    private static AgendaItem PolicyItem => new("policy", "关于2025年度工作要点的议题", VotingMethod.Recorded, ItemCategory.Policy);

    private static AgendaItem Item(ItemCategory category, bool important = false, bool urgent = false) =>
        new("item", "议题", VotingMethod.Recorded, category, important, urgent);

    /// <summary>Everyone present, quorum met: only the counting rule decides.</summary>
    private static VoteOutcome Count(string profileId, AgendaItem item, int members, int yes, int no, int abstain) =>
        Tally.Count(RuleProfiles.Get(profileId), item, @base: members, present: members, requiredPresent: members,
            yes, no, abstain).Outcome;

    // V3: yes > base / 2 with base = all voting members. Ordinary (policy) items, so V8 never applies.
    [Theory]
    [InlineData(A, 5, 2, 3, 0, VoteOutcome.Failed)]
    [InlineData(A, 5, 3, 2, 0, VoteOutcome.Passed)]
    [InlineData(A, 6, 3, 3, 0, VoteOutcome.Failed)]
    [InlineData(A, 6, 4, 2, 0, VoteOutcome.Passed)]
    [InlineData(A, 7, 3, 4, 0, VoteOutcome.Failed)]
    [InlineData(A, 7, 4, 3, 0, VoteOutcome.Passed)]
    [InlineData(A, 9, 4, 5, 0, VoteOutcome.Failed)]
    [InlineData(A, 9, 5, 4, 0, VoteOutcome.Passed)]
    [InlineData(B, 5, 2, 3, 0, VoteOutcome.Failed)]
    [InlineData(B, 5, 3, 2, 0, VoteOutcome.Passed)]
    [InlineData(B, 6, 3, 3, 0, VoteOutcome.Failed)]
    [InlineData(B, 6, 4, 2, 0, VoteOutcome.Passed)]
    [InlineData(B, 7, 3, 4, 0, VoteOutcome.Failed)]
    [InlineData(B, 7, 4, 3, 0, VoteOutcome.Passed)]
    [InlineData(B, 9, 4, 5, 0, VoteOutcome.Failed)]
    [InlineData(B, 9, 5, 4, 0, VoteOutcome.Passed)]
    public void Item_passes_when_yes_exceeds_half_of_members_V3(
        string profileId, int members, int yes, int no, int abstain, VoteOutcome expected) =>
        Assert.Equal(expected, Count(profileId, PolicyItem, members, yes, no, abstain));

    // V3 boundary for N = 3 … 15: the fewest yes votes that pass, everyone present, the rest voting no.
    // One yes fewer fails. Written out literally so the table checks the code, not the code itself.
    [Theory]
    [InlineData(A, 3, 2)]
    [InlineData(A, 4, 3)]
    [InlineData(A, 5, 3)]
    [InlineData(A, 6, 4)]
    [InlineData(A, 7, 4)]
    [InlineData(A, 8, 5)]
    [InlineData(A, 9, 5)]
    [InlineData(A, 10, 6)]
    [InlineData(A, 11, 6)]
    [InlineData(A, 12, 7)]
    [InlineData(A, 13, 7)]
    [InlineData(A, 14, 8)]
    [InlineData(A, 15, 8)]
    [InlineData(B, 3, 2)]
    [InlineData(B, 4, 3)]
    [InlineData(B, 5, 3)]
    [InlineData(B, 6, 4)]
    [InlineData(B, 7, 4)]
    [InlineData(B, 8, 5)]
    [InlineData(B, 9, 5)]
    [InlineData(B, 10, 6)]
    [InlineData(B, 11, 6)]
    [InlineData(B, 12, 7)]
    [InlineData(B, 13, 7)]
    [InlineData(B, 14, 8)]
    [InlineData(B, 15, 8)]
    public void Fewest_yes_votes_that_pass_for_3_to_15_members_V3(string profileId, int members, int fewestYes)
    {
        var passing = new MeetingBuilder(profileId, members, PolicyItem).CheckInVoting(members).Open("policy");
        passing.VoteAll("policy", fewestYes, members - fewestYes, 0);
        Assert.Equal(VoteOutcome.Passed, passing.Close("policy").Tally.Outcome);

        var failing = new MeetingBuilder(profileId, members, PolicyItem).CheckInVoting(members).Open("policy");
        failing.VoteAll("policy", fewestYes - 1, members - fewestYes + 1, 0);
        Assert.Equal(VoteOutcome.Failed, failing.Close("policy").Tally.Outcome);
    }

    // V3 boundary with one member recused (Q4): base = N − 1 by default in both seeds, so the fewest yes
    // votes that pass are those of a group one smaller. Literal table for N = 3 … 15.
    [Theory]
    [InlineData(A, 3, 2)]
    [InlineData(A, 4, 2)]
    [InlineData(A, 5, 3)]
    [InlineData(A, 6, 3)]
    [InlineData(A, 7, 4)]
    [InlineData(A, 8, 4)]
    [InlineData(A, 9, 5)]
    [InlineData(A, 10, 5)]
    [InlineData(A, 11, 6)]
    [InlineData(A, 12, 6)]
    [InlineData(A, 13, 7)]
    [InlineData(A, 14, 7)]
    [InlineData(A, 15, 8)]
    [InlineData(B, 3, 2)]
    [InlineData(B, 4, 2)]
    [InlineData(B, 5, 3)]
    [InlineData(B, 6, 3)]
    [InlineData(B, 7, 4)]
    [InlineData(B, 8, 4)]
    [InlineData(B, 9, 5)]
    [InlineData(B, 10, 5)]
    [InlineData(B, 11, 6)]
    [InlineData(B, 12, 6)]
    [InlineData(B, 13, 7)]
    [InlineData(B, 14, 7)]
    [InlineData(B, 15, 8)]
    public void Fewest_yes_votes_that_pass_with_one_member_recused_V3_Q4(string profileId, int members, int fewestYes)
    {
        foreach (var (yes, expected) in new[] { (fewestYes, VoteOutcome.Passed), (fewestYes - 1, VoteOutcome.Failed) })
        {
            var meeting = new MeetingBuilder(profileId, members, PolicyItem).CheckInVoting(members);
            var recused = Member(members - 1);
            meeting.Do(m => m.Recuse(recused, "policy", recused, "本人近亲属", meeting.Now));
            meeting.Open("policy");
            foreach (var (voter, i) in meeting.PresentVotersChairLast().Where(v => v != recused).Select((v, i) => (v, i)))
                meeting.Vote("policy", voter, i < yes ? VoteChoice.Yes : VoteChoice.No);

            var tally = meeting.Close("policy").Tally;
            Assert.Equal(members - 1, tally.Base);
            Assert.Equal(expected, tally.Outcome);
        }
    }

    // V3: abstentions stay in the base (应到会) but are not yes votes.
    // Counting only yes/no cast would pass every "Failed" row below.
    [Theory]
    [InlineData(A, 5, 2, 1, 2, VoteOutcome.Failed)]
    [InlineData(A, 5, 3, 0, 2, VoteOutcome.Passed)]
    [InlineData(A, 6, 3, 0, 3, VoteOutcome.Failed)]
    [InlineData(A, 6, 4, 0, 2, VoteOutcome.Passed)]
    [InlineData(A, 7, 3, 1, 3, VoteOutcome.Failed)]
    [InlineData(A, 9, 4, 1, 4, VoteOutcome.Failed)]
    [InlineData(A, 9, 5, 0, 4, VoteOutcome.Passed)]
    [InlineData(B, 5, 2, 1, 2, VoteOutcome.Failed)]
    [InlineData(B, 5, 3, 0, 2, VoteOutcome.Passed)]
    [InlineData(B, 6, 3, 0, 3, VoteOutcome.Failed)]
    [InlineData(B, 6, 4, 0, 2, VoteOutcome.Passed)]
    [InlineData(B, 7, 3, 1, 3, VoteOutcome.Failed)]
    [InlineData(B, 9, 4, 1, 4, VoteOutcome.Failed)]
    [InlineData(B, 9, 5, 0, 4, VoteOutcome.Passed)]
    public void Abstentions_count_in_the_base_but_not_as_yes_V3(
        string profileId, int members, int yes, int no, int abstain, VoteOutcome expected) =>
        Assert.Equal(expected, Count(profileId, PolicyItem, members, yes, no, abstain));

    // V3: the base is 应到会 (all voting members), not 实到 (those present).
    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Absent_members_stay_in_the_base_V3(string profileId)
    {
        var tally = Tally.Count(RuleProfiles.Get(profileId), PolicyItem, @base: 9, present: 5, requiredPresent: 5,
            yes: 4, no: 1, abstain: 0);

        Assert.Equal(VoteOutcome.Failed, tally.Outcome); // 4 of 5 present, but 4 > 9/2 is false
    }

    [Theory]
    [InlineData(A, 5, 2, 3, 0, VoteOutcome.Failed)]
    [InlineData(A, 5, 3, 2, 0, VoteOutcome.Passed)]
    [InlineData(A, 5, 2, 1, 2, VoteOutcome.Failed)]
    [InlineData(A, 6, 3, 3, 0, VoteOutcome.Failed)]
    [InlineData(A, 6, 4, 2, 0, VoteOutcome.Passed)]
    [InlineData(A, 6, 3, 0, 3, VoteOutcome.Failed)]
    [InlineData(A, 7, 3, 4, 0, VoteOutcome.Failed)]
    [InlineData(A, 7, 4, 3, 0, VoteOutcome.Passed)]
    [InlineData(A, 9, 4, 5, 0, VoteOutcome.Failed)]
    [InlineData(A, 9, 5, 4, 0, VoteOutcome.Passed)]
    [InlineData(B, 5, 2, 3, 0, VoteOutcome.Failed)]
    [InlineData(B, 5, 3, 2, 0, VoteOutcome.Passed)]
    [InlineData(B, 5, 2, 1, 2, VoteOutcome.Failed)]
    [InlineData(B, 6, 3, 3, 0, VoteOutcome.Failed)]
    [InlineData(B, 6, 4, 2, 0, VoteOutcome.Passed)]
    [InlineData(B, 6, 3, 0, 3, VoteOutcome.Failed)]
    [InlineData(B, 7, 3, 4, 0, VoteOutcome.Failed)]
    [InlineData(B, 7, 4, 3, 0, VoteOutcome.Passed)]
    [InlineData(B, 9, 4, 5, 0, VoteOutcome.Failed)]
    [InlineData(B, 9, 5, 4, 0, VoteOutcome.Passed)]
    public void Meeting_vote_passes_when_yes_exceeds_half_of_members_V3(
        string profileId, int members, int yes, int no, int abstain, VoteOutcome expected)
    {
        var meeting = new MeetingBuilder(profileId, members, PolicyItem).CheckInVoting(members).Open("policy");
        meeting.VoteAll("policy", yes, no, abstain);

        var closed = meeting.Close("policy");

        Assert.Equal(new Tally(yes, no, abstain, Base: members, Present: members, expected), closed.Tally);
        Assert.Equal(closed.Tally, meeting.State.Item("policy")!.Tally);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Meeting_vote_counts_absent_members_in_the_base_V3(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 9, PolicyItem).CheckInVoting(5).Open("policy");
        meeting.VoteAll("policy", yes: 4, no: 1, abstain: 0);

        var closed = meeting.Close("policy");

        Assert.Equal(new Tally(4, 1, 0, Base: 9, Present: 5, VoteOutcome.Failed), closed.Tally);
    }

    // V8 (A13(4)): important item, two sides close (|yes − no| ≤ 1, no > 0) → 暂缓 under A.
    // The same votes under B are decided by V3 (the next test).
    [Theory]
    [InlineData(ItemCategory.Personnel, false, 5, 3, 2, 0)]
    [InlineData(ItemCategory.Discipline, false, 6, 3, 3, 0)]
    [InlineData(ItemCategory.Finance, false, 7, 3, 4, 0)]
    [InlineData(ItemCategory.Policy, true, 9, 5, 4, 0)]
    [InlineData(ItemCategory.Personnel, false, 9, 4, 3, 2)]
    [InlineData(ItemCategory.Finance, false, 5, 1, 1, 3)]
    public void Close_vote_on_important_item_is_deferred_under_A_V8(
        ItemCategory category, bool flagged, int members, int yes, int no, int abstain) =>
        Assert.Equal(VoteOutcome.Deferred, Count(A, Item(category, flagged), members, yes, no, abstain));

    [Theory]
    [InlineData(ItemCategory.Personnel, false, 5, 3, 2, 0, VoteOutcome.Passed)]
    [InlineData(ItemCategory.Discipline, false, 6, 3, 3, 0, VoteOutcome.Failed)]
    [InlineData(ItemCategory.Finance, false, 7, 3, 4, 0, VoteOutcome.Failed)]
    [InlineData(ItemCategory.Policy, true, 9, 5, 4, 0, VoteOutcome.Passed)]
    [InlineData(ItemCategory.Personnel, false, 9, 4, 3, 2, VoteOutcome.Failed)]
    [InlineData(ItemCategory.Finance, false, 5, 1, 1, 3, VoteOutcome.Failed)]
    public void Close_vote_on_important_item_is_decided_by_majority_under_B_V8(
        ItemCategory category, bool flagged, int members, int yes, int no, int abstain, VoteOutcome expected) =>
        Assert.Equal(expected, Count(B, Item(category, flagged), members, yes, no, abstain));

    // V8: "unless the item is marked urgent, in which case the majority decides".
    [Theory]
    [InlineData(ItemCategory.Personnel, 5, 3, 2, VoteOutcome.Passed)]
    [InlineData(ItemCategory.Discipline, 6, 3, 3, VoteOutcome.Failed)]
    [InlineData(ItemCategory.Finance, 7, 4, 3, VoteOutcome.Passed)]
    [InlineData(ItemCategory.Personnel, 9, 4, 5, VoteOutcome.Failed)]
    public void Urgent_important_item_is_decided_by_majority_under_A_V8(
        ItemCategory category, int members, int yes, int no, VoteOutcome expected) =>
        Assert.Equal(expected, Count(A, Item(category, urgent: true), members, yes, no, 0));

    // V8 default: close needs some dissent (no > 0), and a gap of 2 or more is not close.
    [Theory]
    [InlineData(ItemCategory.Personnel, 5, 4, 1, 0, VoteOutcome.Passed)]
    [InlineData(ItemCategory.Personnel, 7, 5, 2, 0, VoteOutcome.Passed)]
    [InlineData(ItemCategory.Discipline, 6, 2, 4, 0, VoteOutcome.Failed)]
    [InlineData(ItemCategory.Finance, 5, 1, 0, 4, VoteOutcome.Failed)]
    [InlineData(ItemCategory.Personnel, 3, 1, 0, 2, VoteOutcome.Failed)]
    public void Clear_vote_or_vote_without_dissent_is_not_deferred_V8(
        ItemCategory category, int members, int yes, int no, int abstain, VoteOutcome expected) =>
        Assert.Equal(expected, Count(A, Item(category), members, yes, no, abstain));

    // V8 default: important = personnel, discipline, finance or flagged; policy and party-building are not.
    [Theory]
    [InlineData(ItemCategory.Policy, 5, 3, 2, VoteOutcome.Passed)]
    [InlineData(ItemCategory.PartyBuilding, 6, 3, 3, VoteOutcome.Failed)]
    [InlineData(ItemCategory.Other, 7, 4, 3, VoteOutcome.Passed)]
    public void Close_vote_on_ordinary_item_is_not_deferred_V8(
        ItemCategory category, int members, int yes, int no, VoteOutcome expected) =>
        Assert.Equal(expected, Count(A, Item(category), members, yes, no, 0));

    [Theory]
    [InlineData(A, VoteOutcome.Deferred)]
    [InlineData(B, VoteOutcome.Passed)]
    public void Close_personnel_vote_in_meeting_is_deferred_under_A_only_V8(string profileId, VoteOutcome expected)
    {
        var personnel = new AgendaItem("personnel", "关于推荐科级干部人选的议题", VotingMethod.Recorded, ItemCategory.Personnel);
        var meeting = new MeetingBuilder(profileId, 5, personnel).CheckInVoting(5).Open("personnel");
        meeting.VoteAll("personnel", yes: 3, no: 2, abstain: 0);

        Assert.Equal(expected, meeting.Close("personnel").Tally.Outcome);
    }
}
