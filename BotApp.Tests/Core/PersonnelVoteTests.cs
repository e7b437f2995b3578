using PartyGroupBot.Core;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Rules;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;

namespace PartyGroupBot.Tests.Core;

/// <summary>V7 (A13(4); B17): personnel items are voted person by person, 同意 / 不同意 / 缓议 per candidate, chair last.</summary>
[Trait("Category", "Core")]
public class PersonnelVoteTests
{
    private static AgendaItem Personnel(VotingMethod method) => PersonnelItems.TwoCandidates("personnel", method, ItemCategory.Appointment);

    private static MeetingBuilder Opened(string profileId, VotingMethod method) =>
        new MeetingBuilder(profileId, 5, Personnel(method)).CheckInVoting(5).Open("personnel");

    private static void Vote(MeetingBuilder meeting, string voter, string candidate, VoteChoice choice) =>
        meeting.Do(m => m.CastBallot(voter, "personnel", candidate, choice, meeting.Now));

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Each_candidate_gets_its_own_ballot_and_result_V7(string profileId)
    {
        var meeting = Opened(profileId, VotingMethod.Recorded);
        string[] members = [Member(1), Member(2), Member(3), Member(4), Secretary];
        foreach (var v in members) Vote(meeting, v, "c1", VoteChoice.Yes);
        foreach (var v in members) Vote(meeting, v, "c2", v == Member(1) ? VoteChoice.Yes : VoteChoice.No);

        var closed = meeting.Close("personnel");

        Assert.Equal(["c1", "c2"], closed.Candidates.Select(c => c.CandidateId));
        Assert.Equal(new Tally(5, 0, 0, 5, 5, VoteOutcome.Passed), closed.Candidates[0].Tally);
        Assert.Equal(new Tally(1, 4, 0, 5, 5, VoteOutcome.Failed), closed.Candidates[1].Tally);
        Assert.Equal(closed.Candidates, meeting.State.Item("personnel")!.CandidateTallies);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Defer_is_not_a_yes_V7(string profileId)
    {
        // 2 同意 and 3 缓议 of 5: 2 > 5/2 is false, so the candidate does not pass; nobody said 不同意, so V8 does not defer.
        var meeting = Opened(profileId, VotingMethod.Recorded);
        string[] members = [Member(1), Member(2), Member(3), Member(4), Secretary];
        foreach (var (v, i) in members.Select((v, i) => (v, i))) Vote(meeting, v, "c1", i < 2 ? VoteChoice.Yes : VoteChoice.Defer);
        foreach (var v in members) Vote(meeting, v, "c2", VoteChoice.Yes);

        var c1 = meeting.Close("personnel").Candidates[0].Tally;

        Assert.Equal((2, 0, 3), (c1.Yes, c1.No, c1.Defer));
        Assert.Equal(VoteOutcome.Failed, c1.Outcome);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void One_ballot_per_candidate_and_the_chair_last_on_each_V7_V5(string profileId)
    {
        var meeting = Opened(profileId, VotingMethod.Recorded);
        foreach (var v in new[] { Member(1), Member(2), Member(3), Member(4) }) Vote(meeting, v, "c1", VoteChoice.Yes);

        AssertRefused(meeting.Try(m => m.CastBallot(Member(1), "personnel", "c1", VoteChoice.No, meeting.Now)), "V11", RefusalCode.AlreadyVoted);
        AssertAccepted(meeting.Try(m => m.CastBallot(Member(1), "personnel", "c2", VoteChoice.No, meeting.Now)));
        // Everyone else has voted on c1 but not on c2: the chair may state on c1 only.
        AssertAccepted(meeting.Try(m => m.CastBallot(Secretary, "personnel", "c1", VoteChoice.Yes, meeting.Now)));
        AssertRefused(meeting.Try(m => m.CastBallot(Secretary, "personnel", "c2", VoteChoice.Yes, meeting.Now)), "V5", RefusalCode.ChairVotesLast);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Ballot_names_a_candidate_of_the_item_and_defer_only_there_V7(string profileId)
    {
        var meeting = Opened(profileId, VotingMethod.Recorded);
        AssertRefused(meeting.Try(m => m.CastBallot(Member(1), "personnel", VoteChoice.Yes, meeting.Now)), "V7", RefusalCode.InvalidChoice);
        AssertRefused(meeting.Try(m => m.CastBallot(Member(1), "personnel", "c9", VoteChoice.Yes, meeting.Now)), "V7", RefusalCode.InvalidChoice);
        AssertRefused(meeting.Try(m => m.CastBallot(Member(1), "personnel", "c1", VoteChoice.Abstain, meeting.Now)), "V7", RefusalCode.InvalidChoice);

        var policy = new MeetingBuilder(profileId, 5, new AgendaItem("policy", "议题", VotingMethod.Recorded)).CheckInVoting(5).Open("policy");
        AssertRefused(policy.Try(m => m.CastBallot(Member(1), "policy", VoteChoice.Defer, policy.Now)), "V7", RefusalCode.InvalidChoice);
        AssertRefused(policy.Try(m => m.CastBallot(Member(1), "policy", "c1", VoteChoice.Yes, policy.Now)), "V7", RefusalCode.InvalidChoice);
    }

    // c2 gets 2 同意 and 2 不同意: close on a personnel item, so deferred under A (V8), failed under B.
    [Theory]
    [InlineData(A, VoteOutcome.Deferred)]
    [InlineData(B, VoteOutcome.Failed)]
    public void Secret_personnel_item_has_one_sealed_box_per_candidate_V7_V2_V8(string profileId, VoteOutcome c2Outcome)
    {
        var meeting = Opened(profileId, VotingMethod.Secret);
        var state = meeting.State;
        string[] order = [Member(1), Member(2), Member(3), Member(4), Secretary];
        SecretBallotBox Fill(string candidate, params VoteChoice[] choices) =>
            order.Zip(choices).Aggregate(SecretBallotBox.Empty("personnel", candidate),
                (box, p) => Accepted(state.CastSecretBallot(box, p.First, "personnel", p.Second)));
        var c1 = Fill("c1", VoteChoice.Yes, VoteChoice.Yes, VoteChoice.Yes, VoteChoice.Defer, VoteChoice.Yes);
        var c2 = Fill("c2", VoteChoice.No, VoteChoice.Defer, VoteChoice.Yes, VoteChoice.No, VoteChoice.Yes);

        AssertRefused(meeting.Try(m => m.CloseVote(Secretary, "personnel", meeting.Now, c1.Seal())), "V2", RefusalCode.InvalidChoice);
        var closed = Assert.IsType<VoteClosed>(meeting.Do(m => m.CloseVote(Secretary, "personnel", meeting.Now, [c1.Seal(), c2.Seal()])));

        Assert.Equal((4, 0, 1, VoteOutcome.Passed), (closed.Candidates[0].Tally.Yes, closed.Candidates[0].Tally.No,
            closed.Candidates[0].Tally.Defer, closed.Candidates[0].Tally.Outcome));
        Assert.Equal((2, 2, 1, c2Outcome), (closed.Candidates[1].Tally.Yes, closed.Candidates[1].Tally.No,
            closed.Candidates[1].Tally.Defer, closed.Candidates[1].Tally.Outcome));
        Assert.Empty(meeting.State.Item("personnel")!.Ballots);
    }
}
