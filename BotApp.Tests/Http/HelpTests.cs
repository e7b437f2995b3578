using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>帮助 shows what the user can do in their role right now; unknown text gets it too.</summary>
[Trait("Category", "Http")]
public sealed class HelpTests(SharedAzurite azurite) : BotTestBase(azurite)
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
        Assert.Contains("请假（request leave）", member);
        Assert.Contains("不在本党组名单中", await HelpAsync(teams, _world[6]));

        await GroupSetup.StartMeetingAsync(teams, _world, "议题一");
        var inMeeting = await HelpAsync(teams, _world[2]);
        // Q3: leave is asked before the meeting; once it runs, leaving early is 离开会议 (Q7).
        Assert.Contains("离开会议", inMeeting);
        Assert.DoesNotContain("请假（request leave）", inMeeting);
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

    /// <summary>
    /// Issue 12, also seen: in the personal chat there is no team, so 帮助 finds the person's groups in the tenant (as
    /// 我的督办 does) and offers each group's commands in their role there, naming the groups when there are two.
    /// </summary>
    [Fact]
    public async Task Help_in_the_personal_chat_offers_the_commands_of_each_group_of_the_tenant_named()
    {
        var county = _world with { TeamName = "县人社局党组" };
        var bureau = TeamsWorld.Create("help-b", GroupSetup.Roles.Length) with
        {
            TenantId = _world.TenantId, People = _world.People, TeamName = "县交通运输局党组",
        };
        Connector.Roster = _world.People;
        await GroupSetup.SetUpAsync(ClientFor(county), county);
        // In the second team person 2 is the secretary, person 0 a member and person 3 not in the group.
        var roles = new JObject { ["profile"] = "changji-transport-2020" };
        string[] bureauRoles = ["member", "deputySecretary", "secretary", "none", "member", "recorder", "none"];
        for (var i = 0; i < bureauRoles.Length; i++) roles["role." + bureau[i].AadObjectId] = bureauRoles[i];
        Assert.Contains("设置已保存", (await ClientFor(bureau).ClickAsync(bureau[0], "saveSetup", roles)).AllText());

        var both = (await SayPrivatelyAsync(ClientFor(county), _world[0], "帮助")).AllText();
        Assert.DoesNotContain("不在本党组名单中", both);
        Assert.Contains("请在团队频道中 @PartyGroupBot 输入", both);
        var sections = both.Split('【').Skip(1).ToList();
        Assert.Equal(2, sections.Count);
        Assert.Contains("你的角色：党组书记", Assert.Single(sections, s => s.StartsWith("县人社局党组】")));
        Assert.Contains("你的角色：党组成员", Assert.Single(sections, s => s.StartsWith("县交通运输局党组】")));
        Assert.Contains("开始会议（start meeting）", both);

        // Someone in one group only gets that group's help, unnamed; someone in none is told so.
        var one = (await SayPrivatelyAsync(ClientFor(county), _world[3], "帮助")).AllText();
        Assert.Contains("你的角色：党组成员", one);
        Assert.DoesNotContain("【", one);
        Assert.Contains("不在本党组名单中", (await SayPrivatelyAsync(ClientFor(county), _world[6], "帮助")).AllText());
    }

    private async Task<JObject> SayPrivatelyAsync(TeamsClient teams, TeamsPerson from, string text)
    {
        Connector.Clear();
        var activity = teams.Personal(from, ActivityTypes.Message);
        activity.Text = text;
        (await teams.PostAsync(activity)).EnsureSuccessStatusCode();
        return Connector.Requests.Single(r => r.Card is not null && r.Path.StartsWith($"/v3/conversations/a:personal-{from.Mri}")).Card!;
    }
}
