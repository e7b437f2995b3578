using PartyGroupBot.Core;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Meetings;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;

namespace PartyGroupBot.Tests.Core;

/// <summary>Q6 (A13(6)): the secretary decides alone when no meeting can be held in time; the next meeting hears it as a report.</summary>
[Trait("Category", "Core")]
public class EmergencyDecisionTests
{
    [Theory]
    [InlineData(A)]
    public void Only_the_secretary_decides_in_an_emergency_with_a_reason_Q6(string profileId)
    {
        var book = new AgendaTests.Book(AgendaTests.Group(profileId));

        AssertRefused(book.State.DecideInEmergency(book.Group, Member(1), "防汛应急", "启动应急值守", "汛情紧急", book.Now),
            "Q6", RefusalCode.OnlySecretaryDecides);
        AssertRefused(book.State.DecideInEmergency(book.Group, Secretary, "防汛应急", "启动应急值守", "", book.Now),
            "Q6", RefusalCode.InvalidInput);
        AssertAccepted(book.State.DecideInEmergency(book.Group, Secretary, "防汛应急", "启动应急值守", "汛情紧急，无法及时召开会议", book.Now));
    }

    [Theory]
    [InlineData(A)]
    public void Emergency_decision_goes_on_the_next_meeting_as_a_report_that_is_not_voted_Q6(string profileId)
    {
        var book = new AgendaTests.Book(AgendaTests.Group(profileId));
        var report = ((EmergencyDecisionTaken)book.Do(a => a.DecideInEmergency(
            book.Group, Secretary, "防汛应急", "启动应急值守", "汛情紧急，无法及时召开会议", book.Now))).ItemId;
        var policy = book.Approved(new TopicProposal("关于2025年度工作要点的议题", ItemCategory.Policy, VotingMethod.Recorded));

        var scheduled = Assert.IsType<MeetingScheduled>(book.Schedule(policy)[0]);

        Assert.Equal([policy, report], scheduled.ItemIds);
        Assert.Empty(book.State.ReportsDue); // heard once, at this meeting
        var meeting = MeetingState.Fold([Accepted(Meeting.Start(book.Group, null, book.State, MeetingId, Secretary, At(9, 0)))]);
        Assert.True(meeting.Item(report)!.Item.Report);
        var checkedIn = MeetingState.Fold([meeting.Started,
            .. new[] { Secretary, Member(1), Member(2), Member(3), Member(4) }.Select((id, i) => new MemberCheckedIn(At(9, i + 1), id))]);
        AssertRefused(checkedIn.OpenVote(Secretary, report, At(9, 10)), "Q6", RefusalCode.ReportNotVoted);
        AssertAccepted(checkedIn.OpenVote(Secretary, policy, At(9, 10)));
    }

    // Q6 is A13(6) only: seed B has no clause letting the secretary decide alone, so profile B refuses it to everyone.
    [Theory]
    [InlineData(Secretary)]
    [InlineData("member1")]
    public void Profile_B_has_no_emergency_decision_by_the_secretary_Q6(string actorId)
    {
        var book = new AgendaTests.Book(AgendaTests.Group(B));
        AssertRefused(book.State.DecideInEmergency(book.Group, actorId, "防汛应急", "启动应急值守", "汛情紧急，无法及时召开会议", book.Now),
            "Q6", RefusalCode.NotInProfile);
    }
}
