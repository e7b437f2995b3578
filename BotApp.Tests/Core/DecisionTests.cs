using PartyGroupBot.Core;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Meetings;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;

namespace PartyGroupBot.Tests.Core;

/// <summary>IM1 (A13(9), B18(7)): each passed item becomes a decision with an owner and a due date; a change needs a new item.</summary>
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
}
