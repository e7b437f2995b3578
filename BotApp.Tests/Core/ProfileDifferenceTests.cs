using PartyGroupBot.Core;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Profiles;
using PartyGroupBot.Core.Rules;
using PartyGroupBot.Core.StudyGroups;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;

namespace PartyGroupBot.Tests.Core;

/// <summary>Each difference in the RULES.md profile table: the same meeting, a different result under A and B.</summary>
[Trait("Category", "Core")]
public class ProfileDifferenceTests
{
    private static AgendaItem DisciplineItem => new("discipline", "关于给予某党员党内警告处分的议题", VotingMethod.Secret, ItemCategory.Discipline);
    private static AgendaItem FinanceItem => new("finance", "关于购置办公设备的议题", VotingMethod.Recorded, ItemCategory.Finance);

    // 6 members, 3 present: ½ is met, ⅔ (4) is not. A: discipline needs ½ only; B: ⅔ (B18(4)).
    [Theory]
    [InlineData(A, true)]
    [InlineData(B, false)]
    public void Discipline_item_needs_two_thirds_only_in_profile_B_Q2(string profileId, bool opens)
    {
        var meeting = new MeetingBuilder(profileId, 6, DisciplineItem).CheckInVoting(3);
        var result = meeting.Try(m => m.OpenVote(Secretary, "discipline", meeting.Now));
        if (opens) AssertAccepted(result);
        else AssertRefused(result, "Q2", RefusalCode.ItemQuorumNotMet);
    }

    // 5 members: 3 yes, 2 no on a finance item is close (|3 − 2| ≤ 1). A defers (V8); B decides by majority.
    [Theory]
    [InlineData(A, VoteOutcome.Deferred)]
    [InlineData(B, VoteOutcome.Passed)]
    public void Close_vote_on_important_item_is_deferred_only_in_profile_A_V8(string profileId, VoteOutcome expected)
    {
        var meeting = new MeetingBuilder(profileId, 5, FinanceItem).CheckInVoting(5).Open("finance");
        meeting.VoteAll("finance", 3, 2, 0);
        Assert.Equal(expected, meeting.Close("finance").Tally.Outcome);
    }

    // A purchase of 10,000 yuan: a finance item under A (≥ 3,000), not under B (≥ 50,000).
    [Theory]
    [InlineData(A, 2_999, ItemCategory.Policy)]
    [InlineData(A, 3_000, ItemCategory.Finance)]
    [InlineData(A, 10_000, ItemCategory.Finance)]
    [InlineData(B, 10_000, ItemCategory.Policy)]
    [InlineData(B, 49_999, ItemCategory.Policy)]
    [InlineData(B, 50_000, ItemCategory.Finance)]
    public void Finance_threshold_differs_per_profile_AG7(string profileId, int yuan, ItemCategory expected)
    {
        var profile = RuleProfiles.Get(profileId);
        Assert.Equal(expected, profile.CategoryFor(ItemCategory.Policy, yuan));
        Assert.Equal(expected == ItemCategory.Finance, profile.IsFinanceItem(yuan));
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void A_sum_of_money_does_not_turn_a_personnel_item_into_finance_AG7(string profileId) =>
        Assert.Equal(ItemCategory.Appointment, RuleProfiles.Get(profileId).CategoryFor(ItemCategory.Appointment, 1_000_000));

    // Study group cadence (MK3, PD1): a session every month in both; B22(1) adds a seminar every two months.
    [Theory]
    [InlineData(A, new int[0])]
    [InlineData(B, new[] { 2, 4, 6, 8, 10, 12 })]
    public void Study_group_holds_a_seminar_every_two_months_only_in_profile_B_PD1(string profileId, int[] seminarMonths)
    {
        var sessions = StudyGroup.SessionsDue(RuleProfiles.Get(profileId), 2025);

        Assert.Equal(Enumerable.Range(1, 12), sessions.Select(s => s.Month));
        Assert.Equal(seminarMonths, sessions.Where(s => s.IsSeminar).Select(s => s.Month));
    }

    // AG3 (B18(2)(3)): an administrative topic without the director's consent is approved under A, refused under B.
    [Theory]
    [InlineData(A, true)]
    [InlineData(B, false)]
    public void Administrative_topic_needs_the_directors_consent_only_in_profile_B_AG3(string profileId, bool approved)
    {
        var book = new AgendaTests.Book(AgendaTests.Group(profileId));
        var id = book.Propose(Member(3), new TopicProposal("关于调整科室职责的议题", ItemCategory.Policy, VotingMethod.Recorded,
            Administrative: true));

        var result = book.State.Approve(book.Group, Secretary, id, book.Now);

        if (approved) AssertAccepted(result);
        else AssertRefused(result, "AG3", RefusalCode.DirectorConsentNeeded);
    }

    // AG5 (A13(2)): a personnel topic is notified to the liaison when scheduled under A, not under B; and without a
    // liaison on the roster A refuses to schedule it while B schedules it.
    [Theory]
    [InlineData(A, true)]
    [InlineData(B, false)]
    public void Major_topic_is_notified_to_the_discipline_liaison_only_in_profile_A_AG5(string profileId, bool notified)
    {
        var personnel = new TopicProposal("关于推荐科级干部人选的议题", ItemCategory.Appointment, VotingMethod.Secret, CandidateNames: ["李四"]);
        var book = new AgendaTests.Book(AgendaTests.Group(profileId));
        var id = book.Approved(personnel);
        Assert.Equal(notified, book.Schedule(id).OfType<LiaisonNotified>().Any(n => n.ItemId == id));

        var noLiaison = new AgendaTests.Book(AgendaTests.Group(profileId, liaison: false));
        var plan = new MeetingPlan(MeetingId, new DateOnly(2025, 3, 14), new TimeOnly(9, 0), "三楼会议室", [noLiaison.Approved(personnel)]);
        var result = noLiaison.State.Schedule(noLiaison.Group, Secretary, plan, noLiaison.Now);
        if (notified) AssertRefused(result, "AG5", RefusalCode.LiaisonNotNotified);
        else AssertAccepted(result);
    }
}
