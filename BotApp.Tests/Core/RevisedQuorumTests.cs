using PartyGroupBot.Core;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Rules;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;

namespace PartyGroupBot.Tests.Core;

/// <summary>Q1 with V3 (exactly half with an even N), Q2 at discussion, and Q7 (a ballot stays counted when its voter leaves).</summary>
[Trait("Category", "Core")]
public class RevisedQuorumTests
{
    private static AgendaItem Policy => new("p", "关于2025年度工作要点的议题", VotingMethod.Recorded, ItemCategory.Policy);
    private static AgendaItem Appointment => new("a", "关于任命张三同志的议题", VotingMethod.Recorded, ItemCategory.Appointment)
    {
        Candidates = [new Candidate("c1", "张三")],
    };

    [Theory]
    [InlineData(A, 8, 4, true)]
    [InlineData(A, 8, 5, false)]
    [InlineData(B, 6, 3, true)]
    [InlineData(B, 6, 4, false)]
    [InlineData(A, 9, 5, false)]
    public void Exactly_half_opens_the_meeting_but_no_item_can_pass_Q1_V3(string profileId, int members, int present, bool cannotPass)
    {
        var meeting = new MeetingBuilder(profileId, members, Policy).CheckInVoting(present);

        Assert.Equal(cannotPass, meeting.State.NoItemCanPass());
        meeting.Open("p");
        Assert.Equal(cannotPass, meeting.State.NoItemCanPass(meeting.State.Item("p")));
        meeting.VoteAll("p", yes: present, no: 0, abstain: 0);
        Assert.Equal(cannotPass ? VoteOutcome.Failed : VoteOutcome.Passed, meeting.Close("p").Tally.Outcome);
    }

    [Theory]
    [InlineData(A, ItemCategory.Appointment, 3, "Q2")]
    [InlineData(B, ItemCategory.Appointment, 3, "Q2")]
    [InlineData(B, ItemCategory.Discipline, 3, "Q2")]
    [InlineData(A, ItemCategory.Discipline, 2, "Q1")]
    public void Discussion_of_an_item_needs_its_quorum_too_Q2(string profileId, ItemCategory category, int present, string rule)
    {
        // N = 6: Q1 needs 3, Q2 needs 4.
        var item = new AgendaItem("x", "议题", VotingMethod.Recorded, category) { Candidates = [new Candidate("c1", "张三")] };
        var meeting = new MeetingBuilder(profileId, 6, item).CheckInVoting(present);

        AssertRefused(meeting.Try(m => m.OpenDiscussion(Secretary, "x", meeting.Now)), rule,
            rule == "Q2" ? RefusalCode.ItemQuorumNotMet : RefusalCode.NoQuorum);
        meeting.CheckIn(Member(present));
        AssertAccepted(meeting.Try(m => m.OpenDiscussion(Secretary, "x", meeting.Now)));
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Ballot_cast_stays_counted_when_its_voter_leaves_before_the_close_Q7(string profileId)
    {
        // N = 5, 3 present all vote yes, one leaves: the item passes on the 3 ballots.
        var meeting = new MeetingBuilder(profileId, 5, Policy).CheckInVoting(3).Open("p");
        meeting.VoteAll("p", yes: 3, no: 0, abstain: 0);
        meeting.Do(m => m.Leave(Member(1), meeting.Now));

        var tally = meeting.Close("p").Tally;

        Assert.Equal((3, 3, VoteOutcome.Passed), (tally.Yes, tally.Present, tally.Outcome));
        Assert.Contains(meeting.State.Departures, d => d.MemberId == Member(1));
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Appointment_with_nine_members_and_five_present_cannot_even_be_discussed_Q2(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 9, Appointment).CheckInVoting(5);

        AssertRefused(meeting.Try(m => m.OpenDiscussion(Secretary, "a", meeting.Now)), "Q2", RefusalCode.ItemQuorumNotMet);
        AssertRefused(meeting.Try(m => m.OpenVote(Secretary, "a", meeting.Now)), "Q2", RefusalCode.ItemQuorumNotMet);
    }
}
