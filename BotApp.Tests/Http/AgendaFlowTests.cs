using Newtonsoft.Json.Linq;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>
/// The 议题库 over HTTP: 议题申报 and the secretary's approval or return (AG1, AG7), the director's consent in profile B
/// (AG3), 安排会议 with the agenda notice to the channel and to each member (AG2, AG6) and the liaison notice (AG5), and
/// starting the scheduled meeting with its observers (AG4, Q5). Every verb is refused for the wrong role, the wrong state
/// and another team of the same tenant.
/// </summary>
[Trait("Category", "Http")]
public sealed class AgendaFlowTests(SharedAzurite azurite) : BotTestBase(azurite)
{
    /// <summary>0 secretary, 1 deputy, 2–4 members (five votes), 5 recorder, 6 discipline liaison, 7 director, 8 in the team only.</summary>
    private static readonly string[] Roles =
        ["secretary", "deputySecretary", "member", "member", "member", "recorder", "disciplineLiaison", "director", "none"];

    private readonly TeamsWorld _world = TeamsWorld.Create("agenda", Roles.Length);
    protected override IEnumerable<string> Administrators => [_world[0].AadObjectId, Other[0].AadObjectId];

    /// <summary>Another team of the same tenant, with its own group and secretary.</summary>
    private TeamsWorld Other => _otherWorld ??= TeamsWorld.Create("agenda-b", Roles.Length) with { TenantId = _world.TenantId };
    private TeamsWorld? _otherWorld;

    private TeamsPerson Secretary => _world[0];
    private TeamsPerson Deputy => _world[1];
    private TeamsPerson Member2 => _world[2];
    private TeamsPerson Recorder => _world[5];
    private TeamsPerson Liaison => _world[6];
    private TeamsPerson Director => _world[7];
    private TeamsPerson Outsider => _world[8];

