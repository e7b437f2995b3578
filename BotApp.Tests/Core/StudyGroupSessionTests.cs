using PartyGroupBot.Core;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;
using MinutesDraft = PartyGroupBot.Core.Minutes.Minutes;

namespace PartyGroupBot.Tests.Core;

/// <summary>理论学习中心组 (MK3; A12, B22): sessions and the bi-monthly seminar on the meeting engine, with attendance records.</summary>
[Trait("Category", "Core")]
public class StudyGroupSessionTests
{
    private const string Id = "2025-04-study";
    private static readonly AgendaItem[] Topics =
    [
        new("study", "学习习近平新时代中国特色社会主义思想", VotingMethod.Oral),
        new("talk", "交流发言", VotingMethod.Oral),
    ];

    private static MeetingBuilder Start(int votingMembers, bool seminar = false, string profile = B)
    {
        var group = NewGroup(profile, votingMembers);
        return new MeetingBuilder(group, Accepted(Meeting.StartStudySession(group, null, Id, Secretary, Topics, seminar, At(9, 0))));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void MK3_the_secretary_starts_a_study_session_or_the_seminar(bool seminar)
    {
        var started = Accepted(Meeting.StartStudySession(NewGroup(B, 7), null, Id, Secretary, Topics, seminar, At(9, 0)));

        Assert.Equal(MeetingKind.StudyGroup, started.Kind);
        Assert.Equal(seminar, started.IsSeminar);
        Assert.Equal(Secretary, started.ChairId);
        var state = MeetingState.Fold([started]);
        Assert.Equal(MeetingKind.StudyGroup, state.Kind);
        Assert.Equal(seminar, state.IsSeminar);
    }

    [Fact]
    public void MK3_only_the_secretary_convenes_with_topics_and_not_over_an_open_meeting()
    {
        var group = NewGroup(B, 7);
        AssertRefused(Meeting.StartStudySession(group, null, Id, Member(2), Topics, false, At(9, 0)), "MK3", RefusalCode.OnlySecretaryConvenes);
        AssertRefused(Meeting.StartStudySession(group, null, Id, Secretary, [], true, At(9, 0)), "MK3", RefusalCode.NoAgendaItems);
        AssertRefused(Meeting.StartStudySession(group, null, " ", Secretary, Topics, true, At(9, 0)), "MK3", RefusalCode.InvalidInput);
        var open = Start(7).State;
        AssertRefused(Meeting.StartStudySession(group, open, "next", Secretary, Topics, false, At(10, 0)), "MK3", RefusalCode.MeetingNotEnded);
    }

    [Fact]
    public void MK3_a_party_group_meeting_is_never_a_seminar()
    {
        var dangzu = new MeetingBuilder(A, 5, Topics[0]).State;
        Assert.Equal(MeetingKind.PartyGroupMeeting, dangzu.Kind);
        Assert.False(dangzu.IsSeminar);
    }

    [Fact]
    public void MK3_attendance_is_recorded_attended_on_leave_and_absent_without_leave()
    {
        // N = 7: the secretary and member1..member3 on time, member4 late and gone before the end,
        // member5 on approved leave, member6 absent without leave; the office director attends too.
        var session = Start(7, seminar: true).OnLeave(Member(5)).CheckInVoting(4).CheckIn(OfficeDirector);
        session.CheckIn(Member(4));
        var lateAt = session.Log[^1].At;
        session.Do(m => m.Leave(Member(4), session.Now));
        var leftAt = session.Log[^1].At;
        session.Do(m => m.End(Secretary, session.Now));

        var minutes = MinutesDraft.Draft(session.State);
        Assert.Equal(MeetingKind.StudyGroup, minutes.Kind);
        Assert.True(minutes.IsSeminar);
        Assert.Equal(["王建国", "李华", "张敏", "刘洋", "郑晓东", "陈静"], minutes.Present.Select(p => p.Name));
        var late = minutes.Present.Single(p => p.Name == "陈静");
        Assert.Equal(lateAt, late.CheckedInAt);
        Assert.Equal(leftAt, late.LeftAt);
        Assert.Equal(["杨帆"], minutes.OnLeave!);
        Assert.Equal(["赵磊"], minutes.Absent);
        Assert.Equal(Role.OfficeDirector, minutes.Present.Single(p => p.Name == "郑晓东").Role);
    }

    [Fact]
    public void MK3_no_vote_is_needed_to_end_the_session_and_its_minutes_are_signed()
    {
        var session = Start(5).CheckInVoting(3);
        Assert.IsType<MeetingEnded>(session.Do(m => m.End(Secretary, session.Now)));
        Assert.IsType<MinutesSigned>(session.Do(m => m.SignMinutes(Secretary, session.Now)));

        var minutes = MinutesDraft.Draft(session.State);
        Assert.False(minutes.IsSeminar);
        Assert.True(minutes.IsSigned);
        Assert.Equal(2, minutes.Items.Count);
        Assert.All(minutes.Items, i => Assert.Null(i.Tally));
        Assert.Empty(minutes.Rectifications);
        Assert.Empty(minutes.WrittenStatements);
    }

    [Fact]
    public void MK3_only_the_chair_ends_the_session()
    {
        var session = Start(5).CheckInVoting(3);
        AssertRefused(session.Try(m => m.End(Member(1), session.Now)), "MK1", RefusalCode.OnlyChair);
    }

    [Theory]
    [InlineData(5, 1)]
    [InlineData(7, 2)]
    [InlineData(9, 3)]
    public void MK3_a_study_session_has_no_quorum_in_the_rules_only_attendance(int n, int present)
    {
        var state = Start(n).CheckInVoting(present).State;
        Assert.Equal(0, state.RequiredToOpenBusiness());
        Assert.Null(state.CanOpenBusiness());
    }

    [Fact]
    public void MK3_written_statements_and_rectification_belong_to_the_democratic_life_meeting()
    {
        var session = Start(7).CheckInVoting(5);
        AssertRefused(session.Try(m => m.SubmitWrittenStatement(Member(6), "……", session.Now)), "DL4", RefusalCode.InvalidInput);
        AssertRefused(session.Try(m => m.RecordRectification(Secretary, "措施", Member(3), new DateOnly(2025, 6, 30), session.Now)),
            "DL5", RefusalCode.InvalidInput);
    }
}
