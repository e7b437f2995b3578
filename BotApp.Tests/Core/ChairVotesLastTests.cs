using PartyGroupBot.Core;
using PartyGroupBot.Core.Meetings;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;

namespace PartyGroupBot.Tests.Core;

/// <summary>V5 末位表态制 (A13(4), B18(5)): the presiding chair votes after every other present voting member.</summary>
[Trait("Category", "Core")]
public class ChairVotesLastTests
{
    private static AgendaItem RecordedItem => new("policy", "关于2025年度工作要点的议题", VotingMethod.Recorded, ItemCategory.Policy);
    private static AgendaItem SecretItem => new("personnel", "关于推荐科级干部人选的议题", VotingMethod.Secret, ItemCategory.Appointment);

    private static void AssertChairMustWait(MeetingBuilder meeting, string itemId) =>
        AssertRefused(meeting.Try(m => m.CastBallot(Secretary, itemId, VoteChoice.Yes, meeting.Now)), "V5", RefusalCode.ChairVotesLast);

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Chair_votes_last_V5(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, RecordedItem).CheckInVoting(5).Open("policy");

        AssertChairMustWait(meeting, "policy");
        meeting.Vote("policy", Member(1), VoteChoice.Yes)
            .Vote("policy", Member(2), VoteChoice.No)
            .Vote("policy", Member(3), VoteChoice.Abstain);
        AssertChairMustWait(meeting, "policy"); // member4 has not voted yet

        meeting.Vote("policy", Member(4), VoteChoice.Yes);
        meeting.Vote("policy", Secretary, VoteChoice.Yes);

        Assert.Equal([Member(1), Member(2), Member(3), Member(4), Secretary],
            meeting.State.Item("policy")!.Ballots.Select(b => b.VoterId));
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Chair_waits_for_every_present_member_whatever_the_order_V5(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, RecordedItem).CheckInVoting(5).Open("policy");
        meeting.Vote("policy", Member(4), VoteChoice.Yes)
            .Vote("policy", Member(2), VoteChoice.Yes)
            .Vote("policy", Member(3), VoteChoice.Yes);

        AssertChairMustWait(meeting, "policy"); // the deputy secretary (member1) has not voted
        Assert.Equal([Member(1)], meeting.State.AwaitedBeforeChair(meeting.State.Item("policy")!.Ballots.Select(b => b.VoterId)));

        meeting.Vote("policy", Member(1), VoteChoice.Yes);
        AssertAccepted(meeting.Try(m => m.CastBallot(Secretary, "policy", VoteChoice.Yes, meeting.Now)));
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Absent_members_do_not_hold_back_the_chair_V5(string profileId)
    {
        // 4 of 7 present (Q1); member4..member6 never check in.
        var meeting = new MeetingBuilder(profileId, 7, RecordedItem).CheckInVoting(4).Open("policy");
        meeting.Vote("policy", Member(1), VoteChoice.Yes).Vote("policy", Member(2), VoteChoice.Yes);

        AssertChairMustWait(meeting, "policy"); // member3 is present and has not voted

        meeting.Vote("policy", Member(3), VoteChoice.No);
        AssertAccepted(meeting.Try(m => m.CastBallot(Secretary, "policy", VoteChoice.Yes, meeting.Now)));
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Non_voting_attendees_do_not_hold_back_the_chair_V5(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, RecordedItem).CheckInVoting(5).CheckIn(OfficeDirector, Recorder).Open("policy");
        meeting.Vote("policy", Member(1), VoteChoice.Yes).Vote("policy", Member(2), VoteChoice.Yes).Vote("policy", Member(3), VoteChoice.Yes);

        AssertChairMustWait(meeting, "policy");

        meeting.Vote("policy", Member(4), VoteChoice.Yes);
        AssertAccepted(meeting.Try(m => m.CastBallot(Secretary, "policy", VoteChoice.Yes, meeting.Now)));
    }

    // Q7: a member who arrives while the vote is open is "present" and must vote before the chair.
    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Chair_waits_for_a_member_who_arrives_late_V5_Q7(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, RecordedItem).CheckInVoting(4).Open("policy");
        meeting.Vote("policy", Member(1), VoteChoice.Yes).Vote("policy", Member(2), VoteChoice.Yes).Vote("policy", Member(3), VoteChoice.Yes);

        meeting.CheckIn(Member(4));
        AssertChairMustWait(meeting, "policy");

