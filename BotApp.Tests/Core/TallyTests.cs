using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Profiles;
using PartyGroupBot.Core.Rules;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;

namespace PartyGroupBot.Tests.Core;

/// <summary>V3 (yes &gt; half of 应到会, A13(4), B18(5)) and V8 (暂缓 when close on an important item, A13(4), profile A).</summary>
[Trait("Category", "Core")]
public class TallyTests
{
    private static AgendaItem PolicyItem => new("policy", "关于2025年度工作要点的议题", VotingMethod.Recorded, ItemCategory.Policy);

    private static AgendaItem Item(ItemCategory category, bool important = false) =>
        new("item", "议题", VotingMethod.Recorded, category, important);

    /// <summary>Everyone present, quorum met: only the counting rule decides.</summary>
    private static VoteOutcome Count(string profileId, AgendaItem item, int members, int yes, int no, int abstain, bool urgent = false) =>
        Tally.Count(RuleProfiles.Get(profileId), item, @base: members, present: members, requiredPresent: members,
            yes, no, abstain, urgent).Outcome;

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

    // V8 (A13(4)): important item, two sides close (each at least 2, |yes − no| ≤ 1) → 暂缓 under A.
    // The same votes under B are decided by V3 (the next test).
    [Theory]
    [InlineData(ItemCategory.Appointment, false, 5, 3, 2, 0)]
    [InlineData(ItemCategory.Discipline, false, 6, 3, 3, 0)]
    [InlineData(ItemCategory.Finance, false, 7, 3, 4, 0)]
    [InlineData(ItemCategory.Policy, true, 9, 5, 4, 0)]
    [InlineData(ItemCategory.Appointment, false, 9, 4, 3, 2)]
    [InlineData(ItemCategory.Finance, false, 5, 2, 2, 1)]
    [InlineData(ItemCategory.Nomination, false, 7, 3, 2, 2)]
    [InlineData(ItemCategory.Rewards, false, 5, 2, 3, 0)]
    public void Close_vote_on_important_item_is_deferred_under_A_V8(
        ItemCategory category, bool flagged, int members, int yes, int no, int abstain) =>
        Assert.Equal(VoteOutcome.Deferred, Count(A, Item(category, flagged), members, yes, no, abstain));

    [Theory]
    [InlineData(ItemCategory.Appointment, false, 5, 3, 2, 0, VoteOutcome.Passed)]
    [InlineData(ItemCategory.Discipline, false, 6, 3, 3, 0, VoteOutcome.Failed)]
    [InlineData(ItemCategory.Finance, false, 7, 3, 4, 0, VoteOutcome.Failed)]
    [InlineData(ItemCategory.Policy, true, 9, 5, 4, 0, VoteOutcome.Passed)]
    [InlineData(ItemCategory.Appointment, false, 9, 4, 3, 2, VoteOutcome.Failed)]
    [InlineData(ItemCategory.Finance, false, 5, 2, 2, 1, VoteOutcome.Failed)]
    [InlineData(ItemCategory.Nomination, false, 7, 3, 2, 2, VoteOutcome.Failed)]
    [InlineData(ItemCategory.Rewards, false, 5, 2, 3, 0, VoteOutcome.Failed)]
    public void Close_vote_on_important_item_is_decided_by_majority_under_B_V8(
        ItemCategory category, bool flagged, int members, int yes, int no, int abstain, VoteOutcome expected) =>
        Assert.Equal(expected, Count(B, Item(category, flagged), members, yes, no, abstain));

    // V8: "unless the situation is urgent, in which case the majority decides": the chair declares it at the close.
    [Theory]
    [InlineData(ItemCategory.Appointment, 5, 3, 2, VoteOutcome.Passed)]
    [InlineData(ItemCategory.Discipline, 6, 3, 3, VoteOutcome.Failed)]
    [InlineData(ItemCategory.Finance, 7, 4, 3, VoteOutcome.Passed)]
    [InlineData(ItemCategory.Appointment, 9, 4, 5, VoteOutcome.Failed)]
    public void Item_the_chair_declares_urgent_is_decided_by_majority_under_A_V8(
        ItemCategory category, int members, int yes, int no, VoteOutcome expected) =>
        Assert.Equal(expected, Count(A, Item(category), members, yes, no, 0, urgent: true));

    // V8 default: close needs each side to have at least 2 votes, and a gap of 2 or more is not close.
    [Theory]
    [InlineData(ItemCategory.Appointment, 5, 4, 1, 0, VoteOutcome.Passed)]
    [InlineData(ItemCategory.Appointment, 7, 5, 2, 0, VoteOutcome.Passed)]
    [InlineData(ItemCategory.Discipline, 6, 2, 4, 0, VoteOutcome.Failed)]
    [InlineData(ItemCategory.Finance, 5, 1, 0, 4, VoteOutcome.Failed)]
    [InlineData(ItemCategory.Appointment, 3, 1, 0, 2, VoteOutcome.Failed)]
    [InlineData(ItemCategory.Appointment, 3, 2, 1, 0, VoteOutcome.Passed)]
    [InlineData(ItemCategory.Finance, 5, 1, 1, 3, VoteOutcome.Failed)]
    [InlineData(ItemCategory.Discipline, 4, 1, 2, 1, VoteOutcome.Failed)]
    public void Clear_vote_or_vote_without_dissent_is_not_deferred_V8(
        ItemCategory category, int members, int yes, int no, int abstain, VoteOutcome expected) =>
        Assert.Equal(expected, Count(A, Item(category), members, yes, no, abstain));

    // V8 default: important = appointment, nomination, rewards, discipline, finance or flagged; policy and party-building are not.
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
        var personnel = new AgendaItem("personnel", "关于推荐科级干部人选的议题", VotingMethod.Recorded, ItemCategory.Appointment);
        var meeting = new MeetingBuilder(profileId, 5, personnel).CheckInVoting(5).Open("personnel");
        meeting.VoteAll("personnel", yes: 3, no: 2, abstain: 0);

        Assert.Equal(expected, meeting.Close("personnel").Tally.Outcome);
    }

    [Fact]
    public void Two_to_one_among_three_is_a_majority_not_a_split_V8()
    {
        var item = new AgendaItem("a", "关于任命张三同志的议题", VotingMethod.Recorded, ItemCategory.Appointment)
        {
            Candidates = [new Candidate("c1", "张三")],
        };
        var meeting = new MeetingBuilder(A, 3, item).CheckInVoting(3).Open("a");
        meeting.VoteAll("a", yes: 2, no: 1, abstain: 0, candidateId: "c1");

        Assert.Equal(VoteOutcome.Passed, meeting.Close("a").Candidates.Single().Tally.Outcome);
    }

    [Fact]
    public void Profile_sets_what_counts_as_close_V8()
    {
        var strict = RuleProfiles.ChengzhongHrss2021 with { CloseVoteMinimumEachSide = 1 };

        Assert.Equal(VoteOutcome.Deferred,
            Tally.Count(strict, Item(ItemCategory.Finance), 5, 5, 5, yes: 2, no: 1, abstain: 2).Outcome);
        Assert.Equal(VoteOutcome.Passed,
            Tally.Count(RuleProfiles.ChengzhongHrss2021, Item(ItemCategory.Finance), 5, 5, 5, yes: 3, no: 1, abstain: 1).Outcome);
    }
}
