using PartyGroupBot.Core;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Minutes;
using PartyGroupBot.Core.Profiles;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;

namespace PartyGroupBot.Tests.Core;

/// <summary>
/// AG: the 议题库 before a meeting. Topics proposed by members and decided by the secretary (AG1), the written notice
/// in advance (AG2), the director's consent (AG3, B), only approved topics on a meeting unless the secretary adds one with a reason (AG4), the liaison
/// notice for 三重一大 (AG5, A), confidential items (AG6), finance by the profile's threshold (AG7).
/// </summary>
[Trait("Category", "Core")]
public class AgendaTests
{
    public const string Director = "director";
    public const string Liaison = "liaison";

    /// <summary>The builder's group plus a director (局长) and a discipline liaison (派驻纪检监察组).</summary>
    public static PartyGroup Group(string profileId, int voting = 5, bool liaison = true)
    {
        var g = NewGroup(profileId, voting);
        List<GroupMember> extra = [new(Director, "局长", Role.Director)];
        if (liaison) extra.Add(new(Liaison, "纪检组", Role.DisciplineLiaison));
        return g with { Members = [.. g.Members, .. extra] };
    }

    /// <summary>An agenda log driven like the bot drives it: each command on the folded state, its events appended.</summary>
    public sealed class Book(PartyGroup group)
    {
        private readonly List<AgendaEvent> _log = [];
        public PartyGroup Group { get; } = group;
        public AgendaState State => AgendaState.Fold(_log);
        public IReadOnlyList<AgendaEvent> Log => _log;
        public DateTimeOffset Now => At(8, 0).AddDays(-7).AddMinutes(_log.Count);

        public T Do<T>(Func<AgendaState, Result<T>> command) where T : class
        {
            var result = command(State);
            Assert.Null(result.Refusal);
            if (result.Value is IEnumerable<AgendaEvent> many) _log.AddRange(many);
            else _log.Add((AgendaEvent)(object)result.Value!);
            return result.Value!;
        }

        public string Propose(string proposerId, TopicProposal p) => Do(a => a.Propose(Group, proposerId, p, Now)).ItemId;

        public string Approved(TopicProposal p, string proposerId = "member3")
        {
            var id = Propose(proposerId, p);
            if (p.Administrative && Group.Profile.DirectorConsentForAdministrativeItems)
                Do(a => a.ConsentAsDirector(Group, Director, id, Now));
            Do(a => a.Approve(Group, Secretary, id, Now));
            return id;
        }

        public IReadOnlyList<AgendaEvent> Schedule(params string[] itemIds) =>
            Do(a => a.Schedule(Group, Secretary,
                new MeetingPlan(MeetingId, new DateOnly(2025, 3, 14), new TimeOnly(9, 0), "三楼会议室", itemIds), Now));
    }

