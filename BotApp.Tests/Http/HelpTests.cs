using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>帮助 shows what the user can do in their role right now; unknown text gets it too.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class HelpTests(Azurite azurite) : BotTestBase(azurite)
{
    private readonly TeamsWorld _world = GroupSetup.World("help");

    protected override IEnumerable<string> Administrators => [_world[0].AadObjectId];

    private async Task<string> HelpAsync(TeamsClient teams, TeamsPerson who, string text = "帮助")
    {
        Connector.Clear();
        await teams.SayAsync(who, text);
        return Connector.Requests.Single(r => r.Card is not null).Card!.AllText();
    }

    [Fact]
    public async Task Help_follows_the_role_and_the_meeting()
    {
        Connector.Roster = _world.People;
        var teams = ClientFor(_world);
        await GroupSetup.SetUpAsync(teams, _world);

        var secretary = await HelpAsync(teams, _world[0]);
        Assert.Contains("你的角色：党组书记", secretary);
        Assert.Contains("开始会议（start meeting）", secretary);
        Assert.Contains("设置（setup）", secretary);

        var member = await HelpAsync(teams, _world[2], "what can I do?");
        Assert.Contains("当前没有进行中的会议", member);
        Assert.DoesNotContain("开始会议（start meeting）", member);
        Assert.Contains("不在本党组名单中", await HelpAsync(teams, _world[6]));

        await GroupSetup.StartMeetingAsync(teams, _world, "议题一");
        var inMeeting = await HelpAsync(teams, _world[2]);
        Assert.Contains("请假（request leave）", inMeeting);
        Assert.DoesNotContain("你是主持人", inMeeting);
        Assert.Contains("你是主持人", await HelpAsync(teams, _world[0], "help"));
        var recorder = await HelpAsync(teams, _world[5]);
        Assert.Contains("你的角色：专职记录", recorder);
        Assert.DoesNotContain("请假（request leave）", recorder);
        Assert.DoesNotContain("书面发言（written statement）", inMeeting);
    }

    /// <summary>MK3: a study session votes on nothing, so help offers no recusal, ballot or written statement, and leave only for the attendance.</summary>
    [Fact]
    public async Task Help_during_a_study_session_offers_no_voting_MK3()
    {
        Connector.Roster = _world.People;
        var teams = ClientFor(_world);
        await GroupSetup.SetUpAsync(teams, _world);
        var study = await teams.ClickAsync(_world[0], "startStudySession", new { topics = "学习党的二十届四中全会精神", seminar = "false" });
        await teams.ClickAsync(_world[0], "checkIn", new { meetingId = (string)study.Action("checkIn")["data"]!["meetingId"]! });

        var member = await HelpAsync(teams, _world[2]);
        Assert.Contains("在签到卡上点“签到”", member);
        Assert.Contains("记入学习考勤 [MK3]", member);
        foreach (var voting in new[] { "会前向书记请假", "回避（recuse）", "在表决票上点", "书面发言（written statement）" })
            Assert.DoesNotContain(voting, member);
        var chair = await HelpAsync(teams, _world[0]);
        Assert.Contains("在签到卡上逐项开始研讨；中心组学习不付表决 [MK3]", chair);
        Assert.Contains("结束会议（end meeting）", chair);
        Assert.DoesNotContain("开始表决", chair);
        Assert.DoesNotContain("整改措施（rectification）", chair);

        // The democratic life meeting keeps its written statement (DL4).
        await teams.SayAsync(_world[0], "结束会议");
        await teams.ClickAsync(_world[0], "startDemocraticLife", new { topics = "对照检查" });
        Assert.Contains("书面发言（written statement）", await HelpAsync(teams, _world[2]));
    }
}
