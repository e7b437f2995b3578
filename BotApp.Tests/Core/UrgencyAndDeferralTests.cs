using PartyGroupBot.Core;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Rules;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;

namespace PartyGroupBot.Tests.Core;

/// <summary>V8: urgency is the chair's call at the close, with a reason in the minutes; a deferred topic goes back to the 议题库.</summary>
[Trait("Category", "Core")]
public class UrgencyAndDeferralTests
{
    private static AgendaItem Finance => new("f", "关于购置执法车辆的议题", VotingMethod.Recorded, ItemCategory.Finance);

    private static MeetingBuilder Close3To2(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, Finance).CheckInVoting(5).Open("f");
        return meeting.VoteAll("f", yes: 3, no: 2, abstain: 0);
    }

    [Fact]
    public void Chair_declares_urgency_at_the_close_with_a_reason_V8()
    {
        var meeting = Close3To2(A);
        AssertRefused(meeting.Try(m => m.CloseVote(Secretary, "f", meeting.Now, [], urgent: true, urgentReason: " ")), "V8", RefusalCode.UrgentReasonRequired);

        var closed = Assert.IsType<VoteClosed>(meeting.Do(m => m.CloseVote(Secretary, "f", meeting.Now, [], urgent: true, urgentReason: "执法任务迫在眉睫")));

        Assert.Equal(VoteOutcome.Passed, closed.Tally.Outcome);
        Assert.Equal("执法任务迫在眉睫", PartyGroupBot.Core.Minutes.Minutes.Draft(meeting.State).Items[0].UrgentReason);
    }

    [Theory]
    [InlineData(A, VoteOutcome.Deferred)]
    [InlineData(B, VoteOutcome.Passed)]
    public void Without_the_chairs_urgency_a_close_vote_is_deferred_under_A_V8(string profileId, VoteOutcome expected) =>
        Assert.Equal(expected, Close3To2(profileId).Close("f").Tally.Outcome);

    [Fact]
    public void Deferred_topic_returns_to_the_pool_and_is_scheduled_again_without_a_new_proposal_V8()
    {
        var book = new AgendaTests.Book(AgendaTests.Group(A));
        var id = book.Approved(new TopicProposal("关于购置执法车辆的议题", ItemCategory.Finance, VotingMethod.Recorded));
        book.Schedule(id);
        AssertRefused(book.State.Defer(id, "another-meeting", book.Now), "V8", RefusalCode.ItemNotFound);

        book.Do(a => a.Defer(id, MeetingId, book.Now));

        Assert.Equal(TopicStatus.Deferred, book.State.Topic(id)!.Status);
        var again = new MeetingPlan("next", new DateOnly(2025, 4, 14), new TimeOnly(9, 0), "三楼会议室", [id]);
        var scheduled = Assert.IsType<MeetingScheduled>(book.Do(a => a.Schedule(book.Group, Secretary, again, book.Now))[0]);
        Assert.Equal([id], scheduled.ItemIds);
    }
}