    private static TopicProposal Policy => new("关于2025年度工作要点的议题", ItemCategory.Policy, VotingMethod.Recorded);
    private static TopicProposal Personnel => new("关于推荐科级干部人选的议题", ItemCategory.Appointment, VotingMethod.Secret,
        CandidateNames: ["李四", "王五"]);

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void A_member_proposes_and_the_secretary_approves_or_returns_AG1(string profileId)
    {
        var book = new Book(Group(profileId));
        var approved = book.Propose(Member(3), Policy);
        var returned = book.Propose(Member(4), Policy with { Title = "关于调整办公用房的议题" });

        AssertRefused(book.State.Approve(book.Group, Member(1), approved, book.Now), "AG1", RefusalCode.OnlySecretaryDecides);
        AssertRefused(book.State.Return(book.Group, Secretary, returned, " ", book.Now), "AG1", RefusalCode.InvalidInput);
        book.Do(a => a.Approve(book.Group, Secretary, approved, book.Now));
        book.Do(a => a.Return(book.Group, Secretary, returned, "材料不全，请补充后再报", book.Now));

        Assert.Equal(TopicStatus.Approved, book.State.Topic(approved)!.Status);
        Assert.Equal("材料不全，请补充后再报", book.State.Topic(returned)!.Returned!.Reason);
        AssertRefused(book.State.Approve(book.Group, Secretary, returned, book.Now), "AG1", RefusalCode.ItemAlreadyDecided);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Only_voting_members_propose_topics_AG1(string profileId)
    {
        var book = new Book(Group(profileId));
        AssertRefused(book.State.Propose(book.Group, OfficeDirector, Policy, book.Now), "AG1", RefusalCode.NoVote);
        AssertRefused(book.State.Propose(book.Group, "stranger", Policy, book.Now), "AG1", RefusalCode.NotOnRoster);
        AssertRefused(book.State.Propose(book.Group, Member(1), Policy with { Title = "" }, book.Now), "AG1", RefusalCode.InvalidInput);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Only_approved_topics_are_scheduled_AG4(string profileId)
    {
        var book = new Book(Group(profileId));
        var pending = book.Propose(Member(3), Policy);
        var plan = new MeetingPlan(MeetingId, new DateOnly(2025, 3, 14), new TimeOnly(9, 0), "三楼会议室", [pending]);

        AssertRefused(book.State.Schedule(book.Group, Secretary, plan, book.Now), "AG4", RefusalCode.ItemNotApproved);
        book.Do(a => a.Approve(book.Group, Secretary, pending, book.Now));
        AssertRefused(book.State.Schedule(book.Group, Member(1), plan, book.Now), "MK1", RefusalCode.OnlySecretaryConvenes);
        book.Do(a => a.Schedule(book.Group, Secretary, plan, book.Now));

        var started = Accepted(Meeting.Start(book.Group, null, book.State, MeetingId, Secretary, At(9, 0)));
        Assert.Equal([pending], started.Items.Select(i => i.Id));
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void An_unapproved_item_is_added_only_by_the_secretary_with_a_reason_AG4(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, new AgendaItem("policy", "议题", VotingMethod.Recorded)).CheckInVoting(5);
        var extra = new AgendaItem("extra", "关于防汛值班安排的临时议题", VotingMethod.Hands, ItemCategory.Other);

        AssertRefused(meeting.Try(m => m.AddItem(Member(1), extra, "汛情紧急", meeting.Now)), "AG4", RefusalCode.OnlySecretaryDecides);
        AssertRefused(meeting.Try(m => m.AddItem(Secretary, extra, "  ", meeting.Now)), "AG4", RefusalCode.InvalidInput);
        meeting.Do(m => m.AddItem(Secretary, extra, "汛情紧急", meeting.Now));

        Assert.Equal(["policy", "extra"], meeting.State.Items.Select(i => i.Item.Id));
        Assert.Equal("汛情紧急", Assert.Single(meeting.State.AddedItems).Reason);
        meeting.Open("extra").VoteAll("extra", 5, 0, 0);
        Assert.Equal(VoteOutcome.Passed, meeting.Close("extra").Tally.Outcome);
    }

    // AG2: the agenda goes out in writing at scheduling; by default 3 calendar days before the meeting (China Standard
    // Time). The expected days are written out here, not computed from the profile.
    [Theory]
    [InlineData(A, "2025-03-07T08:00:00+08:00", false)] // a week ahead
    [InlineData(A, "2025-03-11T23:59:00+08:00", false)] // the last minute of the due day
    [InlineData(A, "2025-03-12T00:00:00+08:00", true)]  // two days ahead
    [InlineData(B, "2025-03-11T16:30:00+00:00", true)]  // 00:30 on 12 March in Beijing: late, though 11 March in UTC
    [InlineData(B, "2025-03-11T09:00:00+08:00", false)]
    [InlineData(B, "2025-03-14T08:00:00+08:00", true)]  // called the same morning
    public void Agenda_is_notified_in_writing_three_days_ahead_AG2(string profileId, string sentAt, bool late)
    {
        var book = new Book(Group(profileId));
        var id = book.Approved(Policy);
        var plan = new MeetingPlan(MeetingId, new DateOnly(2025, 3, 14), new TimeOnly(9, 0), "三楼会议室", [id]);
        var scheduled = Assert.IsType<MeetingScheduled>(Accepted(
            book.State.Schedule(book.Group, Secretary, plan, DateTimeOffset.Parse(sentAt))).First());

        Assert.Equal(new DateOnly(2025, 3, 11), AgendaNotice.DueBy(scheduled, book.Group.Profile)); // AG2: 3 days before
        Assert.Equal(late, AgendaNotice.IsLate(scheduled, book.Group.Profile));                     // AG2: late is reported
    }

    [Fact]
    public void Notice_days_are_the_groups_own_setting_AG2()
    {
        var own = RuleProfiles.ChengzhongHrss2021 with { Id = "own", AgendaNoticeDays = 5 };
        var group = Group(A) with { OwnProfile = own };
        var scheduled = new MeetingScheduled(DateTimeOffset.Parse("2025-03-10T10:00:00+08:00"), MeetingId,
            new DateOnly(2025, 3, 14), new TimeOnly(9, 0), "三楼会议室", ["t1"], [], Secretary);

        Assert.Equal(new DateOnly(2025, 3, 9), AgendaNotice.DueBy(scheduled, own));
        Assert.True(AgendaNotice.IsLate(scheduled, own));                              // 4 days ahead is late under 5 days
        Assert.False(AgendaNotice.IsLate(scheduled, RuleProfiles.ChengzhongHrss2021)); // and on time under the default 3
        Assert.Null(AgendaState.Empty.IsLate(group, MeetingId));                       // nothing scheduled, nothing late
        var book = new Book(group);
        book.Schedule(book.Approved(Policy));                                          // a week ahead (Book.Now)
        Assert.False(book.State.IsLate(group, MeetingId));
    }

    [Fact]
    public void Administrative_topic_needs_the_directors_consent_under_B_AG3()
    {
        var book = new Book(Group(B));
        var id = book.Propose(Member(3), Policy with { Administrative = true });

        AssertRefused(book.State.Approve(book.Group, Secretary, id, book.Now), "AG3", RefusalCode.DirectorConsentNeeded);
        AssertRefused(book.State.ConsentAsDirector(book.Group, Member(1), id, book.Now), "AG3", RefusalCode.NoVote);
        book.Do(a => a.ConsentAsDirector(book.Group, Director, id, book.Now));
        AssertAccepted(book.State.Approve(book.Group, Secretary, id, book.Now));
    }

    [Fact]
    public void Major_topic_is_notified_to_the_liaison_when_scheduled_under_A_AG5()
    {
        var book = new Book(Group(A));
        var policy = book.Approved(Policy);
        var personnel = book.Approved(Personnel);
        var flagged = book.Approved(Policy with { Title = "关于新建社保服务大厅项目的议题", Important = true });

        var events = book.Schedule(policy, personnel, flagged);

        var notices = events.OfType<LiaisonNotified>().ToList();
        Assert.Equal([personnel, flagged], notices.Select(n => n.ItemId));
        Assert.All(notices, n => Assert.Equal((Liaison, MeetingId), (n.LiaisonId, n.MeetingId)));
        AssertAccepted(Meeting.Start(book.Group, null, book.State, MeetingId, Secretary, At(9, 0)));
    }

    [Fact]
    public void Meeting_with_a_major_item_does_not_start_without_the_liaison_notice_AG5()
    {
        var group = Group(A);
        var book = new Book(group);
        var personnel = book.Approved(Personnel);
        book.Schedule(personnel);
        // A log where the notice is missing, as if it had never been recorded.
        var withoutNotice = AgendaState.Fold(book.Log.Where(e => e is not LiaisonNotified));

        AssertRefused(Meeting.Start(group, null, withoutNotice, MeetingId, Secretary, At(9, 0)), "AG5", RefusalCode.LiaisonNotNotified);
        // A notice recorded only at the moment of starting is not "in advance".
        var firstNotice = book.Log.OfType<LiaisonNotified>().First().At;
        AssertRefused(Meeting.Start(group, null, book.State, MeetingId, Secretary, firstNotice), "AG5", RefusalCode.LiaisonNotNotified);
    }

    [Fact]
    public void Major_topic_cannot_be_scheduled_under_A_without_a_liaison_on_the_roster_AG5()
    {
        var book = new Book(Group(A, liaison: false));
        var personnel = book.Approved(Personnel);
        var plan = new MeetingPlan(MeetingId, new DateOnly(2025, 3, 14), new TimeOnly(9, 0), "三楼会议室", [personnel]);

        AssertRefused(book.State.Schedule(book.Group, Secretary, plan, book.Now), "AG5", RefusalCode.LiaisonNotNotified);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Confidential_item_is_withheld_from_the_channel_and_listed_for_collection_AG6(string profileId)
    {
        var book = new Book(Group(profileId));
        var open = book.Approved(Policy);
        var secret = book.Approved(Policy with { Title = "关于某专项审计情况的议题", Confidential = true });
        book.Schedule(open, secret);
        var meeting = MeetingState.Fold([Accepted(Meeting.Start(book.Group, null, book.State, MeetingId, Secretary, At(9, 0)))]);

        Assert.Equal([secret], meeting.ConfidentialItems.Select(i => i.Id));
        var minutes = Minutes.Draft(meeting);
        Assert.Equal(["关于某专项审计情况的议题"], minutes.MaterialsToCollect);
        Assert.Equal(["关于2025年度工作要点的议题"], minutes.ForChannel().Items.Select(i => i.Title));
        Assert.Equal(2, minutes.Items.Count); // the full record keeps both (MN1)
    }

    [Theory]
    [InlineData(A, 10_000, ItemCategory.Finance)]
    [InlineData(B, 10_000, ItemCategory.Policy)]
    [InlineData(B, 50_000, ItemCategory.Finance)]
    public void A_proposed_sum_is_a_finance_item_from_the_profiles_threshold_AG7(string profileId, int yuan, ItemCategory expected)
    {
        var book = new Book(Group(profileId));
        var id = book.Propose(Member(3), Policy with { Title = "关于购置办公设备的议题", AmountYuan = yuan });
        Assert.Equal(expected, book.State.Topic(id)!.Proposed.Category);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Personnel_topic_names_its_candidates_and_only_it_does_V7(string profileId)
    {
        var book = new Book(Group(profileId));
        AssertRefused(book.State.Propose(book.Group, Member(3), Personnel with { CandidateNames = [] }, book.Now), "V7", RefusalCode.PeopleRequired);
        AssertRefused(book.State.Propose(book.Group, Member(3), Policy with { CandidateNames = ["李四"] }, book.Now), "V7", RefusalCode.PeopleNotAllowed);
        AssertRefused(book.State.Propose(book.Group, Member(3), Personnel with { CandidateNames = ["李四", "李四"] }, book.Now), "V7", RefusalCode.PersonNamedTwice);

        var id = book.Propose(Member(3), Personnel);
        Assert.Equal([new Candidate("c1", "李四"), new Candidate("c2", "王五")], book.State.Topic(id)!.Proposed.Candidates);
    }
}
