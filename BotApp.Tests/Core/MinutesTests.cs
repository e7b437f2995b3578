using PartyGroupBot.Core;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Minutes;
using PartyGroupBot.Core.Rules;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;
using MeetingMinutes = PartyGroupBot.Core.Minutes.Minutes;

namespace PartyGroupBot.Tests.Core;

/// <summary>MN1 faithful record and MN3 sign-off (签发) by the secretary (A13(2), A13(5), B18(6)).</summary>
[Trait("Category", "Core")]
public class MinutesTests
{
    private static AgendaItem RecordedItem => new("policy", "关于2025年度工作要点的议题", VotingMethod.Recorded, ItemCategory.Policy);
    private static AgendaItem SecretItem => new("personnel", "关于推荐科级干部人选的议题", VotingMethod.Secret, ItemCategory.Appointment);
    private static AgendaItem UnvotedItem => new("other", "关于机关食堂管理的议题", VotingMethod.Hands, ItemCategory.Other);

    /// <summary>5 voting members, member4 (陈静) absent; the recorder attends. Recorded item, then secret item, third item never voted.</summary>
    private static MeetingBuilder HeldMeeting(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, RecordedItem, SecretItem, UnvotedItem);
        meeting.Do(m => m.CheckIn(Secretary, At(9, 0)));
        meeting.Do(m => m.CheckIn(Recorder, At(9, 1)));
        meeting.Do(m => m.CheckIn(Member(2), At(9, 2)));
        meeting.Do(m => m.CheckIn(Member(1), At(9, 3)));
        meeting.Do(m => m.CheckIn(Member(3), At(9, 20))); // late (Q7)

        meeting.Open("policy")
            .Vote("policy", Member(3), VoteChoice.Yes)
            .Vote("policy", Member(1), VoteChoice.No)
            .Vote("policy", Member(2), VoteChoice.Abstain)
            .Vote("policy", Secretary, VoteChoice.Yes);
        meeting.Close("policy");

        meeting.Open("personnel");
        meeting.Close("personnel", meeting.SecretVoteAll("personnel", yes: 4, no: 0, abstain: 0).Seal());
        return meeting.End();
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Only_the_secretary_signs_the_minutes_after_the_meeting_MN3(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, RecordedItem).CheckInVoting(5).CheckIn(OfficeDirector, Recorder);

        AssertRefused(meeting.Try(m => m.SignMinutes(Secretary, meeting.Now)), "MN3", RefusalCode.MeetingNotEnded);

        meeting.End();
        foreach (var other in new[] { Member(1), Member(2), Member(3), OfficeDirector, Recorder })
            AssertRefused(meeting.Try(m => m.SignMinutes(other, meeting.Now)), "MN3", RefusalCode.OnlySecretarySigns);

        AssertAccepted(meeting.Try(m => m.SignMinutes(Secretary, meeting.Now)));
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Minutes_are_signed_once_MN3(string profileId)
    {
        var meeting = new MeetingBuilder(profileId, 5, RecordedItem).CheckInVoting(5).End();
        meeting.Do(m => m.SignMinutes(Secretary, At(17, 30)));

        AssertRefused(meeting.Try(m => m.SignMinutes(Secretary, At(17, 45))), "MN3", RefusalCode.MinutesAlreadySigned);
        Assert.Equal(new MinutesSigned(At(17, 30), Secretary), meeting.State.Signature);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Draft_lists_who_was_present_with_times_and_who_was_absent_MN1(string profileId)
    {
        var minutes = MeetingMinutes.Draft(HeldMeeting(profileId).State);

        Assert.Equal(
            [
                new Attendance("王建国", Role.Secretary, At(9, 0)),
                new Attendance("冯雪", Role.Recorder, At(9, 1)),
                new Attendance("张敏", Role.PartyBuildingLead, At(9, 2)),
                new Attendance("李华", Role.DeputySecretary, At(9, 3)),
                new Attendance("刘洋", Role.Member, At(9, 20)),
            ],
            minutes.Present);
        Assert.Equal(["陈静"], minutes.Absent);
        Assert.Equal("王建国", minutes.ChairName);
        Assert.Equal(MeetingId, minutes.MeetingId);
        Assert.Equal(At(9, 0), minutes.StartedAt);
        Assert.NotNull(minutes.EndedAt);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Draft_lists_each_tally_and_the_named_ballots_with_the_chair_last_MN1_V5(string profileId)
    {
        var minutes = MeetingMinutes.Draft(HeldMeeting(profileId).State);

        var policy = minutes.Items[0];
        Assert.Equal("关于2025年度工作要点的议题", policy.Title);
        Assert.Equal(VotingMethod.Recorded, policy.Method);
        // V3: 2 yes of 5 members (absent 陈静 in the base) fails.
        Assert.Equal(new Tally(2, 1, 1, Base: 5, Present: 4, VoteOutcome.Failed), policy.Tally);
        Assert.Equal(
            [
                new NamedBallot("刘洋", VoteChoice.Yes),
                new NamedBallot("李华", VoteChoice.No),
                new NamedBallot("张敏", VoteChoice.Abstain),
                new NamedBallot("王建国", VoteChoice.Yes),
            ],
            policy.Ballots);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Draft_of_a_secret_item_has_a_tally_but_no_named_ballots_V2_MN6(string profileId)
    {
        var minutes = MeetingMinutes.Draft(HeldMeeting(profileId).State);

        var personnel = minutes.Items[1];
        Assert.Equal(VotingMethod.Secret, personnel.Method);
        // Q2: 4 of 5 present meets ⌈10/3⌉ = 4; V3: 4 > 5/2.
        Assert.Equal(new Tally(4, 0, 0, Base: 5, Present: 4, VoteOutcome.Passed), personnel.Tally);
        Assert.Empty(personnel.Ballots);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Draft_keeps_agenda_order_and_an_unvoted_item_has_no_tally_MN1(string profileId)
    {
        var minutes = MeetingMinutes.Draft(HeldMeeting(profileId).State);

        Assert.Equal(["关于2025年度工作要点的议题", "关于推荐科级干部人选的议题", "关于机关食堂管理的议题"], minutes.Items.Select(i => i.Title));
        Assert.Null(minutes.Items[2].Tally);
        Assert.Empty(minutes.Items[2].Ballots);
    }

    [Theory]
    [InlineData(A, "西宁市城中区人社局党组工作规则（2021）")]
    [InlineData(B, "昌吉州交通运输局党组工作规则（2020）")]
    public void Draft_is_unsigned_until_the_secretary_signs_MN3(string profileId, string profileName)
    {
        var meeting = HeldMeeting(profileId);

        var draft = MeetingMinutes.Draft(meeting.State);
        Assert.False(draft.IsSigned);
        Assert.Null(draft.SignedAt);
        Assert.Equal(profileName, draft.ProfileName);

        meeting.Do(m => m.SignMinutes(Secretary, At(17, 30)));
        var signed = MeetingMinutes.Draft(meeting.State);

        Assert.True(signed.IsSigned);
        Assert.Equal("王建国", signed.SignedBy);
        Assert.Equal(At(17, 30), signed.SignedAt);
    }
}
