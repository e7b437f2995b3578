using System.Text.Json;
using CsCheck;
using PartyGroupBot.Core;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Rules;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;

namespace PartyGroupBot.Tests.Core;

/// <summary>
/// Properties over random meetings (V2, V3, V4, V5, V11, Q3, Q4, Q7): whoever is present, on leave, absent or recused,
/// whatever the method, and in whatever order the members' ballots arrive, the tally counts exactly one ballot per
/// present, non-recused voting member, and a secret box never links a voter to a choice.
/// </summary>
[Trait("Category", "Core")]
public class TallyPropertyTests
{
    private enum Status { Present, OnLeave, Absent, Recused }

    /// <summary>One random meeting: the state and intended choice of every voting member but the chair.</summary>
    private sealed record RandomMeeting(
        string ProfileId, VotingMethod Method, ItemCategory Category,
        Status[] Statuses, VoteChoice[] Choices, VoteChoice ChairChoice, int[] Order, int[] OtherOrder, int[] Repeaters)
    {
        public int Members => Statuses.Length + 1;
        /// <summary>Member(i + 1) for index i.</summary>
        public IEnumerable<int> With(Status s) => Enumerable.Range(0, Statuses.Length).Where(i => Statuses[i] == s);

        public override string ToString() =>
            $"{ProfileId} {Method} {Category} [{string.Join(",", Statuses)}] [{string.Join(",", Choices)}] chair {ChairChoice} order [{string.Join(",", Order)}]";
    }

    private static readonly Gen<RandomMeeting> Meetings =
        from n in Gen.Int[3, 15]
        from profile in Gen.OneOf(A, B)
        from method in Gen.OneOf(VotingMethod.Oral, VotingMethod.Hands, VotingMethod.Secret, VotingMethod.Recorded)
        from category in Gen.OneOf(ItemCategory.Policy, ItemCategory.Appointment, ItemCategory.Discipline, ItemCategory.Finance)
        // Mostly present, so most meetings reach their quorum and are counted.
        from statuses in Gen.Frequency(
                (6, Status.Present), (1, Status.OnLeave),
                (1, Status.Absent), (1, Status.Recused))
            .Array[n - 1]
        from choices in Gen.OneOf(VoteChoice.Yes, VoteChoice.No, VoteChoice.Abstain).Array[n - 1]
        from chair in Gen.OneOf(VoteChoice.Yes, VoteChoice.No, VoteChoice.Abstain)
        from order in Gen.Shuffle(Enumerable.Range(0, n - 1).ToArray())
        from otherOrder in Gen.Shuffle(Enumerable.Range(0, n - 1).ToArray())
        from repeaters in Gen.Int[0, n - 2].Array[0, 3]
        select new RandomMeeting(profile, method, category, statuses, choices, chair, order, otherOrder, repeaters);

    private sealed record Run(Tally Tally, SecretBallotBox? Box, IReadOnlyList<MeetingEvent> Log);

    /// <summary>
    /// Drives the meeting: leave and recusals before business (Q3, Q4), check-in, written opinions from those on leave
    /// (V4), then ballots in <paramref name="order"/>. Everyone not entitled also tries to vote, and some members try a
    /// second ballot; every such attempt must be refused. The chair votes last (V5). Null when the vote cannot open.
    /// </summary>
    private static Run? Drive(RandomMeeting r, int[] order)
    {
        var item = new AgendaItem("item", "议题", r.Method, r.Category);
        var meeting = new MeetingBuilder(r.ProfileId, r.Members, item);
        foreach (var i in r.With(Status.OnLeave))
        {
            meeting.OnLeave(Member(i + 1));
        }
        meeting.CheckIn(Secretary);
        foreach (var i in r.With(Status.Present).Concat(r.With(Status.Recused)).Order()) meeting.CheckIn(Member(i + 1));
        foreach (var i in r.With(Status.Recused))
            meeting.Do(m => m.Recuse(Member(i + 1), "item", Member(i + 1), "本人亲属", meeting.Now));
        if (meeting.Try(m => m.OpenVote(Secretary, "item", meeting.Now)).IsRefused) return null;
        meeting.Open("item");
        foreach (var i in r.With(Status.OnLeave))
            meeting.Do(m => m.SubmitWrittenOpinion(Member(i + 1), "item", $"同意（{i}）", meeting.Now));

        var box = r.Method == VotingMethod.Secret ? SecretBallotBox.Empty("item") : null;
        void Cast(string voter, VoteChoice choice, bool accepted)
        {
            if (box is not null)
            {
                var result = meeting.State.CastSecretBallot(box, voter, "item", choice);
                Assert.Equal(accepted, !result.IsRefused);
                if (accepted) box = result.Value!;
            }
            else
            {
                var result = meeting.Try(m => m.CastBallot(voter, "item", choice, meeting.Now));
                Assert.Equal(accepted, !result.IsRefused);
                if (accepted) meeting.Do(_ => result);
            }
        }

        foreach (var i in order)
        {
            var entitled = r.Statuses[i] == Status.Present;
            Cast(Member(i + 1), r.Choices[i], entitled);
        }
        // V11: nobody votes twice; Q3, Q4, Q7: those on leave, absent or recused cannot vote at all.
        foreach (var i in r.Repeaters) Cast(Member(i + 1), VoteChoice.Yes, accepted: false);
        Cast(Secretary, r.ChairChoice, accepted: true);
        Cast(Secretary, VoteChoice.Yes, accepted: false);

        var closed = meeting.Close("item", box?.Seal());
        return new Run(closed.Tally, box, meeting.Log);
    }

