using PartyGroupBot.Core;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Rules;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;

namespace PartyGroupBot.Tests.Core;

/// <summary>V2 无记名投票: the box keeps counts and the sorted set of who voted, never who chose what.</summary>
[Trait("Category", "Core")]
public class SecretBallotBoxTests
{
    private static AgendaItem SecretItem => new("personnel", "关于推荐科级干部人选的议题", VotingMethod.Secret, ItemCategory.Appointment);
    private static AgendaItem OtherSecretItem => new("discipline", "关于给予某党员党内警告处分的议题", VotingMethod.Secret, ItemCategory.Discipline);

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Box_holds_counts_and_the_sorted_voter_set_V2(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, SecretItem).CheckInVoting(5).Open("personnel");
        var logBefore = meeting.Log.Count;
        var state = meeting.State;
        var box = SecretBallotBox.Empty("personnel");

        box = Accepted(state.CastSecretBallot(box, Member(3), "personnel", VoteChoice.Yes));
        box = Accepted(state.CastSecretBallot(box, Member(1), "personnel", VoteChoice.No));
        box = Accepted(state.CastSecretBallot(box, Member(4), "personnel", VoteChoice.Yes));
        box = Accepted(state.CastSecretBallot(box, Member(2), "personnel", VoteChoice.Abstain));

        Assert.Equal((2, 1, 1), (box.Yes, box.No, box.Abstain));
        Assert.Equal(["member1", "member2", "member3", "member4"], box.Voters);
        Assert.False(box.Sealed);
        Assert.Equal(logBefore, meeting.Log.Count); // a secret ballot is never an event
        Assert.Empty(meeting.State.Item("personnel")!.Ballots);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Sealed_box_takes_no_ballot_V10(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, SecretItem).CheckInVoting(5).Open("personnel");
        var box = Accepted(meeting.State.CastSecretBallot(SecretBallotBox.Empty("personnel"), Member(1), "personnel", VoteChoice.Yes));

        var sealedBox = box.Seal();

        Assert.True(sealedBox.Sealed);
        AssertRefused(meeting.State.CastSecretBallot(sealedBox, Member(2), "personnel", VoteChoice.Yes), "V10", RefusalCode.ItemClosed);
        AssertAccepted(meeting.State.CastSecretBallot(box, Member(2), "personnel", VoteChoice.Yes)); // the same box unsealed would take it
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Box_of_another_item_takes_no_ballot_V2(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, SecretItem, OtherSecretItem).CheckInVoting(5).Open("personnel");

        AssertRefused(meeting.State.CastSecretBallot(SecretBallotBox.Empty("discipline"), Member(1), "personnel", VoteChoice.Yes),
            "V2", RefusalCode.InvalidChoice);
    }

    // The tally at close is the box's counts, checked against V3 (base = 5 members).
    [Theory]
    [InlineData(A, 4, 1, 0, VoteOutcome.Passed)]
    [InlineData(A, 2, 0, 3, VoteOutcome.Failed)]
    [InlineData(A, 3, 2, 0, VoteOutcome.Deferred)] // personnel is important: V8 under A
    [InlineData(B, 4, 1, 0, VoteOutcome.Passed)]
    [InlineData(B, 2, 0, 3, VoteOutcome.Failed)]
    [InlineData(B, 3, 2, 0, VoteOutcome.Passed)]
    public void Closing_with_the_box_tallies_its_counts_V3(string profileId, int yes, int no, int abstain, VoteOutcome expected)
    {
        var meeting = new MeetingBuilder(profileId, 5, SecretItem).CheckInVoting(5).Open("personnel");
        var box = meeting.SecretVoteAll("personnel", yes, no, abstain);

        var closed = meeting.Close("personnel", box.Seal());

        Assert.Equal(new Tally(yes, no, abstain, Base: 5, Present: 5, expected), closed.Tally);
        Assert.Empty(meeting.State.Item("personnel")!.Ballots);
    }

    // V2/V3: the tally of an item must come from that item's box. A box filled for another secret
    // item must not become this item's final result (V10 makes it irreversible).
    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Closing_with_the_box_of_another_item_is_refused_V2_V10(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, SecretItem, OtherSecretItem).CheckInVoting(5).Open("personnel");
        var personnelBox = meeting.SecretVoteAll("personnel", yes: 5, no: 0, abstain: 0).Seal();
        meeting.Close("personnel", personnelBox);
        meeting.Open("discipline");

        var result = meeting.Try(m => m.CloseVote(Secretary, "discipline", meeting.Now, personnelBox));

        Assert.True(result.IsRefused, $"discipline closed with the personnel box's tally: {(result.Value as VoteClosed)?.Tally}");
    }
}