    private static string Today => DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_member_proposes_and_the_secretary_approves_or_returns_it_and_the_proposer_is_told_privately()
    {
        var (teams, other) = await SetUpAsync("chengzhong-hrss-2021");

        // The form, for a voting member only (AG1).
        Connector.Clear();
        await teams.SayAsync(Member2, "议题申报");
        var form = Connector.Requests.Single(r => r.Card is not null).Card!;
        Assert.Equal("proposeItem", (string?)form.Action("proposeItem")["verb"]);
        Assert.Equal(new[] { "title", "category", "method", "important", "confidential", "amount", "candidates", "adHoc", "adHocReason" }, InputIds(form));
        Connector.Clear();
        await teams.SayAsync(Recorder, "propose");
        Assert.Contains("你的角色没有表决权。 [AG1]", Connector.Requests.Single(r => r.Card is not null).Card!.AllText());

        // Refusals: not on the roster, no vote, a category or a flag that is not in the protocol, personnel without candidates (V7).
        var budget = new { title = "审议2027年度部门预算", category = "policy", method = "recorded", important = "true", urgent = "false", confidential = "false", amount = "80000", candidates = "" };
        Assert.Contains("[AG1]", (await teams.ClickAsync(Outsider, "proposeItem", budget)).AllText());
        Assert.Contains("你的角色没有表决权。 [AG1]", (await teams.ClickAsync(Recorder, "proposeItem", budget)).AllText());
        Assert.Contains("卡片数据无效", (await teams.ClickAsync(Member2, "proposeItem", new { title = "x", category = "budget", method = "recorded" })).AllText());
        Assert.Contains("卡片数据无效", (await teams.ClickAsync(Member2, "proposeItem", new { title = "x", category = "other", method = "recorded", adHoc = "yes" })).AllText());
        Assert.Contains("[V7]", (await teams.ClickAsync(Member2, "proposeItem", new { title = "推荐副科级干部人选", category = "appointment", method = "secret" })).AllText());
        Assert.DoesNotContain(Connector.Requests, r => r.Path == "/v3/conversations");

        // Proposed: the secretary, and only the secretary, gets the approval card privately; 80,000 yuan makes it finance (AG7).
        Connector.Clear();
        Assert.Contains($"等待{Secretary.Name}审核", (await teams.ClickAsync(Member2, "proposeItem", budget)).AllText());
        Assert.Equal(Secretary.Mri, (string?)Connector.Requests.Single(r => r.Path == "/v3/conversations").Body!["members"]![0]!["id"]);
        var approval = Connector.Requests.Single(r => r.Card is not null).Card!;
        Assert.Contains("审议2027年度部门预算", approval.AllText());
        Assert.Equal("财务支出", approval.FactsWith("类别")["类别"]);
        Assert.Equal(Member2.Name, approval.FactsWith("申报人")["申报人"]);
        var approve = approval.Action("approveItem")["data"]!;
        Assert.Equal(_world.TeamId, (string?)approve["teamId"]);
        Assert.Equal(approve.ToString(), approval.Action("returnItem")["data"]!.ToString());

        // approveItem refused: another member, no team in a private chat, another team's secretary either way.
        Assert.Contains("只有党组书记可以决定。 [AG1]", (await teams.ClickAsync(Deputy, "approveItem", approve, personal: true)).AllText());
        Assert.Contains("请在党组团队的频道中使用。", (await teams.ClickAsync(Secretary, "approveItem", new { itemId = (string?)approve["itemId"] }, personal: true)).AllText());
        Assert.Contains("只有党组书记可以决定。 [AG1]", (await other.ClickAsync(Other[0], "approveItem", approve, personal: true)).AllText());
        Assert.Contains("找不到这个议题。 [AG1]", (await other.ClickAsync(Other[0], "approveItem", new { itemId = (string?)approve["itemId"] })).AllText());
        Assert.Contains("找不到这个议题。 [AG1]", (await other.ClickAsync(Other[0], "returnItem", new { itemId = (string?)approve["itemId"], reason = "x" })).AllText());

        // Approved; the proposer is told privately.
        Connector.Clear();
        Assert.Contains("[AG4]", (await teams.ClickAsync(Secretary, "approveItem", approve, personal: true)).AllText());
        Assert.Equal(Member2.Mri, (string?)Connector.Requests.Single(r => r.Path == "/v3/conversations").Body!["members"]![0]!["id"]);
        Assert.Contains("你申报的议题“审议2027年度部门预算”已经党组书记同意上会", Connector.Requests.Single(r => r.Card is not null).Card!.AllText());

        // Wrong state: decided once.
        Assert.Contains("该议题已经处理过。 [AG1]", (await teams.ClickAsync(Secretary, "approveItem", approve, personal: true)).AllText());
        var returnDone = JObject.FromObject(new { itemId = (string?)approve["itemId"], teamId = _world.TeamId, reason = "材料不全" });
        Assert.Contains("该议题已经处理过。 [AG1]", (await teams.ClickAsync(Secretary, "returnItem", returnDone, personal: true)).AllText());

        // Returned with a reason, which the proposer reads; without a reason it is refused.
        Connector.Clear();
        await teams.ClickAsync(_world[3], "proposeItem", new { title = "研究机关食堂外包", category = "other", method = "hands" });
        var returnData = (JObject)Connector.Requests.Single(r => r.Card is not null).Card!.Action("returnItem")["data"]!.DeepClone();
        Assert.Contains("卡片数据无效，未做任何更改。 [AG1]", (await teams.ClickAsync(Secretary, "returnItem", returnData, personal: true)).AllText());
        Assert.Contains("只有党组书记可以决定。 [AG1]", (await teams.ClickAsync(Deputy, "returnItem", returnData, personal: true)).AllText());
        returnData["reason"] = "请先征求职工意见后再申报。";
        Connector.Clear();
        Assert.Contains("已退回", (await teams.ClickAsync(Secretary, "returnItem", returnData, personal: true)).AllText());
        Assert.Equal(_world[3].Mri, (string?)Connector.Requests.Single(r => r.Path == "/v3/conversations").Body!["members"]![0]!["id"]);
        Assert.Contains("退回理由：请先征求职工意见后再申报。", Connector.Requests.Single(r => r.Card is not null).Card!.AllText());
        Assert.Contains("该议题已经处理过。 [AG1]", (await teams.ClickAsync(Secretary, "approveItem", returnData, personal: true)).AllText());
    }

