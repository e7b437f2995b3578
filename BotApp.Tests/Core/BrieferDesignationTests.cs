using PartyGroupBot.Core;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Minutes;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;
using MeetingMinutes = PartyGroupBot.Core.Minutes.Minutes;

namespace PartyGroupBot.Tests.Core;

/// <summary>
/// MN5 in Core: who briefs absent members is the chair's designation, appended; and the minutes' fuller record:
/// late arrivals and those who came after leave (Q3, Q7), leave reasons, and each decision's owner and due date (IM1).
/// </summary>
[Trait("Category", "Core")]
public class BrieferDesignationTests
{
    private static AgendaItem Budget => new("budget", "审议2025年度部门预算", VotingMethod.Recorded, ItemCategory.Finance);

    /// <summary>5 voting members: member3 (刘洋) on leave, member4 (陈静) absent without leave.</summary>
    private static MeetingBuilder Held()
    {
        var meeting = new MeetingBuilder(A, 5, Budget);
        meeting.OnLeave(Member(3), "赴省厅参加培训");
        meeting.CheckIn(Secretary, Recorder, Member(1), Member(2));
        meeting.Open("budget").Vote("budget", Member(1), VoteChoice.Yes).Vote("budget", Member(2), VoteChoice.Yes)
            .Vote("budget", Secretary, VoteChoice.Yes);
        meeting.Close("budget");
        return meeting.End();
    }

    [Fact]
    public void MN5_only_the_chair_designates_a_voting_member_who_attended_and_the_latest_designation_stands()
    {
        var meeting = Held();
        AssertRefused(meeting.Try(m => m.DesignateBriefer(Member(1), Member(2), meeting.Now)), "MN5", RefusalCode.OnlyChair);
        AssertRefused(meeting.Try(m => m.DesignateBriefer(Secretary, Member(4), meeting.Now)), "MN5", RefusalCode.InvalidChoice);
        AssertRefused(meeting.Try(m => m.DesignateBriefer(Secretary, Recorder, meeting.Now)), "MN5", RefusalCode.InvalidChoice);
        AssertRefused(meeting.Try(m => m.DesignateBriefer(Secretary, "nobody", meeting.Now)), "MN5", RefusalCode.InvalidChoice);

        meeting.Do(m => m.DesignateBriefer(Secretary, Member(1), meeting.Now));
        meeting.Do(m => m.DesignateBriefer(Secretary, Member(2), meeting.Now));
        Assert.Equal(2, meeting.Log.OfType<BrieferDesignated>().Count());
        Assert.Equal(Member(2), meeting.State.Briefer!.MemberId);
        Assert.Equal(new[] { Member(4), Member(3) }, meeting.State.ToBeBriefed().Select(m => m.Id));

        meeting.Do(m => m.SignMinutes(Secretary, meeting.Now));
        var minutes = MeetingMinutes.Draft(meeting.State);
        Assert.Equal("张敏", Briefing.From(minutes).Briefer);
        AssertRefused(meeting.Try(m => m.DesignateBriefer(Secretary, Member(1), meeting.Now)), "MN5", RefusalCode.MinutesAlreadySigned);
    }

    [Fact]
    public void MN5_with_nobody_absent_there_is_nobody_to_designate()
    {
        var meeting = new MeetingBuilder(A, 3, Budget);
        meeting.CheckIn(Secretary, Member(1), Member(2));
        AssertRefused(meeting.Try(m => m.DesignateBriefer(Secretary, Member(1), meeting.Now)), "MN5", RefusalCode.InvalidInput);
    }

    [Fact]
    public void Q3_Q7_IM1_the_minutes_mark_late_arrivals_leave_reasons_and_decisions_with_owner_and_due_date()
    {
        // Six voting members, so three open the vote (Q1).
        var meeting = new MeetingBuilder(A, 6, Budget);
        meeting.OnLeave(Member(3), "赴省厅参加培训").OnLeave(Member(4), "病假");
        meeting.CheckIn(Secretary, Member(1), Member(5), Recorder);
        meeting.Open("budget");
        // Checked in after the vote opened: late; member3 came after their leave.
        meeting.CheckIn(Member(2), Member(3));
        meeting.Vote("budget", Member(1), VoteChoice.Yes).Vote("budget", Member(2), VoteChoice.Yes)
            .Vote("budget", Member(3), VoteChoice.No).Vote("budget", Member(5), VoteChoice.Yes).Vote("budget", Secretary, VoteChoice.Yes);
        meeting.Close("budget");
        meeting.End();
        var state = meeting.State;
        var decision = new DecisionRecorded(meeting.Now, $"{MeetingId}/budget", MeetingId, "budget", null, Budget.Title,
            Member(1), new DateOnly(2025, 6, 30), Secretary);
        var elsewhere = decision with { DecisionId = "other/budget", MeetingId = "other" };

        var minutes = MeetingMinutes.Draft(state, [decision, elsewhere]);

        var present = minutes.Present.ToDictionary(p => p.Name);
        Assert.False(present["王建国"].Late);
        Assert.True(present["张敏"].Late);
        Assert.Null(present["张敏"].LeaveReason);
        Assert.Equal("赴省厅参加培训", present["刘洋"].LeaveReason);
        Assert.Equal(new[] { new NamedStatement("陈静", "病假") }, minutes.LeaveReasons);
        Assert.Equal(new[] { new DecisionMinutes(null, "李华", new DateOnly(2025, 6, 30)) }, minutes.Items.Single().Decisions);
        Assert.Equal(ItemCategory.Finance, minutes.Items.Single().Category);
        Assert.Equal(new[] { "冯雪" }, minutes.Recorders);
    }
}
