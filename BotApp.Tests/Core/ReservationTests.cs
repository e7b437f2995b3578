using PartyGroupBot.Core;
using PartyGroupBot.Core.Meetings;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;
using MeetingMinutes = PartyGroupBot.Core.Minutes.Minutes;

namespace PartyGroupBot.Tests.Core;

/// <summary>V9 声明保留 (B14): a member on the losing side may have a reservation recorded; the decision binds all.</summary>
[Trait("Category", "Core")]
public class ReservationTests
{
    private static AgendaItem PolicyItem => new("policy", "关于2025年度工作要点的议题", VotingMethod.Recorded, ItemCategory.Policy);
    private static AgendaItem SecretItem => new("secret", "关于调整机构设置的议题", VotingMethod.Secret, ItemCategory.Policy);

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Member_on_the_losing_side_declares_a_reservation_V9(string profileId)
    {
        // member1, member2, member3 yes; member4 no; chair yes: passed.
        var meeting = new MeetingBuilder(profileId, 5, PolicyItem).CheckInVoting(5).Open("policy");
        meeting.Vote("policy", Member(1), VoteChoice.Yes).Vote("policy", Member(2), VoteChoice.Yes)
            .Vote("policy", Member(3), VoteChoice.Abstain).Vote("policy", Member(4), VoteChoice.No);
        AssertRefused(meeting.Try(m => m.DeclareReservation(Member(4), "policy", "保留", meeting.Now)), "V9", RefusalCode.ItemStillOpen);
        meeting.Vote("policy", Secretary, VoteChoice.Yes).Close("policy");

        AssertRefused(meeting.Try(m => m.DeclareReservation(Member(1), "policy", "保留", meeting.Now)), "V9", RefusalCode.NotOnLosingSide);
        meeting.Do(m => m.DeclareReservation(Member(4), "policy", "对进度安排保留意见", meeting.Now));
        meeting.Do(m => m.DeclareReservation(Member(3), "policy", "弃权者保留", meeting.Now));
        AssertRefused(meeting.Try(m => m.DeclareReservation(Member(4), "policy", "再次", meeting.Now)), "V9", RefusalCode.AlreadyStated);
        AssertRefused(meeting.Try(m => m.DeclareReservation(Recorder, "policy", "记录员", meeting.Now)), "V9", RefusalCode.NoVote);

        var item = MeetingMinutes.Draft(meeting.End().State).Items.Single();
        Assert.Equal(VoteOutcome.Passed, item.Tally!.Outcome); // the reservation changes nothing
        Assert.Equal(["陈静", "刘洋"], item.Reservations!.Select(r => r.Name));
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void On_a_secret_item_any_member_present_may_declare_without_a_link_to_a_ballot_V9(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, SecretItem).CheckInVoting(4).Open("secret");
        meeting.Close("secret", meeting.SecretVoteAll("secret", 3, 1, 0).Seal());

        meeting.Do(m => m.DeclareReservation(Member(2), "secret", "保留", meeting.Now));
        // member4 was never there for the item.
        AssertRefused(meeting.Try(m => m.DeclareReservation(Member(4), "secret", "保留", meeting.Now)), "V9", RefusalCode.NotOnLosingSide);
    }
}
