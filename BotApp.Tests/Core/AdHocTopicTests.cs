using PartyGroupBot.Core;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Meetings;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;

namespace PartyGroupBot.Tests.Core;

/// <summary>AG4 "原则上": a topic that arises on the day is an exception the secretary allows, with its reason recorded, and
/// every category rule applies to it (Q2, V7, V8); in profile A a 三重一大 topic is never ad hoc (AG5).</summary>
[Trait("Category", "Core")]
public class AdHocTopicTests
{
    private static TopicProposal Policy(string? reason) =>
        new("关于防汛值班安排的议题", ItemCategory.Policy, VotingMethod.Hands) { AdHocReason = reason };

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Ad_hoc_topic_needs_its_reason_AG4(string profileId)
    {
        var book = new AgendaTests.Book(AgendaTests.Group(profileId));
        AssertRefused(book.State.Propose(book.Group, Member(3), Policy(" "), book.Now), "AG4", RefusalCode.AdHocReasonRequired);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Secretarys_own_ad_hoc_topic_is_approved_as_proposed_a_members_waits_AG4(string profileId)
    {
        var book = new AgendaTests.Book(AgendaTests.Group(profileId));
        var own = book.Propose(Secretary, Policy("汛情突发，须当天明确值班"));
        var members = book.Propose(Member(3), Policy("汛情突发"));

        Assert.Equal(TopicStatus.Approved, book.State.Topic(own)!.Status);
        Assert.Equal(TopicStatus.Proposed, book.State.Topic(members)!.Status);
        Assert.Equal("汛情突发，须当天明确值班", book.State.Topic(own)!.ToAgendaItem().AdHocReason);
    }

    [Theory]
    [InlineData(A, ItemCategory.Appointment, false, true)]
    [InlineData(A, ItemCategory.Nomination, false, true)]
    [InlineData(A, ItemCategory.Finance, false, true)]
    [InlineData(A, ItemCategory.Policy, true, true)]
    [InlineData(A, ItemCategory.Rewards, false, false)]
    [InlineData(B, ItemCategory.Appointment, false, false)]
    public void Major_topic_is_never_ad_hoc_in_profile_A_AG5(string profileId, ItemCategory category, bool important, bool refused)
    {
        var book = new AgendaTests.Book(AgendaTests.Group(profileId));
        var proposal = new TopicProposal("关于任命张三同志的议题", category, VotingMethod.Secret, Important: important,
            CandidateNames: category.IsAboutPeople() ? ["张三"] : null) { AdHocReason = "上级通知当天报送" };

        var result = book.State.Propose(book.Group, Secretary, proposal, book.Now);

        if (refused) AssertRefused(result, "AG5", RefusalCode.MajorItemNotAdHoc);
        else AssertAccepted(result);
    }

    [Fact]
    public void Ad_hoc_appointment_keeps_every_category_rule_Q2_V7()
    {
        // The bug: "关于任命张三…" typed into the start form passed with 9 members and 5 present.
        var book = new AgendaTests.Book(AgendaTests.Group(B));
        var id = book.Propose(Secretary, new TopicProposal("关于任命张三同志的议题", ItemCategory.Appointment, VotingMethod.Secret,
            CandidateNames: ["张三"]) { AdHocReason = "上级通知当天报送" });
        var item = book.State.Topic(id)!.ToAgendaItem();

        Assert.Equal([new Candidate("c1", "张三")], item.Candidates);
        var meeting = new MeetingBuilder(B, 9, new AgendaItem("p", "议题", VotingMethod.Oral)).CheckInVoting(5);
        meeting.Do(m => m.AddItem(Secretary, item, item.AdHocReason!, meeting.Now));
        AssertRefused(meeting.Try(m => m.OpenVote(Secretary, id, meeting.Now)), "Q2", RefusalCode.ItemQuorumNotMet);
        Assert.Equal("上级通知当天报送", PartyGroupBot.Core.Minutes.Minutes.Draft(meeting.State).Items[1].AdHocReason);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Approved_ad_hoc_topic_is_taken_up_once_AG4(string profileId)
    {
        var book = new AgendaTests.Book(AgendaTests.Group(profileId));
        var id = book.Propose(Secretary, Policy("汛情突发"));
        book.Do(a => a.TakeUp(id, "today", book.Now));

        Assert.Equal((TopicStatus.Scheduled, "today"), (book.State.Topic(id)!.Status, book.State.Topic(id)!.MeetingId));
        AssertRefused(book.State.TakeUp(id, "other", book.Now), "AG4", RefusalCode.ItemNotApproved);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Unscheduled_meeting_starts_today_with_approved_topics_only_AG4(string profileId)
    {
        var book = new AgendaTests.Book(AgendaTests.Group(profileId));
        var approved = book.Approved(new TopicProposal("关于2025年度工作要点的议题", ItemCategory.Policy, VotingMethod.Recorded));
        var proposed = book.Propose(Member(3), new TopicProposal("关于购置办公设备的议题", ItemCategory.Other, VotingMethod.Hands));
        var now = At(10, 30);

        AssertRefused(book.State.ScheduleNow(book.Group, Secretary, "m-now", [proposed], now), "AG4", RefusalCode.ItemNotApproved);
        var planned = Assert.IsType<MeetingScheduled>(book.Do(a => a.ScheduleNow(book.Group, Secretary, "m-now", [approved], now))[0]);
        Assert.Equal((new DateOnly(2025, 3, 14), new TimeOnly(10, 30)), (planned.Date, planned.Time));
        AssertAccepted(Meeting.Start(book.Group, null, book.State, "m-now", Secretary, now));
    }
}
