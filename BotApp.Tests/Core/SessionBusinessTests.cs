using PartyGroupBot.Core;
using PartyGroupBot.Core.Meetings;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;

namespace PartyGroupBot.Tests.Core;

/// <summary>What opens business at a democratic life meeting (DL4) and what a study session refuses (MK3), and who convenes each kind.</summary>
[Trait("Category", "Core")]
public class SessionBusinessTests
{
    private static readonly AgendaItem[] Topics = [new("1", "对照检查，开展批评与自我批评", VotingMethod.Oral)];

    [Fact]
    public void DL4_the_discussion_of_a_democratic_life_meeting_opens_only_with_two_thirds_present()
    {
        // N = 7: Q1 would need 4, DL4 needs 5.
        var group = NewGroup(A, 7);
        var meeting = new MeetingBuilder(group, Accepted(Meeting.StartDemocraticLife(group, null, "dl", Secretary, Topics, At(9, 0)))).CheckInVoting(4);
        AssertRefused(meeting.Try(m => m.OpenDiscussion(Secretary, "1", meeting.Now)), "DL4", RefusalCode.NoQuorum);
        meeting.CheckIn(Member(4));
        Assert.IsType<DiscussionOpened>(meeting.Do(m => m.OpenDiscussion(Secretary, "1", meeting.Now)));
    }

    [Fact]
    public void Q1_is_still_what_a_party_group_meetings_discussion_needs_not_DL4()
    {
        // N = 7: Q1 needs 4 present, DL4 would need 5.
        var meeting = new MeetingBuilder(A, 7, Topics[0]).CheckInVoting(3);
        AssertRefused(meeting.Try(m => m.OpenDiscussion(Secretary, Topics[0].Id, meeting.Now)), "Q1", RefusalCode.NoQuorum);
        meeting.CheckIn(Member(3));
        Assert.IsType<DiscussionOpened>(meeting.Do(m => m.OpenDiscussion(Secretary, Topics[0].Id, meeting.Now)));
    }

    [Fact]
    public void MK3_a_study_session_opens_its_discussion_with_anyone_present_and_never_a_vote()
    {
        var group = NewGroup(B, 7);
        var meeting = new MeetingBuilder(group, Accepted(Meeting.StartStudySession(group, null, "st", Secretary, Topics, seminar: true, At(9, 0)))).CheckInVoting(1);
        AssertRefused(meeting.Try(m => m.OpenVote(Secretary, "1", meeting.Now)), "MK3", RefusalCode.StudyNotVoted);
        meeting.CheckIn([.. Enumerable.Range(1, 6).Select(Member)]);
        AssertRefused(meeting.Try(m => m.OpenVote(Secretary, "1", meeting.Now)), "MK3", RefusalCode.StudyNotVoted);
        Assert.IsType<DiscussionOpened>(meeting.Do(m => m.OpenDiscussion(Secretary, "1", meeting.Now)));
    }

    [Theory]
    [InlineData(MeetingKind.PartyGroupMeeting, "MK1")]
    [InlineData(MeetingKind.DemocraticLifeMeeting, "MK2")]
    [InlineData(MeetingKind.StudyGroup, "MK3")]
    public void MK1_MK2_MK3_only_the_secretary_convenes_each_kind(MeetingKind kind, string rule)
    {
        var group = NewGroup(A, 5);
        Assert.Null(Convening.MayConvene(group, Secretary, kind));
        Assert.Equal(new Refusal(rule, RefusalCode.OnlySecretaryConvenes), Convening.MayConvene(group, Member(1), kind));
        Assert.Equal(new Refusal(rule, RefusalCode.OnlySecretaryConvenes), Convening.MayConvene(group, OfficeDirector, kind));
        Assert.Equal(new Refusal(rule, RefusalCode.OnlySecretaryConvenes), Convening.MayConvene(group, null, kind));
    }
}
