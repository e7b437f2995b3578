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
    }
}