    private static int Intended(RandomMeeting r, VoteChoice choice) =>
        r.With(Status.Present).Count(i => r.Choices[i] == choice) + (r.ChairChoice == choice ? 1 : 0);

    [Fact]
    public void Tally_counts_one_ballot_per_present_unrecused_member_and_nothing_else_V3_V4_Q4_V11()
    {
        Meetings.Sample(r =>
        {
            var run = Drive(r, r.Order);
            if (run is null) return;
            var present = r.With(Status.Present).Count() + 1;
            var recused = r.With(Status.Recused).Count();

            Assert.Equal(Intended(r, VoteChoice.Yes), run.Tally.Yes);
            Assert.Equal(Intended(r, VoteChoice.No), run.Tally.No);
            Assert.Equal(Intended(r, VoteChoice.Abstain), run.Tally.Abstain);
            Assert.Equal(present, run.Tally.Yes + run.Tally.No + run.Tally.Abstain);
            Assert.Equal(present, run.Tally.Present);
            Assert.Equal(r.Members - recused, run.Tally.Base);
        }, iter: 300, print: r => r.ToString());
    }

    [Fact]
    public void Outcome_does_not_depend_on_the_order_members_vote_in_V3_V5()
    {
        Meetings.Sample(r =>
        {
            var first = Drive(r, r.Order);
            var second = Drive(r, r.OtherOrder);
            Assert.Equal(first?.Tally, second?.Tally);
        }, iter: 200, print: r => r.ToString());
    }

    [Fact]
    public void Secret_box_holds_counts_and_voters_never_who_chose_what_V2()
    {
        // The box has no member that could hold a pairing or an order: only counts, the item and the voter set.
        Assert.Equal(
            ["Abstain", "ItemId", "No", "Sealed", "Voters", "Yes"],
            typeof(SecretBallotBox).GetProperties().Select(p => p.Name).Where(n => n != "EqualityContract").Order()
                .Except(["CandidateId", "Defer"]));

        Meetings.Where(r => r.Method == VotingMethod.Secret).Sample(r =>
        {
            // Same meeting, but the choices handed round among the members and cast in another order:
            // if the box held any voter-to-choice link or any order, the two boxes would differ.
            var present = r.With(Status.Present).ToArray();
            var handedRound = present.OrderBy(i => Array.IndexOf(r.OtherOrder, i)).ToArray();
            var choices = (VoteChoice[])r.Choices.Clone();
            for (var k = 0; k < present.Length; k++) choices[present[k]] = r.Choices[handedRound[k]];
            var reassigned = r with { Choices = choices };
            var first = Drive(r, r.Order);
            var second = Drive(reassigned, r.OtherOrder);
            if (first is null) return;

            Assert.Equal(JsonSerializer.Serialize(first.Box), JsonSerializer.Serialize(second!.Box));
            Assert.DoesNotContain(first.Log, e => e is BallotCast);
            Assert.Equal(present.Select(i => Member(i + 1)).Append(Secretary).Order(StringComparer.Ordinal), first.Box!.Voters.ToArray());
        }, iter: 200, print: r => r.ToString());
    }
}
