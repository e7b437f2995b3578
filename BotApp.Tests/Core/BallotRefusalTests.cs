using PartyGroupBot.Core;
using PartyGroupBot.Core.Meetings;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;

namespace PartyGroupBot.Tests.Core;

/// <summary>Who may cast a ballot, when, and how often; who opens and closes a vote.</summary>
[Trait("Category", "Core")]
public class BallotRefusalTests
{
    private static AgendaItem FirstItem => new("policy", "关于2025年度工作要点的议题", VotingMethod.Recorded, ItemCategory.Policy);
    private static AgendaItem SecondItem => new("building", "关于开展主题党日活动的议题", VotingMethod.Hands, ItemCategory.PartyBuilding);
    private static AgendaItem SecretItem => new("personnel", "关于推荐科级干部人选的议题", VotingMethod.Secret, ItemCategory.Appointment);

    private static MeetingBuilder AllPresent(string profileId) =>
        new MeetingBuilder(profileId, 5, FirstItem, SecondItem, SecretItem).CheckInVoting(5).CheckIn(OfficeDirector, Recorder);

    // V11: a member votes only for themself, and only once.
    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Member_cannot_vote_twice_V11(string profileId)
    {
        var meeting = AllPresent(profileId).Open("policy").Vote("policy", Member(1), VoteChoice.Yes);

        AssertRefused(meeting.Try(m => m.CastBallot(Member(1), "policy", VoteChoice.No, meeting.Now)), "V11", RefusalCode.AlreadyVoted);
        Assert.Single(meeting.State.Item("policy")!.Ballots);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Member_cannot_cast_a_second_secret_ballot_V11(string profileId)
    {
        var meeting = AllPresent(profileId).Open("personnel");
        var box = Accepted(meeting.State.CastSecretBallot(SecretBallotBox.Empty("personnel"), Member(2), "personnel", VoteChoice.Yes));

        var second = meeting.State.CastSecretBallot(box, Member(2), "personnel", VoteChoice.No);

        AssertRefused(second, "V11", RefusalCode.AlreadyVoted);
        Assert.Equal((1, 0, 0), (box.Yes, box.No, box.Abstain));
    }

    // V10: a vote once closed is final.
    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Closed_vote_takes_no_ballot_and_cannot_reopen_V10(string profileId)
    {
        var meeting = AllPresent(profileId).Open("policy");
        meeting.Vote("policy", Member(1), VoteChoice.Yes).Vote("policy", Member(2), VoteChoice.Yes).Vote("policy", Member(3), VoteChoice.No);
        meeting.Close("policy"); // member4 and the chair did not vote in time

        AssertRefused(meeting.Try(m => m.CastBallot(Member(4), "policy", VoteChoice.Yes, meeting.Now)), "V10", RefusalCode.ItemClosed);
        AssertRefused(meeting.Try(m => m.OpenVote(Secretary, "policy", meeting.Now)), "V10", RefusalCode.ItemClosed);
        AssertRefused(meeting.Try(m => m.CloseVote(Secretary, "policy", meeting.Now)), "V10", RefusalCode.ItemClosed);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Closed_secret_vote_takes_no_ballot_V10(string profileId)
    {
        var meeting = AllPresent(profileId).Open("personnel");
        var box = Accepted(meeting.State.CastSecretBallot(SecretBallotBox.Empty("personnel"), Member(1), "personnel", VoteChoice.Yes));
        meeting.Close("personnel", box.Seal());

        AssertRefused(meeting.State.CastSecretBallot(box, Member(2), "personnel", VoteChoice.Yes), "V10", RefusalCode.ItemClosed);
    }

    // V1/V6: items are discussed, then voted one by one; no ballot before the chair opens the item.
    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Ballot_on_an_item_not_yet_open_is_refused_V1(string profileId)
    {
        var meeting = AllPresent(profileId).Open("policy");

        AssertRefused(meeting.Try(m => m.CastBallot(Member(1), "building", VoteChoice.Yes, meeting.Now)), "V1", RefusalCode.ItemNotOpen);
        AssertRefused(meeting.State.CastSecretBallot(SecretBallotBox.Empty("personnel"), Member(1), "personnel", VoteChoice.Yes),
            "V1", RefusalCode.ItemNotOpen);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Only_one_item_is_open_at_a_time_V6(string profileId)
    {
        var meeting = AllPresent(profileId).Open("policy");

        AssertRefused(meeting.Try(m => m.OpenVote(Secretary, "building", meeting.Now)), "V6", RefusalCode.AnotherItemOpen);
    }

    // Roles: only secretary, deputy secretary, party-building lead and members vote;
    // the office director and the recorder attend without a vote (A13(2), A13(5), B18(6)).
    [Theory]
    [InlineData(A, OfficeDirector)]
    [InlineData(A, Recorder)]
    [InlineData(B, OfficeDirector)]
    [InlineData(B, Recorder)]
    public void Attendee_without_a_vote_cannot_vote(string profileId, string attendeeId)
    {
        var meeting = AllPresent(profileId).Open("policy");

        var result = meeting.Try(m => m.CastBallot(attendeeId, "policy", VoteChoice.Yes, meeting.Now));

        Assert.Equal(RefusalCode.NoVote, result.Refusal?.Code);
    }

    [Theory]
    [InlineData(A, OfficeDirector)]
    [InlineData(A, Recorder)]
    [InlineData(B, OfficeDirector)]
    [InlineData(B, Recorder)]
    public void Attendee_without_a_vote_cannot_cast_a_secret_ballot(string profileId, string attendeeId)
    {
        var meeting = AllPresent(profileId).Open("personnel");

        var result = meeting.State.CastSecretBallot(SecretBallotBox.Empty("personnel"), attendeeId, "personnel", VoteChoice.Yes);

        Assert.Equal(RefusalCode.NoVote, result.Refusal?.Code);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Person_not_on_the_roster_cannot_vote_V11(string profileId)
    {
        var meeting = AllPresent(profileId).Open("policy");

        var result = meeting.Try(m => m.CastBallot("stranger", "policy", VoteChoice.Yes, meeting.Now));

        Assert.Equal(RefusalCode.NotOnRoster, result.Refusal?.Code);
    }

    // Q7: presence is tracked; a member who has not checked in cannot vote until they arrive.
    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Member_not_checked_in_cannot_vote_Q7(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 7, FirstItem).CheckInVoting(4).Open("policy");

        AssertRefused(meeting.Try(m => m.CastBallot(Member(5), "policy", VoteChoice.Yes, meeting.Now)), "Q7", RefusalCode.NotPresent);

        meeting.CheckIn(Member(5));
        AssertAccepted(meeting.Try(m => m.CastBallot(Member(5), "policy", VoteChoice.Yes, meeting.Now)));
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Member_not_checked_in_cannot_cast_a_secret_ballot_Q7(string profileId)
    {
        // Personnel item with 6 of 9 present (Q2 = 6); member8 is absent.
        var meeting = new MeetingBuilder(profileId, 9, SecretItem).CheckInVoting(6).Open("personnel");

        AssertRefused(meeting.State.CastSecretBallot(SecretBallotBox.Empty("personnel"), Member(8), "personnel", VoteChoice.Yes),
            "Q7", RefusalCode.NotPresent);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Member_checks_in_once_Q7(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, FirstItem).CheckIn(Member(1));

        AssertRefused(meeting.Try(m => m.CheckIn(Member(1), meeting.Now)), "Q7", RefusalCode.AlreadyCheckedIn);
    }

    // MK1: the secretary convenes and presides; only the presiding chair opens, closes and ends.
    [Theory]
    [InlineData(A, 1)]
    [InlineData(A, 2)]
    [InlineData(A, 3)]
    [InlineData(B, 1)]
    [InlineData(B, 2)]
    [InlineData(B, 3)]
    public void Only_the_chair_opens_and_closes_a_vote_MK1(string profileId, int member)
    {
        var meeting = AllPresent(profileId);

        AssertRefused(meeting.Try(m => m.OpenVote(Member(member), "policy", meeting.Now)), "MK1", RefusalCode.OnlyChair);
        meeting.Open("policy");
        AssertRefused(meeting.Try(m => m.CloseVote(Member(member), "policy", meeting.Now)), "MK1", RefusalCode.OnlyChair);
        meeting.Close("policy");
        AssertRefused(meeting.Try(m => m.End(Member(member), meeting.Now)), "MK1", RefusalCode.OnlyChair);
    }

    [Theory]
    [InlineData(A, OfficeDirector)]
    [InlineData(A, Recorder)]
    [InlineData(B, OfficeDirector)]
    [InlineData(B, Recorder)]
    public void Office_director_and_recorder_cannot_run_the_vote_MK1(string profileId, string attendeeId)
    {
        var meeting = AllPresent(profileId);

        AssertRefused(meeting.Try(m => m.OpenVote(attendeeId, "policy", meeting.Now)), "MK1", RefusalCode.OnlyChair);
        meeting.Open("policy");
        AssertRefused(meeting.Try(m => m.CloseVote(attendeeId, "policy", meeting.Now)), "MK1", RefusalCode.OnlyChair);
    }

    [Theory]
    [InlineData(A, "member1")]
    [InlineData(A, "member2")]
    [InlineData(A, Recorder)]
    [InlineData(B, "member1")]
    [InlineData(B, OfficeDirector)]
    public void Only_the_secretary_convenes_MK1(string profileId, string convenerId)
    {
        var group = NewGroup(profileId, 5);

        AssertRefused(Meeting.Start(group, null, MeetingId, convenerId, [FirstItem], At(9, 0)), "MK1", RefusalCode.OnlySecretaryConvenes);
        AssertAccepted(Meeting.Start(group, null, MeetingId, Secretary, [FirstItem], At(9, 0)));
    }

    // V2: a secret item never takes a named ballot into the log.
    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Secret_item_takes_no_named_ballot_V2(string profileId)
    {
        var meeting = AllPresent(profileId).Open("personnel");

        AssertRefused(meeting.Try(m => m.CastBallot(Member(1), "personnel", VoteChoice.Yes, meeting.Now)), "V2", RefusalCode.InvalidChoice);
    }
}
