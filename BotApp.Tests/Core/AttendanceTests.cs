using PartyGroupBot.Core;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Rules;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;
using MeetingMinutes = PartyGroupBot.Core.Minutes.Minutes;

namespace PartyGroupBot.Tests.Core;

/// <summary>Q3 leave (请假) and absence (缺席), Q5 observers (列席), Q7 late arrival, leaving early and per-item presence.</summary>
[Trait("Category", "Core")]
public class AttendanceTests
{
    private static AgendaItem PolicyItem => new("policy", "关于2025年度工作要点的议题", VotingMethod.Recorded, ItemCategory.Policy);
    private static AgendaItem OtherItem => new("other", "关于机关食堂管理的议题", VotingMethod.Hands, ItemCategory.Other);
    private static AgendaItem PersonnelItem => new("personnel", "关于推荐科级干部人选的议题", VotingMethod.Recorded, ItemCategory.Appointment);

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Leave_asked_before_the_meeting_is_approved_at_it_by_the_secretary_Q3(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, PolicyItem).OnLeave(Member(4), "外出开会", approved: false);

        AssertRefused(meeting.Try(m => m.ApproveLeave(Member(1), Member(4), meeting.Now)), "Q3", RefusalCode.OnlyChair);
        AssertRefused(meeting.Try(m => m.ApproveLeave(Secretary, Member(3), meeting.Now)), "Q3", RefusalCode.LeaveNotRequested);
        meeting.Do(m => m.ApproveLeave(Secretary, Member(4), meeting.Now));
        AssertRefused(meeting.Try(m => m.ApproveLeave(Secretary, Member(4), meeting.Now)), "Q3", RefusalCode.LeaveAlreadyRequested);
        AssertRefused(meeting.Try(m => m.RequestLeave(Member(4), "再请", meeting.Now)), "Q3", RefusalCode.LeaveTooLate);

        Assert.True(meeting.State.IsOnApprovedLeave(Member(4)));
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Leave_once_the_roll_call_is_posted_is_refused_Q3(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, PolicyItem, OtherItem);
        AssertRefused(meeting.Try(m => m.RequestLeave(Member(4), "会前未请", meeting.Now)), "Q3", RefusalCode.LeaveTooLate);
        meeting.CheckInVoting(3);

        AssertRefused(meeting.Try(m => m.RequestLeave(Member(1), "临时有事", meeting.Now)), "Q3", RefusalCode.LeaveTooLate);
        AssertRefused(meeting.Try(m => m.RequestLeave(Recorder, "无表决权", meeting.Now)), "Q3", RefusalCode.NoVote);
        meeting.Open("policy");
        AssertRefused(meeting.Try(m => m.RequestLeave(Member(4), "会中请假", meeting.Now)), "Q3", RefusalCode.LeaveTooLate);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Absent_without_leave_is_recorded_apart_from_leave_Q3(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, PolicyItem).OnLeave(Member(3))
            .OnLeave(Member(4), "病假", approved: false); // requested, never approved
        meeting.CheckInVoting(3).End();

        var state = meeting.State;
        Assert.Equal([Member(3)], state.OnLeave.Select(v => v.Id));
        Assert.Equal([Member(4)], state.AbsentWithoutLeave.Select(v => v.Id));
        var minutes = MeetingMinutes.Draft(state);
        Assert.Equal(["陈静"], minutes.Absent);
        Assert.Equal(["刘洋"], minutes.OnLeave!);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void A_member_who_left_early_no_longer_votes_or_counts_Q7(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, PolicyItem, OtherItem).CheckInVoting(3);
        meeting.Open("policy").VoteAll("policy", 3, 0, 0).Close("policy");
        meeting.Do(m => m.Leave(Member(2), meeting.Now));

        Assert.False(meeting.State.IsPresent(Member(2)));
        // 2 of 5 left: below ⌈5/2⌉ = 3, so the next item cannot open (Q1 per item).
        AssertRefused(meeting.Try(m => m.OpenVote(Secretary, "other", meeting.Now)), "Q1", RefusalCode.NoQuorum);
        AssertRefused(meeting.Try(m => m.Leave(Member(2), meeting.Now)), "Q7", RefusalCode.NotPresent);

        meeting.CheckIn(Member(3)).Open("other");
        AssertRefused(meeting.Try(m => m.CastBallot(Member(2), "other", VoteChoice.Yes, meeting.Now)), "Q7", RefusalCode.NotPresent);
        Assert.Equal([Member(1), Member(3), Secretary], meeting.State.Item("other")!.Presence.Order(StringComparer.Ordinal));
        Assert.Equal([Member(1), Member(2), Secretary], meeting.State.Item("policy")!.Presence.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Leaving_and_returning_is_recorded_in_the_minutes_Q7(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, PolicyItem).CheckInVoting(4);
        meeting.Do(m => m.Leave(Member(3), meeting.Now));
        meeting.Do(m => m.Leave(Member(2), meeting.Now));
        meeting.CheckIn(Member(2)); // back again
        meeting.Open("policy");
        meeting.CheckIn(Member(4)); // late, during the vote
        Assert.Contains(Member(4), meeting.State.Item("policy")!.Presence);
        meeting.VoteAll("policy", 4, 0, 0).Close("policy");
        meeting.End();

        var minutes = MeetingMinutes.Draft(meeting.State);
        Assert.Equal(5, minutes.Present.Count);
        Assert.NotNull(minutes.Present.Single(p => p.Name == "刘洋").LeftAt);
        Assert.Null(minutes.Present.Single(p => p.Name == "张敏").LeftAt);
        Assert.Empty(minutes.Absent);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Observers_are_designated_by_the_convener_and_never_vote_or_count_Q5(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, PersonnelItem).CheckInVoting(3);
        AssertRefused(meeting.Try(m => m.DesignateObserver(Member(1), "guest", "钱副局长", meeting.Now)), "Q5", RefusalCode.OnlyChair);
        AssertRefused(meeting.Try(m => m.DesignateObserver(Secretary, Member(4), "刘洋", meeting.Now)), "Q5", RefusalCode.AlreadyOnRoster);
        meeting.Do(m => m.DesignateObserver(Secretary, "guest", "钱副局长", meeting.Now));
        meeting.CheckIn("guest");

        var state = meeting.State;
        Assert.Equal(3, state.VotingMembersPresent);
        Assert.Equal(5, state.VotingMemberCount);
        // 3 voting members of 5 is below ⌈10/3⌉ = 4 whatever the observers: the personnel item cannot open (Q2).
        AssertRefused(meeting.Try(m => m.OpenVote(Secretary, "personnel", meeting.Now)), "Q2", RefusalCode.ItemQuorumNotMet);
        meeting.CheckIn(Member(3)).Open("personnel");
        AssertRefused(meeting.Try(m => m.CastBallot("guest", "personnel", VoteChoice.Yes, meeting.Now)), "V11", RefusalCode.NoVote);
        meeting.VoteAll("personnel", 4, 0, 0).Close("personnel");
        Assert.Equal(4, meeting.State.Item("personnel")!.Tally!.Present);
        meeting.End();
        Assert.Equal(["钱副局长"], MeetingMinutes.Draft(meeting.State).Observers!);
    }
}
