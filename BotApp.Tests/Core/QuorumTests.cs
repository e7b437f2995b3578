using PartyGroupBot.Core;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Profiles;
using PartyGroupBot.Core.Rules;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;

namespace PartyGroupBot.Tests.Core;

/// <summary>Q1 opening quorum (半数以上) and Q2 two-thirds quorum (三分之二以上), A13(3), B18(4).</summary>
[Trait("Category", "Core")]
public class QuorumTests
{
    private static AgendaItem PolicyItem => new("policy", "关于2025年度工作要点的议题", VotingMethod.Recorded, ItemCategory.Policy);
    private static AgendaItem PersonnelItem => new("personnel", "关于推荐科级干部人选的议题", VotingMethod.Secret, ItemCategory.Appointment);
    private static AgendaItem DisciplineItem => new("discipline", "关于给予某党员党内警告处分的议题", VotingMethod.Secret, ItemCategory.Discipline);

    // Q1 default: 以上 includes the number, so present ≥ ⌈N/2⌉.
    [Theory]
    [InlineData(A, 3, 2)]
    [InlineData(A, 4, 2)]
    [InlineData(A, 5, 3)]
    [InlineData(A, 6, 3)]
    [InlineData(A, 7, 4)]
    [InlineData(A, 8, 4)]
    [InlineData(A, 9, 5)]
    [InlineData(A, 10, 5)]
    [InlineData(A, 11, 6)]
    [InlineData(A, 12, 6)]
    [InlineData(A, 13, 7)]
    [InlineData(A, 14, 7)]
    [InlineData(A, 15, 8)]
    [InlineData(B, 3, 2)]
    [InlineData(B, 4, 2)]
    [InlineData(B, 5, 3)]
    [InlineData(B, 6, 3)]
    [InlineData(B, 7, 4)]
    [InlineData(B, 8, 4)]
    [InlineData(B, 9, 5)]
    [InlineData(B, 10, 5)]
    [InlineData(B, 11, 6)]
    [InlineData(B, 12, 6)]
    [InlineData(B, 13, 7)]
    [InlineData(B, 14, 7)]
    [InlineData(B, 15, 8)]
    public void Opening_quorum_is_half_of_members_including_the_half_Q1(string profileId, int members, int required)
    {
        var profile = RuleProfiles.Get(profileId);

        Assert.Equal(required, Quorum.RequiredToOpen(members, profile.OpeningQuorum));
        Assert.Equal((required, QuorumRule.Half), Quorum.RequiredForItem(members, ItemCategory.Policy, profile));
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Both_seeds_read_half_as_including_the_half_Q1(string profileId) =>
        Assert.Equal(HalfRule.AtLeastHalf, RuleProfiles.Get(profileId).OpeningQuorum);

    // Q1: "a profile may set 'strictly more than half'": present > N/2.
    [Theory]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    [InlineData(5, 3)]
    [InlineData(6, 4)]
    [InlineData(7, 4)]
    [InlineData(8, 5)]
    [InlineData(9, 5)]
    [InlineData(10, 6)]
    [InlineData(11, 6)]
    [InlineData(12, 7)]
    [InlineData(13, 7)]
    [InlineData(14, 8)]
    [InlineData(15, 8)]
    public void Strictly_more_than_half_setting_needs_more_than_half_Q1(int members, int required)
    {
        Assert.Equal(required, Quorum.RequiredToOpen(members, HalfRule.MoreThanHalf));
        foreach (var profile in RuleProfiles.All)
            Assert.Equal((required, QuorumRule.Half),
                Quorum.RequiredForItem(members, ItemCategory.Policy, profile with { OpeningQuorum = HalfRule.MoreThanHalf }));
    }

    [Theory]
    [InlineData(A, 3, 2)]
    [InlineData(A, 4, 2)]
    [InlineData(A, 5, 3)]
    [InlineData(A, 6, 3)]
    [InlineData(A, 7, 4)]
    [InlineData(A, 8, 4)]
    [InlineData(A, 9, 5)]
    [InlineData(A, 10, 5)]
    [InlineData(A, 11, 6)]
    [InlineData(A, 12, 6)]
    [InlineData(A, 13, 7)]
    [InlineData(A, 14, 7)]
    [InlineData(A, 15, 8)]
    [InlineData(B, 3, 2)]
    [InlineData(B, 4, 2)]
    [InlineData(B, 5, 3)]
    [InlineData(B, 6, 3)]
    [InlineData(B, 7, 4)]
    [InlineData(B, 8, 4)]
    [InlineData(B, 9, 5)]
    [InlineData(B, 10, 5)]
    [InlineData(B, 11, 6)]
    [InlineData(B, 12, 6)]
    [InlineData(B, 13, 7)]
    [InlineData(B, 14, 7)]
    [InlineData(B, 15, 8)]
    public void Meeting_opens_with_half_present_Q1(string profileId, int members, int required)
    {
        var meeting = new MeetingBuilder(profileId, members, PolicyItem).CheckInVoting(required - 1);

        AssertRefused(meeting.Try(m => m.OpenVote(Secretary, "policy", meeting.Now)), "Q1", RefusalCode.NoQuorum);

        meeting.CheckIn(Member(required - 1));
        AssertAccepted(meeting.Try(m => m.OpenVote(Secretary, "policy", meeting.Now)));
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Non_voting_attendees_do_not_make_the_quorum_Q1(string profileId)
    {
        // 5 voting members need 3; the secretary, one member, the office director and the recorder are 4 people.
        var meeting = new MeetingBuilder(profileId, 5, PolicyItem).CheckInVoting(2).CheckIn(OfficeDirector, Recorder);

        AssertRefused(meeting.Try(m => m.OpenVote(Secretary, "policy", meeting.Now)), "Q1", RefusalCode.NoQuorum);
    }

    // Q2: personnel items need present ≥ ⌈2N/3⌉ in both seeds (A13(3), B18(4)).
    [Theory]
    [InlineData(A, 3, 2)]
    [InlineData(A, 4, 3)]
    [InlineData(A, 5, 4)]
    [InlineData(A, 6, 4)]
    [InlineData(A, 7, 5)]
    [InlineData(A, 8, 6)]
    [InlineData(A, 9, 6)]
    [InlineData(A, 10, 7)]
    [InlineData(A, 11, 8)]
    [InlineData(A, 12, 8)]
    [InlineData(A, 13, 9)]
    [InlineData(A, 14, 10)]
    [InlineData(A, 15, 10)]
    [InlineData(B, 3, 2)]
    [InlineData(B, 4, 3)]
    [InlineData(B, 5, 4)]
    [InlineData(B, 6, 4)]
    [InlineData(B, 7, 5)]
    [InlineData(B, 8, 6)]
    [InlineData(B, 9, 6)]
    [InlineData(B, 10, 7)]
    [InlineData(B, 11, 8)]
    [InlineData(B, 12, 8)]
    [InlineData(B, 13, 9)]
    [InlineData(B, 14, 10)]
    [InlineData(B, 15, 10)]
    public void Personnel_item_needs_two_thirds_of_members_Q2(string profileId, int members, int required)
    {
        Assert.Equal(required, Quorum.RequiredForTwoThirds(members));
        Assert.Equal((required, QuorumRule.TwoThirds), Quorum.RequiredForItem(members, ItemCategory.Appointment, RuleProfiles.Get(profileId)));
    }

    // Q2: profile B also applies ⅔ to discipline items (B18(4)); profile A leaves them at Q1 (A13(3)).
    [Theory]
    [InlineData(A, 3, 2, "Q1")]
    [InlineData(A, 4, 2, "Q1")]
    [InlineData(A, 5, 3, "Q1")]
    [InlineData(A, 6, 3, "Q1")]
    [InlineData(A, 7, 4, "Q1")]
    [InlineData(A, 8, 4, "Q1")]
    [InlineData(A, 9, 5, "Q1")]
    [InlineData(A, 10, 5, "Q1")]
    [InlineData(A, 11, 6, "Q1")]
    [InlineData(A, 12, 6, "Q1")]
    [InlineData(A, 13, 7, "Q1")]
    [InlineData(A, 14, 7, "Q1")]
    [InlineData(A, 15, 8, "Q1")]
    [InlineData(B, 3, 2, "Q2")]
    [InlineData(B, 4, 3, "Q2")]
    [InlineData(B, 5, 4, "Q2")]
    [InlineData(B, 6, 4, "Q2")]
    [InlineData(B, 7, 5, "Q2")]
    [InlineData(B, 8, 6, "Q2")]
    [InlineData(B, 9, 6, "Q2")]
    [InlineData(B, 10, 7, "Q2")]
    [InlineData(B, 11, 8, "Q2")]
    [InlineData(B, 12, 8, "Q2")]
    [InlineData(B, 13, 9, "Q2")]
    [InlineData(B, 14, 10, "Q2")]
    [InlineData(B, 15, 10, "Q2")]
    public void Discipline_item_needs_two_thirds_only_under_B_Q2(string profileId, int members, int required, string ruleId) =>
        Assert.Equal((required, ruleId == "Q2" ? QuorumRule.TwoThirds : QuorumRule.Half), Quorum.RequiredForItem(members, ItemCategory.Discipline, RuleProfiles.Get(profileId)));

    [Theory]
    [InlineData(A, 3, 2)]
    [InlineData(A, 4, 3)]
    [InlineData(A, 5, 4)]
    [InlineData(A, 6, 4)]
    [InlineData(A, 7, 5)]
    [InlineData(A, 8, 6)]
    [InlineData(A, 9, 6)]
    [InlineData(A, 10, 7)]
    [InlineData(A, 11, 8)]
    [InlineData(A, 12, 8)]
    [InlineData(A, 13, 9)]
    [InlineData(A, 14, 10)]
    [InlineData(A, 15, 10)]
    [InlineData(B, 3, 2)]
    [InlineData(B, 4, 3)]
    [InlineData(B, 5, 4)]
    [InlineData(B, 6, 4)]
    [InlineData(B, 7, 5)]
    [InlineData(B, 8, 6)]
    [InlineData(B, 9, 6)]
    [InlineData(B, 10, 7)]
    [InlineData(B, 11, 8)]
    [InlineData(B, 12, 8)]
    [InlineData(B, 13, 9)]
    [InlineData(B, 14, 10)]
    [InlineData(B, 15, 10)]
    public void Personnel_vote_opens_with_two_thirds_present_Q2(string profileId, int members, int required)
    {
        var meeting = new MeetingBuilder(profileId, members, PersonnelItem).CheckInVoting(required - 1);

        AssertRefused(meeting.Try(m => m.OpenVote(Secretary, "personnel", meeting.Now)), "Q2", RefusalCode.ItemQuorumNotMet);

        meeting.CheckIn(Member(required - 1));
        AssertAccepted(meeting.Try(m => m.OpenVote(Secretary, "personnel", meeting.Now)));
    }

    // With 5 of 9 (Q1 met, ⅔ = 6 not met) or 3 of 6 (Q1 met, ⅔ = 4 not met) present,
    // a discipline item opens under A and is refused under B.
    [Theory]
    [InlineData(A, 9, 5, true)]
    [InlineData(A, 6, 3, true)]
    [InlineData(B, 9, 5, false)]
    [InlineData(B, 6, 3, false)]
    public void Discipline_vote_with_half_present_opens_under_A_only_Q2(string profileId, int members, int present, bool opens)
    {
        var meeting = new MeetingBuilder(profileId, members, DisciplineItem).CheckInVoting(present);

        var result = meeting.Try(m => m.OpenVote(Secretary, "discipline", meeting.Now));

        if (opens) AssertAccepted(result);
        else AssertRefused(result, "Q2", RefusalCode.ItemQuorumNotMet);
    }

    // Q2 is "checked when the item's vote opens, not only at roll call"; Q7 late arrivals count from their check-in.
    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Two_thirds_is_checked_when_the_personnel_vote_opens_Q2_Q7(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 6, PolicyItem, PersonnelItem).CheckInVoting(3);
        meeting.Open("policy").VoteAll("policy", yes: 3, no: 0, abstain: 0).Close("policy");

        AssertRefused(meeting.Try(m => m.OpenVote(Secretary, "personnel", meeting.Now)), "Q2", RefusalCode.ItemQuorumNotMet);

        meeting.CheckIn(Member(3)); // arrives late: 4 of 6 = ⌈2·6/3⌉
        AssertAccepted(meeting.Try(m => m.OpenVote(Secretary, "personnel", meeting.Now)));
    }
}
