using PartyGroupBot.Core;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Meetings;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;

namespace PartyGroupBot.Tests.Core;

/// <summary>
/// 安排会议 for a democratic life meeting (MK2) or a study session (MK3): scheduled by the secretary with its own topics,
/// never the 议题库's voted topics (AG4) or an emergency decision's report (Q6), and started later as its kind.
/// </summary>
[Trait("Category", "Core")]
public class SessionSchedulingTests
{
    private static MeetingPlan Plan(MeetingKind kind, params string[] topics) =>
        new(MeetingId, new DateOnly(2025, 3, 14), new TimeOnly(9, 0), "三楼会议室", []) { Kind = kind, Topics = topics };

    [Theory]
    [InlineData(MeetingKind.DemocraticLifeMeeting, "MK2")]
    [InlineData(MeetingKind.StudyGroup, "MK3")]
    public void Only_the_secretary_schedules_a_session_and_only_with_its_own_topics_MK2_MK3(MeetingKind kind, string rule)
    {
        var book = new AgendaTests.Book(AgendaTests.Group(A));
        var approved = book.Approved(new TopicProposal("关于2025年度工作要点的议题", ItemCategory.Policy, VotingMethod.Recorded));

        AssertRefused(book.State.Schedule(book.Group, Member(1), Plan(kind, "对照检查"), book.Now), rule, RefusalCode.OnlySecretaryConvenes);
        AssertRefused(book.State.Schedule(book.Group, Secretary, Plan(kind), book.Now), rule, RefusalCode.TopicsRequired);
        AssertRefused(book.State.Schedule(book.Group, Secretary, Plan(kind, " "), book.Now), rule, RefusalCode.TopicsRequired);
        AssertRefused(book.State.Schedule(book.Group, Secretary, Plan(kind, "对照检查") with { ItemIds = [approved] }, book.Now), rule, RefusalCode.ScheduleKindMismatch);

        var scheduled = (MeetingScheduled)Assert.Single(book.Do(a => a.Schedule(book.Group, Secretary, Plan(kind, " 对照检查 ", "相互批评"), book.Now)));
        Assert.Equal((kind, false), (scheduled.Kind, scheduled.IsSeminar));
        Assert.Equal(["对照检查", "相互批评"], scheduled.Topics!);
        Assert.Empty(scheduled.ItemIds);
        // The approved topic waits for a party group meeting.
        Assert.Equal(TopicStatus.Approved, book.State.Topic(approved)!.Status);
    }

    [Fact]
    public void The_seminar_is_a_study_session_and_a_party_group_meeting_takes_no_written_topics_MK1_MK3_B22()
    {
        var book = new AgendaTests.Book(AgendaTests.Group(B));
        AssertRefused(book.State.Schedule(book.Group, Secretary, Plan(MeetingKind.DemocraticLifeMeeting, "对照检查") with { IsSeminar = true }, book.Now),
            "MK2", RefusalCode.ScheduleKindMismatch);
        var approved = book.Approved(new TopicProposal("关于2025年度工作要点的议题", ItemCategory.Policy, VotingMethod.Recorded));
        AssertRefused(book.State.Schedule(book.Group, Secretary, Plan(MeetingKind.PartyGroupMeeting, "对照检查") with { ItemIds = [approved] }, book.Now),
            "MK1", RefusalCode.ScheduleKindMismatch);
        AssertRefused(book.State.Schedule(book.Group, Secretary, Plan(MeetingKind.PartyGroupMeeting) with { ItemIds = [approved], IsSeminar = true }, book.Now),
            "MK1", RefusalCode.ScheduleKindMismatch);

        book.Do(a => a.Schedule(book.Group, Secretary, Plan(MeetingKind.StudyGroup, "交通强国建设专题研讨") with { IsSeminar = true }, book.Now));
        var started = Accepted(Meeting.Start(book.Group, null, book.State, MeetingId, Secretary, At(9, 0)));
        Assert.Equal((MeetingKind.StudyGroup, true, MeetingId), (started.Kind, started.IsSeminar, started.MeetingId));
        var topic = Assert.Single(started.Items);
        Assert.Equal(("交通强国建设专题研讨", VotingMethod.Oral), (topic.Title, topic.Method));
    }

    [Fact]
    public void A_scheduled_democratic_life_meeting_starts_as_one_with_its_topics_and_leaves_emergency_reports_to_the_next_party_group_meeting_MK2_Q6()
    {
        var book = new AgendaTests.Book(AgendaTests.Group(A));
        book.Do(a => a.DecideInEmergency(book.Group, Secretary, "防汛应急物资采购", "同意采购", "汛情紧急", book.Now));
        var report = Assert.Single(book.State.ReportsDue).Id;
        book.Do(a => a.Schedule(book.Group, Secretary, Plan(MeetingKind.DemocraticLifeMeeting, "对照检查", "相互批评"), book.Now));
        Assert.Equal([report], book.State.ReportsDue.Select(t => t.Id));

        var started = Accepted(Meeting.Start(book.Group, null, book.State, MeetingId, Secretary, At(9, 0)));
        Assert.Equal(MeetingKind.DemocraticLifeMeeting, started.Kind);
        Assert.Equal(["对照检查", "相互批评"], started.Items.Select(i => i.Title));
        AssertRefused(Meeting.Start(book.Group, null, book.State, MeetingId, Member(1), At(9, 0)), "MK2", RefusalCode.OnlySecretaryConvenes);
    }
}
