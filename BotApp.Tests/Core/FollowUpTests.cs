using PartyGroupBot.Core;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Profiles;
using PartyGroupBot.Core.Reminders;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;

namespace PartyGroupBot.Tests.Core;

/// <summary>
/// 督办 (IM1, IM2): a decision recorded with an owner and a due date (IM1) is followed up: only its owner reports progress
/// and completion (IM2, A13(10), B18(7)), the office sees what is open and overdue, and the planner stops chasing a
/// completed decision.
/// </summary>
[Trait("Category", "Core")]
public class FollowUpTests
{
    private static readonly DateOnly Due = new(2025, 6, 30);

    /// <summary>A passed item recorded as a decision owned by member2 (IM1). Returns the book and the decision id.</summary>
    private static (AgendaTests.Book Book, string DecisionId) Decided(string profileId)
    {
        var book = new AgendaTests.Book(AgendaTests.Group(profileId));
        var id = book.Approved(new TopicProposal("关于2025年度工作要点的议题", ItemCategory.Policy, VotingMethod.Recorded));
        book.Schedule(id);
        var meeting = new MeetingBuilder(profileId, 5, book.State.ItemsOf(MeetingId).ToArray()).CheckInVoting(5).Open(id);
        meeting.VoteAll(id, 4, 1, 0).Close(id);
        var d = Assert.IsType<DecisionRecorded>(book.Do(a => a.RecordDecision(meeting.State, Secretary, id, null, Member(2), Due, meeting.Now)));
        return (book, d.DecisionId);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Only_the_owner_reports_progress_and_completion_IM2(string profileId)
    {
        var (book, id) = Decided(profileId);

        // IM2: not the secretary, not the office director, not another member: the owner named under IM1.
        foreach (var someone in new[] { Secretary, OfficeDirector, Member(3) })
        {
            AssertRefused(book.State.ReportProgress(someone, id, "已起草方案", book.Now), "IM2", RefusalCode.NotOwner);
            AssertRefused(book.State.Complete(someone, id, book.Now), "IM2", RefusalCode.NotOwner);
        }
        AssertRefused(book.State.ReportProgress(Member(2), "no-such", "已起草方案", book.Now), "IM2", RefusalCode.ItemNotFound);
        AssertRefused(book.State.ReportProgress(Member(2), id, "   ", book.Now), "IM2", RefusalCode.InvalidInput);
        AssertRefused(book.State.ReportProgress(Member(2), id, new string('进', FollowUps.MaxProgressLength + 1), book.Now), "IM2", RefusalCode.InvalidInput);

        var report = Assert.IsType<DecisionProgressReported>(book.Do(a => a.ReportProgress(Member(2), id, "  已起草方案，征求意见中 ", book.Now)));
        Assert.Equal((id, Member(2), "已起草方案，征求意见中"), (report.DecisionId, report.OwnerId, report.Text));
        book.Do(a => a.ReportProgress(Member(2), id, "已印发", book.Now));
        Assert.Equal(["已起草方案，征求意见中", "已印发"], book.State.ProgressOf(id).Select(p => p.Text));
        Assert.Equal([id], book.State.OpenDecisions().Select(d => d.DecisionId));

        var done = Assert.IsType<DecisionCompleted>(book.Do(a => a.Complete(Member(2), id, book.Now)));
        Assert.Equal(done, book.State.CompletionOf(id));
        Assert.Empty(book.State.OpenDecisions());

        // IM2: completed once; nothing more to report on it.
        AssertRefused(book.State.Complete(Member(2), id, book.Now), "IM2", RefusalCode.AlreadyStated);
        AssertRefused(book.State.ReportProgress(Member(2), id, "补充", book.Now), "IM2", RefusalCode.AlreadyStated);
    }

    [Fact]
    public void A_decision_changed_by_a_later_item_is_followed_up_through_the_new_one_IM1_IM2()
    {
        var (book, first) = Decided(A);
        var change = book.Approved(new TopicProposal("关于调整工作要点的议题", ItemCategory.Policy, VotingMethod.Recorded, AmendsDecisionId: first));
        var meeting = new MeetingBuilder(A, 5, book.State.Topic(change)!.ToAgendaItem()).CheckInVoting(5).Open(change);
        meeting.VoteAll(change, 5, 0, 0).Close(change);
        var second = Assert.IsType<DecisionRecorded>(book.Do(a => a.RecordDecision(meeting.State, Secretary, change, null, Member(3), Due, meeting.Now)));

        AssertRefused(book.State.ReportProgress(Member(2), first, "按原决定推进", book.Now), "IM1", RefusalCode.Superseded);
        AssertRefused(book.State.Complete(Member(2), first, book.Now), "IM1", RefusalCode.Superseded);
        Assert.Equal([second.DecisionId], book.State.OpenDecisions().Select(d => d.DecisionId));
        Assert.Equal([second.DecisionId], book.State.Tracked().Select(d => d.Id));
    }

    [Fact]
    public void Overdue_from_the_day_after_the_due_date_IM2()
    {
        var (book, id) = Decided(A);
        var d = book.State.Decision(id)!;
        Assert.False(FollowUps.IsOverdue(d, Due));
        Assert.True(FollowUps.IsOverdue(d, Due.AddDays(1)));
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void The_planner_chases_an_open_decision_and_stops_once_it_is_completed_IM2(string profileId)
    {
        var (book, id) = Decided(profileId);
        var profile = RuleProfiles.Get(profileId);
        var (after, until) = (new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2025, 8, 1, 0, 0, 0, TimeSpan.FromHours(8)));
        IReadOnlyList<Reminder> Chased() => ReminderPlanner.Between(new GroupCalendar(profile, [], book.State.Tracked()), after, until)
            .Where(r => r.SubjectId == id).ToList();

        // Open: a warning to the owner, then after the due date the owner and the office director, round after round (IM2).
        var open = Chased();
        Assert.Contains(open, r => r.Kind == ReminderKind.DecisionDueSoon && r.To.Key == $"person:{Member(2)}");
        Assert.Contains(open, r => r.Kind == ReminderKind.DecisionOverdue && r.To.Key == "role:officeDirector");
        var lastBefore = open.Where(r => r.DueAt < new DateTimeOffset(2025, 7, 10, 0, 0, 0, TimeSpan.FromHours(8))).ToList();

        // Completed on 9 July: the rounds up to then stand (planned the same again), none after.
        var completedAt = new DateTimeOffset(2025, 7, 9, 15, 0, 0, TimeSpan.FromHours(8));
        book.Do(a => a.Complete(Member(2), id, completedAt));
        var closed = Chased();
        Assert.Equal(lastBefore, closed);
        Assert.DoesNotContain(closed, r => r.DueAt > completedAt);
        Assert.Equal(completedAt, Assert.Single(book.State.Tracked()).CompletedAt);
    }
}
