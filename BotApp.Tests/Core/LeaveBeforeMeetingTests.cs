using PartyGroupBot.Core;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Rules;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;
using MeetingMinutes = PartyGroupBot.Core.Minutes.Minutes;

namespace PartyGroupBot.Tests.Core;

/// <summary>
/// Q3 "应当在会前请假，其意见可以用书面形式表达" (A13(3), B18(4)): leave is asked from the notice once the meeting is
/// scheduled and until it opens, approved or refused with a reason by the approver, and followed by written opinions per
/// item (V4) that the meeting takes over when it starts.
/// </summary>
[Trait("Category", "Core")]
public class LeaveBeforeMeetingTests
{
    private static readonly TopicProposal Policy = new("关于2025年度工作要点的议题", ItemCategory.Policy, VotingMethod.Recorded);
    private static readonly TopicProposal Canteen = new("关于机关食堂管理的议题", ItemCategory.Other, VotingMethod.Hands);

    /// <summary>Five voting members, two approved topics scheduled a week ahead; returns the book and the topic ids.</summary>
    private static (AgendaTests.Book Book, string Policy, string Canteen) Notified(string profileId)
    {
        var book = new AgendaTests.Book(AgendaTests.Group(profileId));
        var policy = book.Approved(Policy);
        var canteen = book.Approved(Canteen);
        book.Schedule(policy, canteen);
        return (book, policy, canteen);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Leave_asked_from_the_notice_is_refused_with_a_reason_asked_again_and_approved_Q3(string profileId)
    {
        var (book, _, _) = Notified(profileId);
        var g = book.Group;
        Assert.Equal(Secretary, book.State.LeaveApprover(MeetingId, g));

        book.Do(a => a.RequestLeave(g, MeetingId, Member(4), "赴省厅参加培训", book.Now));
        AssertRefused(book.State.RequestLeave(g, MeetingId, Member(4), "再请一次", book.Now), "Q3", RefusalCode.LeaveAlreadyRequested);
        AssertRefused(book.State.RefuseLeave(g, Secretary, MeetingId, Member(4), " ", book.Now), "Q3", RefusalCode.InvalidInput);
        book.Do(a => a.RefuseLeave(g, Secretary, MeetingId, Member(4), "培训可改期，请参会", book.Now));
        Assert.Equal("培训可改期，请参会", book.State.LeaveOf(MeetingId).RefusalOf(Member(4))!.Reason);
        AssertRefused(book.State.ApproveLeave(g, Secretary, MeetingId, Member(4), book.Now), "Q3", RefusalCode.LeaveNotRequested);

        book.Do(a => a.RequestLeave(g, MeetingId, Member(4), "培训不能改期", book.Now));
        Assert.True(book.State.LeaveOf(MeetingId).IsPending(Member(4)));
        book.Do(a => a.ApproveLeave(g, Secretary, MeetingId, Member(4), book.Now));
        Assert.True(book.State.LeaveOf(MeetingId).IsApproved(Member(4)));
        AssertRefused(book.State.ApproveLeave(g, Secretary, MeetingId, Member(4), book.Now), "Q3", RefusalCode.LeaveAlreadyRequested);
        AssertRefused(book.State.RefuseLeave(g, Secretary, MeetingId, Member(4), "改变主意", book.Now), "Q3", RefusalCode.LeaveAlreadyRequested);
        AssertRefused(book.State.RequestLeave(g, MeetingId, Member(4), "再请", book.Now), "Q3", RefusalCode.LeaveAlreadyRequested);
    }

    public static TheoryData<string, string, string> Refusals()
    {
        var cases = new TheoryData<string, string, string>();
        foreach (var profile in new[] { A, B })
            foreach (var c in new[]
                     {
                         "request: a meeting never scheduled|MK1|MeetingNotFound",
                         "request: someone outside the group|Q3|NotOnRoster",
                         "request: the recorder, without a vote|Q3|NoVote",
                         "request: no reason|Q3|InvalidInput",
                         "approve: the deputy secretary|Q3|OnlyChair",
                         "approve: the member themself|Q3|OnlyChair",
                         "approve: a member who asked nothing|Q3|LeaveNotRequested",
                         "refuse: the deputy secretary|Q3|OnlyChair",
                         "opinion: leave only asked|V4|NotOnLeave",
                         "opinion: an item of no meeting|V6|ItemNotFound",
                     })
                cases.Add(profile, c.Split('|')[0], c.Split('|')[1] + "|" + c.Split('|')[2]);
        return cases;
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Each_refusal_cites_its_rule_and_appends_nothing_Q3_V4(string profileId, string what, string expected)
    {
        var (book, policy, _) = Notified(profileId);
        var g = book.Group;
        book.Do(a => a.RequestLeave(g, MeetingId, Member(4), "出差", book.Now));
        var before = book.Log.Count;
        var result = what switch
        {
            "request: a meeting never scheduled" => book.State.RequestLeave(g, "another", Member(3), "出差", book.Now),
            "request: someone outside the group" => book.State.RequestLeave(g, MeetingId, "stranger", "出差", book.Now),
            "request: the recorder, without a vote" => book.State.RequestLeave(g, MeetingId, Recorder, "出差", book.Now),
            "request: no reason" => book.State.RequestLeave(g, MeetingId, Member(3), "  ", book.Now),
            "approve: the deputy secretary" => book.State.ApproveLeave(g, Member(1), MeetingId, Member(4), book.Now),
            "approve: the member themself" => book.State.ApproveLeave(g, Member(4), MeetingId, Member(4), book.Now),
            "approve: a member who asked nothing" => book.State.ApproveLeave(g, Secretary, MeetingId, Member(3), book.Now),
            "refuse: the deputy secretary" => book.State.RefuseLeave(g, Member(1), MeetingId, Member(4), "不批", book.Now),
            "opinion: leave only asked" => book.State.SubmitWrittenOpinion(MeetingId, Member(4), policy, "同意", book.Now),
            "opinion: an item of no meeting" => book.State.SubmitWrittenOpinion(MeetingId, Member(4), "nothing", "同意", book.Now),
            _ => throw new ArgumentException(what),
        };
        var parts = expected.Split('|');
        AssertRefused(result, parts[0], Enum.Parse<RefusalCode>(parts[1]));
        Assert.Equal(before, book.Log.Count);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Leave_and_opinions_from_before_come_into_the_meeting_and_its_minutes_and_are_never_counted_Q3_V4(string profileId)
    {
        var (book, policy, canteen) = Notified(profileId);
        var g = book.Group;
        book.Do(a => a.RequestLeave(g, MeetingId, Member(4), "赴省厅参加培训", book.Now));
        book.Do(a => a.ApproveLeave(g, Secretary, MeetingId, Member(4), book.Now));
        book.Do(a => a.SubmitWrittenOpinion(MeetingId, Member(4), policy, "同意，建议增加弹性考勤条款。", book.Now));
        AssertRefused(book.State.SubmitWrittenOpinion(MeetingId, Member(4), policy, "再说一次", book.Now), "V4", RefusalCode.AlreadyStated);
        book.Do(a => a.RequestLeave(g, MeetingId, Member(3), "病假", book.Now)); // asked, never decided

        var started = Accepted(Meeting.Start(g, null, book.State, MeetingId, Secretary, At(9, 0)));
        var meeting = new MeetingBuilder(g, started);
        Assert.True(meeting.State.IsOnApprovedLeave(Member(4)));
        // Q3: once the roll call is posted it is too late to ask; leaving early is 离开会议 (Q7).
        AssertRefused(meeting.Try(m => m.RequestLeave(Member(2), "临时有事", meeting.Now)), "Q3", RefusalCode.LeaveTooLate);
        // V4: the second item's opinion may still come, until its vote closes.
        meeting.Do(m => m.SubmitWrittenOpinion(Member(4), canteen, "同意。", meeting.Now));
        // The request still waiting may be decided at the meeting.
        AssertRefused(meeting.Try(m => m.RefuseLeave(Member(1), Member(3), "不批", meeting.Now)), "Q3", RefusalCode.OnlyChair);
        meeting.Do(m => m.RefuseLeave(Secretary, Member(3), "会议重要，请参会", meeting.Now));
        AssertRefused(meeting.Try(m => m.ApproveLeave(Secretary, Member(3), meeting.Now)), "Q3", RefusalCode.LeaveNotRequested);

        meeting.CheckInVoting(3).Open(policy).VoteAll(policy, 3, 0, 0);
        var tally = meeting.Close(policy).Tally;
        Assert.Equal((3, 3), (tally.Yes, tally.Yes + tally.No + tally.Abstain));
        meeting.Open(canteen).VoteAll(canteen, 3, 0, 0);
        meeting.Close(canteen);
        meeting.End();

        var minutes = MeetingMinutes.Draft(meeting.State);
        Assert.Equal([("陈静", "赴省厅参加培训")], minutes.LeaveReasons.Select(l => (l.Name, l.Text)));
        Assert.Equal(["刘洋"], minutes.Absent);
        Assert.Equal(["同意，建议增加弹性考勤条款。"], minutes.Items[0].WrittenOpinions!.Select(o => o.Text));
        Assert.Equal(["同意。"], minutes.Items[1].WrittenOpinions!.Select(o => o.Text));
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void A_refused_leave_is_no_leave_at_the_meeting_Q3(string profileId)
    {
        var (book, _, _) = Notified(profileId);
        var g = book.Group;
        book.Do(a => a.RequestLeave(g, MeetingId, Member(4), "出差", book.Now));
        book.Do(a => a.RefuseLeave(g, Secretary, MeetingId, Member(4), "请参会", book.Now));
        var meeting = new MeetingBuilder(g, Accepted(Meeting.Start(g, null, book.State, MeetingId, Secretary, At(9, 0))));
        Assert.False(meeting.State.IsOnApprovedLeave(Member(4)));
        Assert.Empty(meeting.State.LeaveRequests);
        AssertRefused(meeting.Try(m => m.ApproveLeave(Secretary, Member(4), meeting.Now)), "Q3", RefusalCode.LeaveNotRequested);
    }
}