    [Fact]
    public async Task In_profile_B_an_administrative_topic_needs_the_directors_consent_before_the_secretary_decides()
    {
        var (teams, other) = await SetUpAsync("changji-transport-2020");
        Connector.Clear();
        await teams.SayAsync(Member2, "propose");
        Assert.Contains("administrative", InputIds(Connector.Requests.Single(r => r.Card is not null).Card!));

        // AG3: the consent card goes to the director, not to the secretary.
        Connector.Clear();
        var answer = await teams.ClickAsync(Member2, "proposeItem",
            new { title = "调整局机关办公用房", category = "other", method = "hands", administrative = "true" });
        Assert.Contains($"先送局长{Director.Name}同意", answer.AllText());
        Assert.Equal(Director.Mri, (string?)Connector.Requests.Single(r => r.Path == "/v3/conversations").Body!["members"]![0]!["id"]);
        var consentCard = Connector.Requests.Single(r => r.Card is not null).Card!;
        Assert.DoesNotContain(consentCard.Actions(), a => (string?)a["verb"] == "approveItem");
        var consent = consentCard.Action("consentItem")["data"]!;

        // Refused: the secretary before the consent, anyone but the director, another team's director.
        Assert.Contains("涉及行政业务的议题须经局长同意后方可上会。 [AG3]", (await teams.ClickAsync(Secretary, "approveItem", consent, personal: true)).AllText());
        Assert.Contains("[AG3]", (await teams.ClickAsync(Member2, "consentItem", consent, personal: true)).AllText());
        Assert.Contains("[AG3]", (await teams.ClickAsync(Secretary, "consentItem", consent, personal: true)).AllText());
        Assert.Contains("[AG3]", (await other.ClickAsync(Other[7], "consentItem", consent, personal: true)).AllText());
        Assert.Contains("找不到这个议题。 [AG1]", (await other.ClickAsync(Other[7], "consentItem", new { itemId = (string?)consent["itemId"] })).AllText());

        // Consented: now the secretary gets the approval card, showing the consent, and approves.
        Connector.Clear();
        Assert.Contains("[AG3]", (await teams.ClickAsync(Director, "consentItem", consent, personal: true)).AllText());
        Assert.Equal(Secretary.Mri, (string?)Connector.Requests.Single(r => r.Path == "/v3/conversations").Body!["members"]![0]!["id"]);
        var approval = Connector.Requests.Single(r => r.Card is not null).Card!;
        Assert.Equal($"{Director.Name} 已同意", approval.FactsWith("局长意见")["局长意见"]);
        Assert.Contains("你已经提交过。 [AG3]", (await teams.ClickAsync(Director, "consentItem", consent, personal: true)).AllText());
        Assert.Contains("[AG4]", (await teams.ClickAsync(Secretary, "approveItem", approval.Action("approveItem")["data"]!, personal: true)).AllText());
        Assert.Contains("该议题已经处理过。 [AG1]", (await teams.ClickAsync(Director, "consentItem", consent, personal: true)).AllText());

        // A topic that is not administrative goes straight to the secretary, and the director has nothing to consent to.
        Connector.Clear();
        await teams.ClickAsync(Member2, "proposeItem", new { title = "修订机关考勤制度", category = "policy", method = "recorded" });
        Assert.Equal(Secretary.Mri, (string?)Connector.Requests.Single(r => r.Path == "/v3/conversations").Body!["members"]![0]!["id"]);
        var plain = Connector.Requests.Single(r => r.Card is not null).Card!.Action("approveItem")["data"]!;
        Assert.Contains("卡片数据无效，未做任何更改。 [AG3]", (await teams.ClickAsync(Director, "consentItem", plain, personal: true)).AllText());
    }

