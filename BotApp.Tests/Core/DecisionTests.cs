using PartyGroupBot.Core;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Meetings;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;

namespace PartyGroupBot.Tests.Core;

/// <summary>
/// IM: implementation. IM1 (A13(9), B18(7)): each passed item becomes a decision with an owner and a due date; a change
/// needs a new item. IM3 (A13(7)): a matter from a higher level goes on the agenda when it needs collective study, else
/// it is circulated in writing with the secretary's consent. IM2 (progress, follow-up, chasing) is the reminder planner's:
/// see BotApp.Tests/Reminders (PlannerYearProfileATests, PlannerYearProfileBTests, ReminderDeliveryTests).
/// </summary>
[Trait("Category", "Core")]
public class DecisionTests
{
    private static readonly DateOnly Due = new(2025, 6, 30);

    private static (AgendaTests.Book Book, MeetingBuilder Meeting) Voted(string profileId, int yes, string? amends = null)
    {
        var book = new AgendaTests.Book(AgendaTests.Group(profileId));
        var id = book.Approved(new TopicProposal("关于2025年度工作要点的议题", ItemCategory.Policy, VotingMethod.Recorded,
            AmendsDecisionId: amends));
        book.Schedule(id);
        var items = book.State.ItemsOf(MeetingId).ToArray();
        var meeting = new MeetingBuilder(profileId, 5, items).CheckInVoting(5).Open(id);
        meeting.VoteAll(id, yes, 5 - yes, 0).Close(id);
        return (book, meeting);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Passed_item_becomes_a_decision_with_owner_and_due_date_IM1(string profileId)
    {
        var (book, meeting) = Voted(profileId, yes: 4);
        var item = meeting.State.Items.Single().Item.Id;

        AssertRefused(book.State.RecordDecision(meeting.State, Member(1), item, null, Member(2), Due, meeting.Now),
            "IM1", RefusalCode.OnlySecretaryDecides);
        AssertRefused(book.State.RecordDecision(meeting.State, Secretary, item, null, "stranger", Due, meeting.Now),
            "IM1", RefusalCode.NotOnRoster);
        var d = Assert.IsType<DecisionRecorded>(book.Do(a => a.RecordDecision(meeting.State, OfficeDirector, item, null, Member(2), Due, meeting.Now)));

        Assert.Equal((Member(2), Due), (d.OwnerId, d.Due));
        Assert.Equal(d, Assert.Single(book.State.Decisions));
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Failed_item_is_no_decision_IM1(string profileId)
    {
        var (book, meeting) = Voted(profileId, yes: 2);
        var item = meeting.State.Items.Single().Item.Id;
        AssertRefused(book.State.RecordDecision(meeting.State, Secretary, item, null, Member(2), Due, meeting.Now),
            "IM1", RefusalCode.ItemNotPassed);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void A_decision_changes_only_through_a_new_item_IM1(string profileId)
    {
        var (book, meeting) = Voted(profileId, yes: 4);
        var item = meeting.State.Items.Single().Item.Id;
        var first = Assert.IsType<DecisionRecorded>(book.Do(a => a.RecordDecision(meeting.State, Secretary, item, null, Member(2), Due, meeting.Now)));

        // Recording it again, say with another owner or date, is refused: the decision is final.
        AssertRefused(book.State.RecordDecision(meeting.State, Secretary, item, null, Member(3), Due.AddDays(30), meeting.Now),
            "IM1", RefusalCode.DecisionIsFinal);
        // A new item naming the decision may change it; its own decision supersedes the first.
        AssertRefused(book.State.Propose(book.Group, Member(3),
            new TopicProposal("关于调整工作要点的议题", ItemCategory.Policy, VotingMethod.Recorded, AmendsDecisionId: "no-such"), book.Now),
            "IM1", RefusalCode.InvalidInput);
        var change = book.Propose(Member(3), new TopicProposal("关于调整工作要点的议题", ItemCategory.Policy, VotingMethod.Recorded,
            AmendsDecisionId: first.DecisionId));
        Assert.Equal(first.DecisionId, book.State.Topic(change)!.Proposed.AmendsDecisionId);
        var changed = new MeetingBuilder(profileId, 5, book.State.Topic(change)!.ToAgendaItem()).CheckInVoting(5).Open(change);
        changed.VoteAll(change, 5, 0, 0).Close(change);
        var second = Assert.IsType<DecisionRecorded>(book.Do(a => a.RecordDecision(changed.State, Secretary, change, null, Member(3), Due, changed.Now)));

        Assert.Equal(first.DecisionId, second.SupersedesDecisionId);
        Assert.Equal(second.DecisionId, book.State.SupersededBy(first.DecisionId));
    }

    private static TopicProposal HigherLevel => new("传达学习省委全会精神", ItemCategory.PartyBuilding, VotingMethod.Oral,
        FromHigherLevel: true);

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Higher_level_matter_is_circulated_in_writing_only_with_the_secretarys_consent_IM3(string profileId)
    {
        var book = new AgendaTests.Book(AgendaTests.Group(profileId));
        var id = book.Propose(Member(3), HigherLevel);
        Assert.True(book.State.Topic(id)!.Proposed.FromHigherLevel);

        // IM3: nobody but the secretary consents to circulating it, the deputy secretary and the office director included.
        AssertRefused(book.State.CirculateInWriting(book.Group, Member(1), id, book.Now), "IM3", RefusalCode.OnlySecretaryDecides);
        AssertRefused(book.State.CirculateInWriting(book.Group, OfficeDirector, id, book.Now), "IM3", RefusalCode.OnlySecretaryDecides);
        var circulated = Assert.IsType<ItemCirculated>(book.Do(a => a.CirculateInWriting(book.Group, Secretary, id, book.Now)));

        var topic = book.State.Topic(id)!;
        Assert.Equal(TopicStatus.Circulated, topic.Status); // IM3: circulated, not on the agenda
        Assert.Equal(circulated, topic.Circulated);
        // Circulated in writing, it is never put on a meeting (AG4) nor decided again (AG1).
        var plan = new MeetingPlan(MeetingId, new DateOnly(2025, 3, 14), new TimeOnly(9, 0), "三楼会议室", [id]);
        AssertRefused(book.State.Schedule(book.Group, Secretary, plan, book.Now), "AG4", RefusalCode.ItemNotApproved);
        AssertRefused(book.State.Approve(book.Group, Secretary, id, book.Now), "AG1", RefusalCode.ItemAlreadyDecided);
        AssertRefused(book.State.CirculateInWriting(book.Group, Secretary, id, book.Now), "AG1", RefusalCode.ItemAlreadyDecided);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Higher_level_matter_that_needs_collective_study_goes_on_the_agenda_IM3(string profileId)
    {
        var book = new AgendaTests.Book(AgendaTests.Group(profileId));
        var id = book.Approved(HigherLevel);
        book.Schedule(id);

        Assert.Equal(TopicStatus.Scheduled, book.State.Topic(id)!.Status);
        Assert.Equal([id], book.State.ItemsOf(MeetingId).Select(i => i.Id));
        // IM3: once on the agenda it is studied at the meeting; circulating it instead is no longer open.
        AssertRefused(book.State.CirculateInWriting(book.Group, Secretary, id, book.Now), "AG1", RefusalCode.ItemAlreadyDecided);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Only_a_matter_from_a_higher_level_is_circulated_in_writing_IM3(string profileId)
    {
        var book = new AgendaTests.Book(AgendaTests.Group(profileId));
        var own = book.Propose(Member(3), HigherLevel with { Title = "关于2025年度工作要点的议题", FromHigherLevel = false });

        // IM3: the group's own business is decided at a meeting; the secretary cannot wave it through in writing.
        AssertRefused(book.State.CirculateInWriting(book.Group, Secretary, own, book.Now), "IM3", RefusalCode.InvalidInput);
        AssertRefused(book.State.CirculateInWriting(book.Group, Secretary, "t99", book.Now), "AG1", RefusalCode.ItemNotFound);
        Assert.Equal(TopicStatus.Proposed, book.State.Topic(own)!.Status);
    }
}
