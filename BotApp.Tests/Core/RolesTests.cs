using PartyGroupBot.Core;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;

namespace PartyGroupBot.Tests.Core;

/// <summary>
/// Roles (RULES.md "Roles"): who votes, who attends without a vote, who convenes, presides and signs.
/// The builder's group: the secretary; member1 the deputy secretary; member2 the party-building lead; member3 and
/// member4 members; an office director and a recorder. Observers are designated per meeting (Q5).
/// Delegation (B9 the deputy secretary, A13(2) the party-building lead presiding when the secretary delegates) is not
/// in BotApp.Core: a meeting's chair is always the secretary who convenes it. The tests below pin that: the deputy
/// secretary and the party-building lead vote, but neither convenes nor runs a vote.
/// </summary>
[Trait("Category", "Core")]
public class RolesTests
{
    private static AgendaItem Policy => new("policy", "关于2025年度工作要点的议题", VotingMethod.Recorded, ItemCategory.Policy);

    // Roles: "Members with a vote: secretary, deputySecretary, partyBuildingLead, member." Written out, not derived.
    [Theory]
    [InlineData("secretary", true)]
    [InlineData("deputySecretary", true)]
    [InlineData("partyBuildingLead", true)]
    [InlineData("member", true)]
    [InlineData("officeDirector", false)]
    [InlineData("recorder", false)]
    [InlineData("observer", false)]
    [InlineData("disciplineLiaison", false)]
    [InlineData("director", false)]
    public void Only_the_four_party_group_roles_have_a_vote_Roles(string name, bool hasVote)
    {
        Assert.True(RoleNames.TryParse(name, out var role));
        Assert.Equal(name, role.Name());
        Assert.Equal(hasVote, role.HasVote());                               // Roles: who votes
        Assert.Equal(hasVote, new GroupMember("x", "某人", role).HasVote);
    }

    [Fact]
    public void The_roster_names_exactly_the_roles_of_the_table_Roles()
    {
        Assert.Equal(
            ["deputySecretary", "director", "disciplineLiaison", "member", "observer", "officeDirector", "partyBuildingLead",
                "recorder", "secretary"],
            RoleNames.All.Order(StringComparer.Ordinal));
        Assert.False(RoleNames.TryParse("chair", out _));
    }

    // Roles: the deputy secretary, the party-building lead and members vote like the secretary; each ballot counts.
    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Deputy_secretary_party_building_lead_and_members_vote_Roles(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, Policy).CheckInVoting(5).Open("policy");
        Assert.Equal(Role.DeputySecretary, meeting.Group.Find(Member(1))!.Role);
        Assert.Equal(Role.PartyBuildingLead, meeting.Group.Find(Member(2))!.Role);

        foreach (var voter in new[] { Member(1), Member(2), Member(3), Member(4), Secretary })
            meeting.Vote("policy", voter, VoteChoice.Yes);