    [Fact]
    public async Task The_secretary_schedules_approved_topics_and_the_notices_reach_the_channel_each_member_and_the_liaison()
    {
        var (teams, other) = await SetUpAsync("chengzhong-hrss-2021");
        var rules = await GroupSetup.ProposeAndApproveAsync(teams, Secretary, Member2, new { title = "修订机关考勤制度", category = "policy", method = "recorded" });
        var cadres = await GroupSetup.ProposeAndApproveAsync(teams, Secretary, Member2, new { title = "推荐副科级干部人选", category = "appointment", method = "secret", candidates = "赵强\n钱敏" });
        var petition = await GroupSetup.ProposeAndApproveAsync(teams, Secretary, Member2, new { title = "研究信访积案处置方案", category = "other", method = "hands", confidential = "true" });
        Connector.Clear();
        await teams.ClickAsync(Member2, "proposeItem", new { title = "购置办公设备", category = "other", method = "hands" });
        var unapproved = (string)Connector.Requests.Single(r => r.Card is not null).Card!.Action("approveItem")["data"]!["itemId"]!;

        // The form: only the secretary; approved topics only (AG4); observers are people without a vote (Q5).
        Connector.Clear();
        await teams.SayAsync(Deputy, "安排会议");
        Assert.Contains("只有党组书记可以召集会议。 [MK1]", Connector.Requests.Single(r => r.Card is not null).Card!.AllText());
        Connector.Clear();
        await teams.SayAsync(Secretary, "schedule meeting");
        var form = Connector.Requests.Single(r => r.Card is not null).Card!;
        Assert.Equal(new[] { rules, cadres, petition }, ChoiceValues(form, "itemIds"));
        Assert.Equal(new[] { Recorder.AadObjectId, Liaison.AadObjectId, Director.AadObjectId, Outsider.AadObjectId }, ChoiceValues(form, "observers"));
        Assert.Equal(new[] { "kind", "itemIds", "topics", "seminar", "date", "time", "place", "observers" }, InputIds(form));
        Assert.Equal("scheduleMeeting", (string?)form.Action("scheduleMeeting")["verb"]);

        // Refusals: the role, an unapproved topic, a voting member or a stranger as observer, a past date, another team.
        object Plan(string itemIds, string observers = "", string? date = null) =>
            new { date = date ?? Today, time = "15:00", place = "三楼会议室", itemIds, observers };
        var all = $"{rules},{cadres},{petition}";
        Assert.Contains("只有党组书记可以召集会议。 [MK1]", (await teams.ClickAsync(Deputy, "scheduleMeeting", Plan(all))).AllText());
        Assert.Contains("该议题尚未经书记同意上会，不能列入议程。 [AG4]", (await teams.ClickAsync(Secretary, "scheduleMeeting", Plan($"{rules},{unapproved}"))).AllText());
        Assert.Contains("[Q5]", (await teams.ClickAsync(Secretary, "scheduleMeeting", Plan(all, _world[3].AadObjectId))).AllText());
        Assert.Contains("[Q5]", (await teams.ClickAsync(Secretary, "scheduleMeeting", Plan(all, Other[8].AadObjectId))).AllText());
        Assert.Contains("[AG2]", (await teams.ClickAsync(Secretary, "scheduleMeeting", Plan(all, date: DateTime.UtcNow.AddHours(8).AddDays(-1).ToString("yyyy-MM-dd")))).AllText());
        Assert.Contains("[AG2]", (await teams.ClickAsync(Secretary, "scheduleMeeting", new { date = Today, time = "3pm", place = "三楼会议室", itemIds = all })).AllText());
        Assert.Contains("请至少填写一个议题。 [AG1]", (await teams.ClickAsync(Secretary, "scheduleMeeting", Plan(""))).AllText());
        Assert.Contains("找不到这个议题。 [AG1]", (await other.ClickAsync(Other[0], "scheduleMeeting", Plan(all))).AllText());
        Assert.DoesNotContain(Connector.Requests, r => r.Path == $"/v3/conversations/{_world.ChannelId}/activities");

        // Scheduled for today at 15:00 with an observer from outside the group.
        Connector.Clear();
        var done = (await teams.ClickAsync(Secretary, "scheduleMeeting", Plan(all, Outsider.AadObjectId))).AllText();
        Assert.Contains($"会议已安排：{Today} 15:00（北京时间），三楼会议室", done);
        Assert.Contains("私信 7 人 [AG2]", done);
        Assert.Contains("已将 1 个“三重一大”议题事前告知派驻纪检监察组 [AG5]", done);
        Assert.Contains("距开会不足 3 天", done);

        // AG2, AG6: the channel notice marks the confidential topic and withholds its title.
        var channel = Connector.Requests.Single(r => r.Path == $"/v3/conversations/{_world.ChannelId}/activities").Card!;
        Assert.Equal(("党组会议通知", Today, "15:00（北京时间）", "三楼会议室", Outsider.Name),
            ((string)channel["body"]![0]!["text"]!, channel.FactsWith("日期")["日期"], channel.FactsWith("时间")["时间"], channel.FactsWith("地点")["地点"], channel.FactsWith("列席")["列席"]));
        Assert.Contains("1. 修订机关考勤制度\n2. 推荐副科级干部人选\n3. 【涉密】涉密议题", channel.AllText());
        Assert.DoesNotContain("研究信访积案处置方案", channel.AllText());
        Assert.Contains("会上分发、会后收回 [AG6]", channel.AllText());

        // Privately to the five voting members, the recorder and the observer: the confidential title, marked 涉密.
        var personal = Connector.Requests.Where(r => r.Card is not null && r.Card.AllText().StartsWith("党组会议通知")
            && r.Path.StartsWith("/v3/conversations/a:personal-")).ToList();
        var told = new[] { 0, 1, 2, 3, 4, 5, 8 }.Select(i => _world[i].Mri).ToHashSet();
        Assert.Equal(told, personal.Select(r => r.Path.Split('/')[3]["a:personal-".Length..]).ToHashSet());
        Assert.Equal(7, personal.Count);
        Assert.All(personal, r => Assert.Contains("3. 【涉密】研究信访积案处置方案", r.Card!.AllText()));

        // AG5: the liaison hears of the 三重一大 topic (cadres), not of the others.
        var liaison = Connector.Requests.Single(r => r.Card is not null && r.Path.StartsWith($"/v3/conversations/a:personal-{Liaison.Mri}/")).Card!;
        Assert.Contains("“三重一大”事项事前告知", liaison.AllText());
        Assert.Contains("推荐副科级干部人选", liaison.AllText());
        Assert.DoesNotContain("修订机关考勤制度", liaison.AllText());
        Assert.DoesNotContain(Connector.Requests, r => r.Path.Contains(Director.Mri));

        // Scheduled topics are no longer approved and waiting (AG4).
        Assert.Contains("[AG4]", (await teams.ClickAsync(Secretary, "scheduleMeeting", Plan(rules))).AllText());
    }

