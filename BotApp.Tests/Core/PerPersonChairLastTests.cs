using PartyGroupBot.Core;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Rules;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;

namespace PartyGroupBot.Tests.Core;

/// <summary>V5 with V7: on an item voted person by person, the chair states last per person named; the chair's ballot on
/// one person closes that person's floor only.</summary>
[Trait("Category", "Core")]
public class PerPersonChairLastTests
{
    private static AgendaItem TwoPeople(VotingMethod method) => PersonnelItems.TwoCandidates("cadres", method, ItemCategory.Nomination);

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Chair_voting_on_the_first_person_leaves_the_second_open_to_members_V5(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, TwoPeople(VotingMethod.Recorded)).CheckInVoting(5).Open("cadres");
        meeting.VoteAll("cadres", yes: 5, no: 0, abstain: 0, candidateId: "c1");

        // Before the fix every member's ballot on 王五 was refused once the chair had stated on 李四.
        meeting.VoteAll("cadres", yes: 4, no: 1, abstain: 0, candidateId: "c2");
        var closed = meeting.Close("cadres");

        Assert.Equal([5, 4], closed.Candidates.Select(c => c.Tally.Yes));
        Assert.Equal([VoteOutcome.Passed, VoteOutcome.Passed], closed.Candidates.Select(c => c.Tally.Outcome));
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void A_member_cannot_vote_on_a_person_after_the_chair_has_V5(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, TwoPeople(VotingMethod.Recorded)).CheckInVoting(5).Open("cadres");
        meeting.Do(m => m.CloseFloor(Secretary, "cadres", meeting.Now));
        meeting.Do(m => m.CastBallot(Secretary, "cadres", "c1", VoteChoice.Yes, meeting.Now));

        AssertRefused(meeting.Try(m => m.CastBallot(Member(1), "cadres", "c1", VoteChoice.Yes, meeting.Now)), "V5", RefusalCode.FloorClosed);
    }

    [Fact]
    public void Chair_waits_per_person_not_for_the_whole_item_V5()
    {
        var meeting = new MeetingBuilder(A, 3, TwoPeople(VotingMethod.Recorded)).CheckInVoting(3).Open("cadres");
        meeting.Do(m => m.CastBallot(Member(1), "cadres", "c1", VoteChoice.Yes, meeting.Now));

        AssertRefused(meeting.Try(m => m.CastBallot(Secretary, "cadres", "c1", VoteChoice.Yes, meeting.Now)), "V5", RefusalCode.ChairVotesLast);
        meeting.Do(m => m.CastBallot(Member(2), "cadres", "c1", VoteChoice.Yes, meeting.Now));
        // Nobody has voted on 王五 yet; the chair may state on 李四 all the same.
        AssertAccepted(meeting.Try(m => m.CastBallot(Secretary, "cadres", "c1", VoteChoice.Yes, meeting.Now)));
        AssertRefused(meeting.Try(m => m.CastBallot(Secretary, "cadres", "c2", VoteChoice.Yes, meeting.Now)), "V5", RefusalCode.ChairVotesLast);
    }

    [Theory]
    [InlineData(VotingMethod.Recorded)]
    [InlineData(VotingMethod.Secret)]
    public void Latecomer_votes_on_the_person_the_chair_has_not_stated_on_only_V5(VotingMethod method)
    {
        var meeting = new MeetingBuilder(A, 5, TwoPeople(method)).CheckInVoting(3).Open("cadres");
        var c1 = SecretBallotBox.Empty("cadres", "c1");
        foreach (var voter in new[] { Member(1), Member(2), Secretary })
        {
            if (method == VotingMethod.Secret) c1 = Accepted(meeting.State.CastSecretBallot(c1, voter, "cadres", VoteChoice.Yes));
            else meeting.Do(m => m.CastBallot(voter, "cadres", "c1", VoteChoice.Yes, meeting.Now));
        }
        meeting.CheckIn(Member(3));

        var late = method == VotingMethod.Secret
            ? meeting.State.CastSecretBallot(c1, Member(3), "cadres", VoteChoice.No).Refusal
            : meeting.Try(m => m.CastBallot(Member(3), "cadres", "c1", VoteChoice.No, meeting.Now)).Refusal;
        Assert.Equal(new Refusal("V5", RefusalCode.FloorClosed), late);
        if (method == VotingMethod.Secret)
            AssertAccepted(meeting.State.CastSecretBallot(SecretBallotBox.Empty("cadres", "c2"), Member(3), "cadres", VoteChoice.No));
        else
            AssertAccepted(meeting.Try(m => m.CastBallot(Member(3), "cadres", "c2", VoteChoice.No, meeting.Now)));
    }
}
