using PartyGroupBot.Core;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Profiles;
using PartyGroupBot.Core.Rules;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;

namespace PartyGroupBot.Tests.Core;

/// <summary>Q4 回避: declared by the member or ruled by the chair; out of the item's vote, presence and (default) V3 base.</summary>
[Trait("Category", "Core")]
public class RecusalTests
{
    private static AgendaItem PolicyItem => new("policy", "关于2025年度工作要点的议题", VotingMethod.Recorded, ItemCategory.Policy);
    private static AgendaItem PersonnelItem => new("personnel", "关于推荐科级干部人选的议题", VotingMethod.Recorded, ItemCategory.Appointment);
    private static AgendaItem SecretItem => new("secret", "关于推荐科级干部人选的议题", VotingMethod.Secret, ItemCategory.Appointment);

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Member_declares_or_chair_rules_a_recusal_before_the_vote_Q4(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, PolicyItem, PersonnelItem).CheckInVoting(5);
        AssertRefused(meeting.Try(m => m.Recuse(Member(1), "policy", Member(2), "亲属", meeting.Now)), "Q4", RefusalCode.OnlyChair);
        var declared = Assert.IsType<RecusalDeclared>(meeting.Do(m => m.Recuse(Member(2), "policy", Member(2), "本人", meeting.Now)));
        var ruled = Assert.IsType<RecusalDeclared>(meeting.Do(m => m.Recuse(Secretary, "policy", Member(3), "亲属", meeting.Now)));
        Assert.Null(declared.RuledById);
        Assert.Equal(Secretary, ruled.RuledById);
        AssertRefused(meeting.Try(m => m.Recuse(Member(2), "policy", Member(2), "又", meeting.Now)), "Q4", RefusalCode.AlreadyRecused);
        AssertRefused(meeting.Try(m => m.Recuse(Secretary, "policy", Recorder, "无表决权", meeting.Now)), "Q4", RefusalCode.NoVote);

        meeting.Open("personnel");
        AssertRefused(meeting.Try(m => m.Recuse(Member(1), "personnel", Member(1), "迟到的回避", meeting.Now)),
            "Q4", RefusalCode.RecusalAfterVoteOpened);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Recused_member_does_not_vote_and_chair_does_not_wait_for_them_Q4(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, PolicyItem).CheckInVoting(5);
        meeting.Do(m => m.Recuse(Member(4), "policy", Member(4), "本人", meeting.Now));
        meeting.Open("policy");

        AssertRefused(meeting.Try(m => m.CastBallot(Member(4), "policy", VoteChoice.Yes, meeting.Now)), "Q4", RefusalCode.Recused);
        meeting.Vote("policy", Member(1), VoteChoice.Yes).Vote("policy", Member(2), VoteChoice.Yes).Vote("policy", Member(3), VoteChoice.No);
        Assert.Empty(meeting.State.AwaitedBeforeChair(["member1", "member2", "member3"]));
        meeting.Vote("policy", Secretary, VoteChoice.Yes);
        var tally = meeting.Close("policy").Tally;
        Assert.Equal(4, tally.Base);
        Assert.Equal(4, tally.Present);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Recused_member_is_left_out_of_the_items_presence_count_Q4(string profileId)
    {
        // 6 members: ⌈12/3⌉ = 4 must be present for a personnel item. 4 are present, one recused: 3 count.
        var meeting = new MeetingBuilder(profileId, 6, PersonnelItem).CheckInVoting(4);
        meeting.Do(m => m.Recuse(Secretary, "personnel", Member(3), "亲属", meeting.Now));
        AssertRefused(meeting.Try(m => m.OpenVote(Secretary, "personnel", meeting.Now)), "Q2", RefusalCode.ItemQuorumNotMet);
        meeting.CheckIn(Member(4)).Open("personnel");
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Recused_members_are_out_of_the_base_by_default_V3_Q4(string profileId)
    {
        // 5 members, 2 recused: base 3, so 2 yes pass (2 > 1.5); with the recused in the base, 2 of 5 fail.
        var meeting = new MeetingBuilder(profileId, 5, PolicyItem).CheckInVoting(5);
        meeting.Do(m => m.Recuse(Member(3), "policy", Member(3), "本人", meeting.Now));
        meeting.Do(m => m.Recuse(Member(4), "policy", Member(4), "亲属", meeting.Now));
        meeting.Open("policy").Vote("policy", Member(1), VoteChoice.Yes).Vote("policy", Member(2), VoteChoice.No)
            .Vote("policy", Secretary, VoteChoice.Yes);
        var tally = meeting.Close("policy").Tally;
        Assert.Equal(3, tally.Base);
        Assert.Equal(VoteOutcome.Passed, tally.Outcome);

        var counted = RuleProfiles.Get(profileId) with { RecusedCountInBase = true };
        var withBase = Tally.Count(counted, PolicyItem, @base: 5, present: 3, requiredPresent: 3, yes: 2, no: 1, abstain: 0);
        Assert.Equal(VoteOutcome.Failed, withBase.Outcome);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Recused_member_cannot_cast_a_secret_ballot_Q4(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, SecretItem).CheckInVoting(5);
        meeting.Do(m => m.Recuse(Secretary, "secret", Member(2), "本人", meeting.Now));
        meeting.Open("secret");
        AssertRefused(meeting.State.CastSecretBallot(SecretBallotBox.Empty("secret"), Member(2), "secret", VoteChoice.Yes),
            "Q4", RefusalCode.Recused);
    }
}
