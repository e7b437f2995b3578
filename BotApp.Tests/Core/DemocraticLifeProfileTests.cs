using PartyGroupBot.Core.Meetings;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;

namespace PartyGroupBot.Tests.Core;

/// <summary>DL4: profile A needs ⅔ present (A14(3)); seed B sets no number, and reads absentees' statements out (B23(3)).</summary>
[Trait("Category", "Core")]
public class DemocraticLifeProfileTests
{
    private static readonly AgendaItem[] Topics = [new("1", "对照检查", VotingMethod.Oral)];

    [Theory]
    [InlineData(A, 5)]
    [InlineData(B, 0)]
    public void Two_thirds_is_profile_As_rule_only_DL4(string profileId, int required)
    {
        var group = NewGroup(profileId, 7);
        var meeting = new MeetingBuilder(group, Accepted(Meeting.StartDemocraticLife(group, null, "dl", Secretary, Topics, At(9, 0))))
            .CheckInVoting(2);

        Assert.Equal(required, meeting.State.RequiredToOpenBusiness());
        Assert.Equal(profileId == B, meeting.State.CanOpenBusiness() is null);
    }

    [Theory]
    [InlineData(A, false)]
    [InlineData(B, true)]
    public void Statements_are_read_out_in_profile_B_and_the_minutes_say_so_DL4(string profileId, bool readOut)
    {
        var group = NewGroup(profileId, 5);
        var meeting = new MeetingBuilder(group, Accepted(Meeting.StartDemocraticLife(group, null, "dl", Secretary, Topics, At(9, 0))))
            .CheckInVoting(4);
        meeting.Do(m => m.SubmitWrittenStatement(Member(4), "本人对照检查材料已书面提交。", meeting.Now));
        meeting.End();

        Assert.Equal(readOut, PartyGroupBot.Core.Minutes.Minutes.Draft(meeting.State).StatementsReadOut);
    }
}
