using PartyGroupBot.Core;
using PartyGroupBot.Core.Meetings;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;
using MeetingMinutes = PartyGroupBot.Core.Minutes.Minutes;

namespace PartyGroupBot.Tests.Core;

/// <summary>V4: 未到会党组成员的书面意见不得计入票数 (A13(4), B18(5)); written opinions come from members on leave (Q3).</summary>
[Trait("Category", "Core")]
public class WrittenOpinionTests
{
    private static AgendaItem PolicyItem => new("policy", "关于2025年度工作要点的议题", VotingMethod.Recorded, ItemCategory.Policy);

    /// <summary>5 members; member4 on approved leave, member3 absent without leave; 3 present.</summary>
    private static MeetingBuilder WithLeave(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, PolicyItem).OnLeave(Member(4));
        return meeting.CheckInVoting(3);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Only_members_on_approved_leave_send_written_opinions_V4(string profileId)
    {
        var meeting = WithLeave(profileId);
        AssertRefused(meeting.Try(m => m.SubmitWrittenOpinion(Member(3), "policy", "同意", meeting.Now)), "V4", RefusalCode.NotOnLeave);
        AssertRefused(meeting.Try(m => m.SubmitWrittenOpinion(Member(1), "policy", "同意", meeting.Now)), "V4", RefusalCode.NotOnLeave);
        meeting.Do(m => m.SubmitWrittenOpinion(Member(4), "policy", "同意该议题", meeting.Now));
        AssertRefused(meeting.Try(m => m.SubmitWrittenOpinion(Member(4), "policy", "再次", meeting.Now)), "V4", RefusalCode.AlreadyStated);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Written_opinion_is_recorded_and_never_counted_V4(string profileId)
    {
        var meeting = WithLeave(profileId);
        meeting.Do(m => m.SubmitWrittenOpinion(Member(4), "policy", "赞成", meeting.Now));
        // 2 yes of base 5 fail (2 ≤ 2.5); counting the written 赞成 would make 3 and pass.
        meeting.Open("policy").VoteAll("policy", 2, 1, 0);
        var tally = meeting.Close("policy").Tally;
        Assert.Equal(2, tally.Yes);
        Assert.Equal(VoteOutcome.Failed, tally.Outcome);
        AssertRefused(meeting.Try(m => m.CastBallot(Member(4), "policy", VoteChoice.Yes, meeting.Now)), "V10", RefusalCode.ItemClosed);

        var item = MeetingMinutes.Draft(meeting.End().State).Items.Single();
        Assert.Equal([("陈静", "赞成")], item.WrittenOpinions!.Select(o => (o.Name, o.Text)));
        Assert.DoesNotContain(item.Ballots, b => b.Name == "陈静");
    }
}