    [Fact]
    public async Task Start_meeting_offers_todays_scheduled_meeting_and_starts_it_with_its_topics_and_observers()
    {
        var (teams, other) = await SetUpAsync("chengzhong-hrss-2021");
        var rules = await GroupSetup.ProposeAndApproveAsync(teams, Secretary, Member2, new { title = "修订机关考勤制度", category = "policy", method = "recorded" });
        var cadres = await GroupSetup.ProposeAndApproveAsync(teams, Secretary, Member2, new { title = "推荐副科级干部人选", category = "appointment", method = "secret", candidates = "赵强\n钱敏" });
        var later = await GroupSetup.ProposeAndApproveAsync(teams, Secretary, Member2, new { title = "审议年度工作要点", category = "policy", method = "hands" });
        var tomorrow = DateTime.UtcNow.AddHours(8).AddDays(1).ToString("yyyy-MM-dd");
        await teams.ClickAsync(Secretary, "scheduleMeeting", new { date = tomorrow, time = "09:00", place = "三楼会议室", itemIds = later });
        await teams.ClickAsync(Secretary, "scheduleMeeting", new { date = Today, time = "15:00", place = "三楼会议室", itemIds = $"{rules},{cadres}", observers = Outsider.AadObjectId });

        // Only today's meeting is offered, above the unscheduled part, which has no topic left to tick (AG4).
        Connector.Clear();
        await teams.SayAsync(Secretary, "开始会议");
        var startCard = Connector.Requests.Single(r => r.Card is not null).Card!;
        var offered = startCard.Actions().Where(a => (string?)a["verb"] == "startMeeting" && a["data"]!["meetingId"] is not null).ToList();
        var meetingId = (string)Assert.Single(offered)["data"]!["meetingId"]!;
        Assert.StartsWith(Today.Replace("-", ""), meetingId);
        Assert.Contains("修订机关考勤制度；推荐副科级干部人选", startCard.AllText());
        Assert.Contains("没有已批准、尚未安排的议题", startCard.AllText());
        Assert.DoesNotContain("itemIds", InputIds(startCard));

        // Refused: another member, another team's secretary, a meeting that is not today's.
        Assert.Contains("只有党组书记可以召集会议。 [MK1]", (await teams.ClickAsync(Deputy, "startMeeting", new { meetingId })).AllText());
        Assert.Contains("在本团队找不到这次会议。 [MK1]", (await other.ClickAsync(Other[0], "startMeeting", new { meetingId })).AllText());
        Connector.Clear();
        await teams.SayAsync(Secretary, "schedule meeting");
        Assert.Contains("没有已经同意、尚未安排的议题", Connector.Requests.Single(r => r.Card is not null).Card!.AllText());
        var tomorrowId = await ScheduledIdAsync(later);
        Assert.Contains("这次会议不在今天，只能在通知的日期召开。 [AG2]", (await teams.ClickAsync(Secretary, "startMeeting", new { meetingId = tomorrowId })).AllText());

        // Started: the scheduled topics with their candidates' item, and the observer on the roll call (Q5).
        var rollCall = await teams.ClickAsync(Secretary, "startMeeting", new { meetingId });
        Assert.Equal(meetingId, (string?)rollCall.Action("checkIn")["data"]!["meetingId"]);
        Assert.Equal(new[] { "修订机关考勤制度", "推荐副科级干部人选" }, rollCall.FactsWith("修订机关考勤制度").Keys);
        Assert.Equal("未签到", rollCall.FactsWith($"{Outsider.Name}（列席人员）")[$"{Outsider.Name}（列席人员）"]);
        Assert.Contains("实到 0 人 / 应到 5 人", rollCall.AllText());

        // Wrong state: once only, and it is no longer offered.
        Assert.Contains("这次安排的会议已经开始过。 [MK1]", (await teams.ClickAsync(Secretary, "startMeeting", new { meetingId })).AllText());
        Connector.Clear();
        await teams.SayAsync(Secretary, "start meeting");
        Assert.DoesNotContain(Connector.Requests.Single(r => r.Card is not null).Card!.Actions(), a => a["data"]?["meetingId"] is not null);

        // The started meeting runs as any other: the observer checks in but has no vote.
        await teams.ClickAsync(Outsider, "checkIn", new { meetingId });
        foreach (var p in new[] { Secretary, Deputy, Member2 }) await teams.ClickAsync(p, "checkIn", new { meetingId });
        Assert.Contains("表决中", (await teams.ClickAsync(Secretary, "openVote", new { meetingId, itemId = rules })).AllText());
    }

