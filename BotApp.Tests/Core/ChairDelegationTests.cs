using PartyGroupBot.Core;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;

namespace PartyGroupBot.Tests.Core;

/// <summary>MK1 (A13(2) "党组书记不能参加会议的，可以委托分管党建工作的党组成员召集并主持"): the secretary names the delegate of
/// the group's profile (A: 分管党建工作的党组成员 = member2, B: 党组副书记 = member1), who then does everything the chair does.</summary>
[Trait("Category", "Core")]
public class ChairDelegationTests
{
    private static TopicProposal Policy => new("关于2025年度工作要点的议题", ItemCategory.Policy, VotingMethod.Recorded);

    private static string DelegateOf(string profileId) => profileId == A ? Member(2) : Member(1);
    private static string NotDelegateOf(string profileId) => profileId == A ? Member(1) : Member(2);

    private static (AgendaTests.Book Book, string ItemId) Scheduled(string profileId)
    {
        var book = new AgendaTests.Book(AgendaTests.Group(profileId));
        var id = book.Approved(Policy);
        book.Schedule(id);
        return (book, id);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Secretary_delegates_to_the_profiles_delegate_only_MK1(string profileId)
    {
        var (book, _) = Scheduled(profileId);

        AssertRefused(book.State.DelegateChair(book.Group, Secretary, MeetingId, NotDelegateOf(profileId), false, book.Now), "MK1", RefusalCode.NotADelegate);
        AssertRefused(book.State.DelegateChair(book.Group, Member(3), MeetingId, DelegateOf(profileId), false, book.Now), "MK1", RefusalCode.OnlySecretaryConvenes);
        AssertRefused(book.State.DelegateChair(book.Group, Secretary, MeetingId, DelegateOf(profileId), true, book.Now), "MK1", RefusalCode.MeetingAlreadyStarted);
        book.Do(a => a.DelegateChair(book.Group, Secretary, MeetingId, DelegateOf(profileId), false, book.Now));

        Assert.Equal(DelegateOf(profileId), book.State.ChairOf(MeetingId));
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Delegate_convenes_presides_votes_last_and_ends_the_meeting_MK1(string profileId)
    {
        var (book, item) = Scheduled(profileId);
        var chair = DelegateOf(profileId);
        book.Do(a => a.DelegateChair(book.Group, Secretary, MeetingId, chair, false, book.Now));

        AssertRefused(Meeting.Start(book.Group, null, book.State, MeetingId, Member(3), At(9, 0)), "MK1", RefusalCode.OnlySecretaryConvenes);
        var started = Accepted(Meeting.Start(book.Group, null, book.State, MeetingId, chair, At(9, 0)));
        Assert.Equal((chair, Secretary), (started.ChairId, started.SecretaryId));

        // The secretary is away; the delegate and three members are present.
        var meeting = new MeetingBuilder(book.Group, started).CheckIn(chair, Member(3), Member(4), NotDelegateOf(profileId));
        AssertRefused(meeting.Try(m => m.OpenVote(Secretary, item, meeting.Now)), "MK1", RefusalCode.OnlyChair);
        meeting.Do(m => m.OpenVote(chair, item, meeting.Now));
        AssertRefused(meeting.Try(m => m.CastBallot(chair, item, VoteChoice.Yes, meeting.Now)), "V5", RefusalCode.ChairVotesLast);
        foreach (var v in new[] { Member(3), Member(4), NotDelegateOf(profileId), chair })
            meeting.Do(m => m.CastBallot(v, item, VoteChoice.Yes, meeting.Now));
        meeting.Do(m => m.CloseVote(chair, item, meeting.Now));
        meeting.Do(m => m.End(chair, meeting.Now));

        var minutes = PartyGroupBot.Core.Minutes.Minutes.Draft(meeting.State);
        Assert.True(minutes.ChairDelegated);
        Assert.Equal(meeting.State.Member(chair)!.Name, minutes.ChairName);
        // MN3: the secretary, who was away, still signs.
        AssertAccepted(meeting.Try(m => m.SignMinutes(Secretary, meeting.Now)));
        AssertRefused(meeting.Try(m => m.SignMinutes(chair, meeting.Now)), "MN3", RefusalCode.OnlySecretarySigns);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Chair_who_has_not_checked_in_is_refused_every_chair_act_MK1(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, new AgendaItem("p", "议题", VotingMethod.Recorded, ItemCategory.Policy))
            .CheckIn(Member(1), Member(2), Member(3));

        AssertRefused(meeting.Try(m => m.OpenDiscussion(Secretary, "p", meeting.Now)), "MK1", RefusalCode.ChairNotPresent);
        AssertRefused(meeting.Try(m => m.OpenVote(Secretary, "p", meeting.Now)), "MK1", RefusalCode.ChairNotPresent);
        AssertRefused(meeting.Try(m => m.End(Secretary, meeting.Now)), "MK1", RefusalCode.ChairNotPresent);
        meeting.CheckIn(Secretary);
        meeting.Do(m => m.OpenVote(Secretary, "p", meeting.Now));
        meeting.Do(m => m.Leave(Secretary, meeting.Now));
        AssertRefused(meeting.Try(m => m.CloseFloor(Secretary, "p", meeting.Now)), "MK1", RefusalCode.ChairNotPresent);
        AssertRefused(meeting.Try(m => m.CloseVote(Secretary, "p", meeting.Now)), "MK1", RefusalCode.ChairNotPresent);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Chair_recused_from_an_item_hands_it_to_the_delegate_Q4_MK1(string profileId)
    {
        var item = new AgendaItem("r", "关于王建国同志奖励的议题", VotingMethod.Recorded, ItemCategory.Rewards)
        {
            Candidates = [new Candidate("c1", "王建国")],
        };
        var meeting = new MeetingBuilder(profileId, 5, item).CheckInVoting(5);
        meeting.Do(m => m.Recuse(Secretary, "r", Secretary, "本人事项", meeting.Now));
        var stand = DelegateOf(profileId);

        Assert.Equal(stand, meeting.State.ChairFor(meeting.State.Item("r")));
        AssertRefused(meeting.Try(m => m.OpenVote(Secretary, "r", meeting.Now)), "MK1", RefusalCode.OnlyChair);
        meeting.Do(m => m.OpenVote(stand, "r", meeting.Now));
        var others = new[] { Member(1), Member(2), Member(3), Member(4) }.Where(v => v != stand).ToList();
        AssertRefused(meeting.Try(m => m.CastBallot(stand, "r", "c1", VoteChoice.Yes, meeting.Now)), "V5", RefusalCode.ChairVotesLast);
        foreach (var v in others.Append(stand)) meeting.Do(m => m.CastBallot(v, "r", "c1", VoteChoice.Yes, meeting.Now));
        meeting.Do(m => m.CloseVote(stand, "r", meeting.Now));

        Assert.Equal(meeting.State.Member(stand)!.Name, PartyGroupBot.Core.Minutes.Minutes.Draft(meeting.State).Items[0].PresidedBy);
    }

    [Fact]
    public void Only_a_party_group_meeting_is_delegated_MK1()
    {
        var book = new AgendaTests.Book(AgendaTests.Group(A));
        var plan = new MeetingPlan("dl", new DateOnly(2025, 3, 14), new TimeOnly(9, 0), "三楼会议室", []) { Kind = MeetingKind.DemocraticLifeMeeting, Topics = ["对照检查"] };
        book.Do(a => a.Schedule(book.Group, Secretary, plan, book.Now));

        AssertRefused(book.State.DelegateChair(book.Group, Secretary, "dl", Member(2), false, book.Now), "MK1", RefusalCode.MeetingNotFound);
    }

    [Fact]
    public void Delegate_must_be_the_profiles_role_when_scheduled_MK1()
    {
        var book = new AgendaTests.Book(AgendaTests.Group(A));
        var id = book.Approved(Policy);
        var plan = new MeetingPlan(MeetingId, new DateOnly(2025, 3, 14), new TimeOnly(9, 0), "三楼会议室", [id]);

        AssertRefused(book.State.Schedule(book.Group, Secretary, plan with { ChairId = Member(1) }, book.Now), "MK1", RefusalCode.NotADelegate);
        var scheduled = Assert.IsType<MeetingScheduled>(book.Do(a => a.Schedule(book.Group, Secretary, plan with { ChairId = Member(2) }, book.Now))[0]);
        Assert.Equal(Member(2), scheduled.ChairId);
        Assert.Equal(Role.PartyBuildingLead, book.Group.Find(Member(2))!.Role);
    }
}