        var tally = meeting.Close("policy").Tally;
        Assert.Equal((5, 5, 5), (tally.Yes, tally.Base, tally.Present)); // Roles: five voting members, five counted
    }

    // Roles: the office director and the recorder attend without a vote; an observer (列席) has no vote (A13(2),
    // A13(3), A13(5), B18(4), B18(6)). They check in, but neither vote nor count towards the quorum.
    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Office_director_recorder_and_observer_attend_without_a_vote_Roles(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, Policy);
        meeting.Do(m => m.DesignateObserver(Secretary, "guest", "钱副局长", meeting.Now));
        meeting.CheckIn(OfficeDirector, Recorder, "guest", Secretary, Member(1));

        var state = meeting.State;
        Assert.All(new[] { OfficeDirector, Recorder, "guest" }, id => Assert.True(state.IsPresent(id))); // they attend
        Assert.Equal(2, state.VotingMembersPresent);                                                     // and do not count
        AssertRefused(meeting.Try(m => m.OpenVote(Secretary, "policy", meeting.Now)), "Q1", RefusalCode.NoQuorum);

        meeting.CheckIn(Member(2)).Open("policy");
        foreach (var attendee in new[] { OfficeDirector, Recorder, "guest" })
        {
            AssertRefused(meeting.Try(m => m.CastBallot(attendee, "policy", VoteChoice.Yes, meeting.Now)), "V11", RefusalCode.NoVote);
            Assert.Equal(RefusalCode.NoVote,
                meeting.State.CastSecretBallot(SecretBallotBox.Empty("policy"), attendee, "policy", VoteChoice.Yes).Refusal?.Code);
        }
    }

    // Roles: only members propose topics, request leave and give written opinions; attendees without a vote do not.
    [Theory]
    [InlineData(A, OfficeDirector)]
    [InlineData(A, Recorder)]
    [InlineData(B, OfficeDirector)]
    [InlineData(B, Recorder)]
    public void Attendee_without_a_vote_neither_proposes_nor_requests_leave_Roles(string profileId, string attendeeId)
    {
        var book = new AgendaTests.Book(AgendaTests.Group(profileId));
        var topic = new TopicProposal("关于机关食堂管理的议题", ItemCategory.Other, VotingMethod.Hands);
        AssertRefused(book.State.Propose(book.Group, attendeeId, topic, book.Now), "AG1", RefusalCode.NoVote);
        AssertAccepted(book.State.Propose(book.Group, Member(2), topic, book.Now));

        book.Schedule(book.Approved(topic));
        AssertRefused(book.State.RequestLeave(book.Group, MeetingId, attendeeId, "外出", book.Now), "Q3", RefusalCode.NoVote);
        AssertAccepted(book.State.RequestLeave(book.Group, MeetingId, Member(1), "外出", book.Now));
    }

    // Roles: the secretary convenes and presides (A6, A13(2), B9). Core has no delegation, so the deputy secretary
    // and the party-building lead neither convene nor run a vote; the meeting's chair is the secretary.
    [Theory]
    [InlineData(A, "member1")] // deputySecretary
    [InlineData(A, "member2")] // partyBuildingLead
    [InlineData(B, "member1")]
    [InlineData(B, "member2")]
    public void Secretary_convenes_and_presides_without_delegation_Roles(string profileId, string otherId)
    {
        var group = NewGroup(profileId, 5);
        AssertRefused(Meeting.Start(group, null, MeetingId, otherId, [Policy], At(9, 0)), "MK1", RefusalCode.OnlySecretaryConvenes);
        Assert.NotNull(Meeting.MayConvene(group, otherId));
        Assert.Null(Meeting.MayConvene(group, Secretary));

        var meeting = new MeetingBuilder(profileId, 5, Policy).CheckInVoting(5);
        Assert.Equal((Secretary, Secretary), (meeting.State.ChairId, meeting.State.Started.SecretaryId));
        AssertRefused(meeting.Try(m => m.OpenVote(otherId, "policy", meeting.Now)), "MK1", RefusalCode.OnlyChair);
        AssertRefused(meeting.Try(m => m.DesignateObserver(otherId, "guest", "钱副局长", meeting.Now)), "Q5", RefusalCode.OnlyChair);
    }

    // Roles: the secretary decides the agenda, signs the minutes and takes emergency decisions (A13(2), A13(6), B18(6));
    // the deputy secretary and the party-building lead do not.
    [Theory]
    [InlineData(A, "member1")]
    [InlineData(A, "member2")]
    [InlineData(B, "member1")]
    [InlineData(B, "member2")]
    public void Only_the_secretary_decides_the_agenda_signs_and_decides_in_an_emergency_Roles(string profileId, string otherId)
    {
        var book = new AgendaTests.Book(AgendaTests.Group(profileId));
        var id = book.Propose(Member(3), new TopicProposal("关于2025年度工作要点的议题", ItemCategory.Policy, VotingMethod.Recorded));
        AssertRefused(book.State.Approve(book.Group, otherId, id, book.Now), "AG1", RefusalCode.OnlySecretaryDecides);
        // Q6 is profile A's (A13(6)); seed B has no emergency decision by anyone.
        AssertRefused(book.State.DecideInEmergency(book.Group, otherId, "防汛", "启动应急预案", "汛情紧急", book.Now),
            "Q6", profileId == A ? RefusalCode.OnlySecretaryDecides : RefusalCode.NotInProfile);
        AssertAccepted(book.State.Approve(book.Group, Secretary, id, book.Now));

        var meeting = new MeetingBuilder(profileId, 5, Policy).CheckInVoting(5).Open("policy");
        meeting.VoteAll("policy", 5, 0, 0).Close("policy");
        meeting.End();
        AssertRefused(meeting.Try(m => m.SignMinutes(otherId, meeting.Now)), "MN3", RefusalCode.OnlySecretarySigns);
        AssertAccepted(meeting.Try(m => m.SignMinutes(Secretary, meeting.Now)));
    }

    // Roles: a group has exactly one secretary, who convenes and signs.
    [Fact]
    public void A_group_needs_exactly_one_secretary_Roles()
    {
        var group = NewGroup(A, 5);
        Assert.Null(group.Validate());
        Assert.Equal(Secretary, group.Secretary!.Id);

        var none = group with { Members = [.. group.Members.Where(m => m.Role != Role.Secretary)] };
        var two = group with { Members = [.. group.Members, new GroupMember("second", "第二书记", Role.Secretary)] };
        Assert.Equal(new Refusal("MN3", RefusalCode.SetupNeedsOneSecretary), none.Validate());
        Assert.Equal(new Refusal("MN3", RefusalCode.SetupNeedsOneSecretary), two.Validate());
    }
}