        meeting.Vote("policy", Member(4), VoteChoice.No);
        AssertAccepted(meeting.Try(m => m.CastBallot(Secretary, "policy", VoteChoice.Yes, meeting.Now)));
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Chair_votes_last_on_a_secret_ballot_V5(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, SecretItem).CheckInVoting(5).Open("personnel");
        var state = meeting.State;
        var box = SecretBallotBox.Empty("personnel");

        AssertRefused(state.CastSecretBallot(box, Secretary, "personnel", VoteChoice.Yes), "V5", RefusalCode.ChairVotesLast);
        foreach (var member in new[] { Member(3), Member(1), Member(2) })
            box = Accepted(state.CastSecretBallot(box, member, "personnel", VoteChoice.Yes));
        AssertRefused(state.CastSecretBallot(box, Secretary, "personnel", VoteChoice.Yes), "V5", RefusalCode.ChairVotesLast);

        box = Accepted(state.CastSecretBallot(box, Member(4), "personnel", VoteChoice.No));
        var withChair = state.CastSecretBallot(box, Secretary, "personnel", VoteChoice.Yes);

        AssertAccepted(withChair);
        Assert.Contains(Secretary, withChair.Value!.Voters);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Absent_members_do_not_hold_back_the_chair_on_a_secret_ballot_V5(string profileId)
    {
        // Personnel item: 4 of 5 present meets Q2 (⌈10/3⌉ = 4); member4 is absent.
        var meeting = new MeetingBuilder(profileId, 5, SecretItem).CheckInVoting(4).Open("personnel");
        var state = meeting.State;
        var box = SecretBallotBox.Empty("personnel");
        box = Accepted(state.CastSecretBallot(box, Member(1), "personnel", VoteChoice.Yes));
        box = Accepted(state.CastSecretBallot(box, Member(2), "personnel", VoteChoice.Yes));

        AssertRefused(state.CastSecretBallot(box, Secretary, "personnel", VoteChoice.Yes), "V5", RefusalCode.ChairVotesLast);

        box = Accepted(state.CastSecretBallot(box, Member(3), "personnel", VoteChoice.Yes));
        AssertAccepted(state.CastSecretBallot(box, Secretary, "personnel", VoteChoice.Yes));
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Chair_may_close_the_floor_and_then_vote_last_V5(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, RecordedItem).CheckInVoting(5).Open("policy");
        meeting.Vote("policy", Member(1), VoteChoice.Yes).Vote("policy", Member(2), VoteChoice.Yes);
        AssertChairMustWait(meeting, "policy");

        AssertRefused(meeting.Try(m => m.CloseFloor(Member(1), "policy", meeting.Now)), "V5", RefusalCode.OnlyChair);
        meeting.Do(m => m.CloseFloor(Secretary, "policy", meeting.Now));
        AssertRefused(meeting.Try(m => m.CloseFloor(Secretary, "policy", meeting.Now)), "V5", RefusalCode.FloorClosed);
        AssertRefused(meeting.Try(m => m.CastBallot(Member(3), "policy", VoteChoice.No, meeting.Now)), "V5", RefusalCode.FloorClosed);
        Assert.Empty(meeting.State.AwaitedBeforeChair(["member1", "member2"]));

        meeting.Vote("policy", Secretary, VoteChoice.Yes);
        var tally = meeting.Close("policy").Tally;
        // Only ballots cast count: 3 yes of base 5 passes; the two who did not vote are in neither column.
        Assert.Equal((3, 0, 0, 5, 5), (tally.Yes, tally.No, tally.Abstain, tally.Base, tally.Present));
        Assert.Equal(PartyGroupBot.Core.Meetings.VoteOutcome.Passed, tally.Outcome);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Closed_floor_also_shuts_the_secret_ballot_box_to_others_V5(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, SecretItem).CheckInVoting(5).Open("personnel");
        var box = Accepted(meeting.State.CastSecretBallot(SecretBallotBox.Empty("personnel"), Member(1), "personnel", VoteChoice.Yes));
        meeting.Do(m => m.CloseFloor(Secretary, "personnel", meeting.Now));

        AssertRefused(meeting.State.CastSecretBallot(box, Member(2), "personnel", VoteChoice.Yes), "V5", RefusalCode.FloorClosed);
        AssertAccepted(meeting.State.CastSecretBallot(box, Secretary, "personnel", VoteChoice.Yes));
    }
}