    private async Task<(TeamsClient Teams, TeamsClient Other)> SetUpAsync(string profile)
    {
        var teams = ClientFor(_world);
        var other = ClientFor(Other);
        Connector.Roster = Other.People;
        Assert.Contains("设置已保存", (await other.ClickAsync(Other[0], "saveSetup", SetupData(Other, profile))).AllText());
        Connector.Roster = _world.People;
        Assert.Contains("设置已保存", (await teams.ClickAsync(Secretary, "saveSetup", SetupData(_world, profile))).AllText());
        // The channel conversations are remembered from any channel turn, as Teams would give them.
        await other.SayAsync(Other[0], "help");
        await teams.SayAsync(Secretary, "help");
        return (teams, other);
    }

    private static JObject SetupData(TeamsWorld world, string profile)
    {
        var data = new JObject { ["profile"] = profile };
        for (var i = 0; i < world.People.Count; i++) data["role." + world[i].AadObjectId] = Roles[i];
        return data;
    }

    /// <summary>The meeting a topic was scheduled on, read from the stored 议题库.</summary>
    private async Task<string> ScheduledIdAsync(string itemId)
    {
        var agendas = (PartyGroupBot.Storage.AgendaStore)Bot.Services.GetService(typeof(PartyGroupBot.Storage.AgendaStore))!;
        var agenda = await agendas.LoadAsync(new PartyGroupBot.Storage.GroupKey(_world.TenantId, _world.TeamId));
        return agenda.Topic(itemId)!.MeetingId!;
    }

    private static List<string> InputIds(JObject card) =>
        card.Descendants().OfType<JObject>().Where(o => ((string?)o["type"])?.StartsWith("Input.") == true).Select(o => (string)o["id"]!).ToList();

    private static List<string> ChoiceValues(JObject card, string inputId) =>
        card.Descendants().OfType<JObject>().Single(o => (string?)o["id"] == inputId)["choices"]!.Select(c => (string)c["value"]!).ToList();
}
