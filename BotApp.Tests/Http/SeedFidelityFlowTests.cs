using Newtonsoft.Json.Linq;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>
/// The meetings a secretary really runs, over the Bot Framework protocol (issue 12): person-by-person votes with the
/// chair last per person (V5, V7), topics raised on the day (AG4, AG5), the secretary away and a delegate presiding (MK1),
/// exactly half present (Q1, V3), the chair's urgency and the deferred topic brought back (V8), and profile B's
/// democratic life meeting reading statements out (DL4).
/// </summary>
[Trait("Category", "Http")]
public sealed class SeedFidelityFlowTests(SharedAzurite azurite) : BotTestBase(azurite)
{
    /// <summary>0 secretary, 1 deputy, 2 party-building lead, 3–5 members (six votes), 6 recorder, 7 liaison.</summary>
    private static readonly string[] Roles =
        ["secretary", "deputySecretary", "partyBuildingLead", "member", "member", "member", "recorder", "disciplineLiaison"];

    private readonly TeamsWorld _world = TeamsWorld.Create("fidelity", Roles.Length);
    protected override IEnumerable<string> Administrators => [_world[0].AadObjectId];

    private readonly FakeClock _clock = new(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero));
    protected override TimeProvider Clock => _clock;

    private TeamsPerson Secretary => _world[0];
    private TeamsPerson Deputy => _world[1];
    private TeamsPerson Lead => _world[2];
    private IEnumerable<TeamsPerson> Voters => _world.People.Take(6);

    private async Task<TeamsClient> SetUpAsync(string profile)
    {
        Connector.Roster = _world.People;
        var teams = ClientFor(_world);
        var setup = new JObject { ["profile"] = profile };
        for (var i = 0; i < Roles.Length; i++) setup["role." + _world[i].AadObjectId] = Roles[i];
        Assert.Contains("设置已保存", (await teams.ClickAsync(Secretary, "saveSetup", setup)).AllText());
        return teams;
    }

    private Task<string> ProposeAndApproveAsync(TeamsClient teams, TeamsPerson proposer, object proposal) =>
        GroupSetup.ProposeAndApproveAsync(teams, Secretary, proposer, proposal);

    private async Task<string> StartAsync(TeamsClient teams, TeamsPerson convener, params string[] itemIds)
    {
        var rollCall = await teams.ClickAsync(convener, "startMeeting", new { itemIds = string.Join(",", itemIds) });
        return (string)rollCall.Action("checkIn")["data"]!["meetingId"]!;
    }

    [Fact]
    public async Task Members_vote_on_the_second_person_after_the_chair_stated_on_the_first_V5_V7()
    {
        var teams = await SetUpAsync("changji-transport-2020");
        var cadres = await ProposeAndApproveAsync(teams, Deputy,
            new { title = "推荐科级干部人选", category = "nomination", method = "recorded", candidates = "赵强\n钱敏" });
        var meetingId = await StartAsync(teams, Secretary, cadres);
        foreach (var p in Voters) await teams.ClickAsync(p, "checkIn", new { meetingId });
        await teams.ClickAsync(Secretary, "openVote", new { meetingId, itemId = cadres });

        foreach (var p in Voters.Skip(1).Append(Secretary))
            Assert.Contains("你的表决：同意", (await teams.ClickAsync(p, "castVote", new { meetingId, itemId = cadres, candidate = "c1", choice = "yes" })).AllText());
        // The bug: every member's ballot on 钱敏 was refused once the chair had stated on 赵强.
        JObject last = null!;
        foreach (var p in Voters.Skip(1))
        {
            last = await teams.ClickAsync(p, "castVote", new { meetingId, itemId = cadres, candidate = "c2", choice = "no" });
            Assert.Contains("你的表决：不同意", last.AllText());
        }
        // Each person's block says how far that vote is; no header claims 已投票（0） while five have voted.
        Assert.DoesNotContain("已投票（0）", last.AllText());
        Assert.Contains($"其他成员均已表决，请主持人 {Secretary.Name} 表态 [V5]", last.AllText());
        await teams.ClickAsync(Secretary, "castVote", new { meetingId, itemId = cadres, candidate = "c2", choice = "no" });

        var result = await teams.ClickAsync(Secretary, "closeVote", new { meetingId, itemId = cadres });
        var rows = result.Descendants().OfType<JObject>().Where(o => (string?)o["type"] == "FactSet")
            .Select(o => o["facts"]!.ToDictionary(f => (string)f["title"]!, f => (string)f["value"]!)).ToList();
        Assert.Equal(("赵强", "通过", "6"), (rows[0]["候选人"], rows[0]["结果"], rows[0]["同意"]));
        Assert.Equal(("钱敏", "未通过", "6"), (rows[1]["候选人"], rows[1]["结果"], rows[1]["不同意"]));
    }

    [Fact]
    public async Task A_topic_raised_on_the_day_keeps_its_category_rules_and_its_reason_AG4()
    {
        var teams = await SetUpAsync("chengzhong-hrss-2021");
        // No free-text items any more: the old form's data is refused (AG4).
        Assert.Contains("[AG4]", (await teams.ClickAsync(Secretary, "startMeeting", new { items = "关于任命张三的议题", method = "recorded" })).AllText());
        var rules = await ProposeAndApproveAsync(teams, Lead, new { title = "修订机关考勤制度", category = "policy", method = "recorded" });
        var meetingId = await StartAsync(teams, Secretary, rules);
        foreach (var p in Voters.Take(4)) await teams.ClickAsync(p, "checkIn", new { meetingId });

        // Profile A: a 三重一大 topic is never taken ad hoc (AG5); without a reason nothing is (AG4).
        Assert.Contains("[AG5]", (await teams.ClickAsync(Secretary, "proposeItem",
            new { title = "关于任命张三同志的议题", category = "appointment", method = "secret", candidates = "张三", adHoc = "true", adHocReason = "上级要求当天报送" })).AllText());
        Assert.Contains("[AG4]", (await teams.ClickAsync(Secretary, "proposeItem",
            new { title = "关于防汛值班的议题", category = "rewards", method = "recorded", candidates = "李四", adHoc = "true", adHocReason = "" })).AllText());
        var added = await teams.ClickAsync(Secretary, "proposeItem",
            new { title = "关于表彰防汛先进个人的议题", category = "rewards", method = "recorded", candidates = "李四", adHoc = "true", adHocReason = "汛情刚过，须当天表彰" });
        Assert.Contains("已列入正在召开的会议", added.AllText());

        Connector.Clear();
        await teams.SayAsync(Secretary, "会议状态");
        var rollCall = Connector.Requests.Single(r => r.Card is not null).Card!;
        var adHocId = (string)rollCall.Action("openVote", a => ((string)a["title"]!).Contains("表彰"))["data"]!["itemId"]!;
        // V7 applies: the ballot is per person named.
        Connector.Clear();
        await teams.ClickAsync(Secretary, "openVote", new { meetingId, itemId = adHocId });
        var ballotCard = Connector.Requests.Last(r => r.Card?.AllText().StartsWith("表决：") == true).Card!;
        Assert.Contains("候选人 李四", ballotCard.AllText());
        foreach (var p in Voters.Take(4).Skip(1).Append(Secretary))
            await teams.ClickAsync(p, "castVote", new { meetingId, itemId = adHocId, candidate = "c1", choice = "yes" });
        await teams.ClickAsync(Secretary, "closeVote", new { meetingId, itemId = adHocId });

        Connector.Clear();
        await teams.ClickAsync(Secretary, "endMeeting", new { meetingId });
        var draft = Connector.Requests.Last(r => r.Card is not null).Card!.AllText();
        Assert.Contains("临时议题，理由：汛情刚过，须当天表彰 [AG4]", draft);
    }

    [Fact]
    public async Task The_delegate_convenes_and_presides_and_the_secretary_away_still_signs_MK1()
    {
        var teams = await SetUpAsync("chengzhong-hrss-2021");
        var rules = await ProposeAndApproveAsync(teams, Lead, new { title = "修订机关考勤制度", category = "policy", method = "recorded" });
        var today = _clock.BeijingToday.ToString("yyyy-MM-dd");
        Connector.Clear();
        await teams.ClickAsync(Secretary, "scheduleMeeting", new { date = today, time = "15:00", place = "三楼会议室", itemIds = rules });
        Connector.Clear();
        await teams.SayAsync(Secretary, "委托主持");
        var form = Connector.Requests.Single(r => r.Card is not null).Card!;
        var delegateData = (JObject)form.Action("delegateChair")["data"]!;
        var meetingId = (string)delegateData["meetingId"]!;

        // Profile A's delegate is the party-building lead (A13(2)); the deputy is refused.
        Assert.Contains("[MK1]", (await teams.ClickAsync(Secretary, "delegateChair", new { meetingId, @delegate = Deputy.AadObjectId })).AllText());
        Assert.Contains("[MK1]", (await teams.ClickAsync(Deputy, "delegateChair", new { meetingId, @delegate = Lead.AadObjectId })).AllText());
        Connector.Clear();
        Assert.Contains(Lead.Name, (await teams.ClickAsync(Secretary, "delegateChair", new { meetingId, @delegate = Lead.AadObjectId })).AllText());
        Assert.Contains(Connector.Requests, r => r.Card?.AllText().Contains("委托你召集并主持") == true);

        // On the day the delegate gets the start card and convenes.
        _clock.SetBeijing(15, 0);
        Connector.Clear();
        await teams.SayAsync(Lead, "开始会议");
        var start = Connector.Requests.Single(r => r.Card is not null).Card!;
        Assert.Equal(meetingId, (string?)start.Action("startMeeting")["data"]!["meetingId"]);
        var rollCall = await teams.ClickAsync(Lead, "startMeeting", new { meetingId });
        Assert.Contains($"主持人：{Lead.Name}（受党组书记委托）", rollCall.AllText());

        // A chair who has not checked in presides over nothing.
        foreach (var p in Voters.Skip(1).Where(p => p != Lead)) await teams.ClickAsync(p, "checkIn", new { meetingId });
        Assert.Contains("主持人尚未签到", (await teams.ClickAsync(Lead, "openVote", new { meetingId, itemId = rules })).AllText());
        await teams.ClickAsync(Lead, "checkIn", new { meetingId });
        Assert.Contains("[MK1]", (await teams.ClickAsync(Secretary, "openVote", new { meetingId, itemId = rules })).AllText());
        await teams.ClickAsync(Lead, "openVote", new { meetingId, itemId = rules });
        Assert.Contains("[V5]", (await teams.ClickAsync(Lead, "castVote", new { meetingId, itemId = rules, choice = "yes" })).AllText());
        foreach (var p in Voters.Skip(1).Where(p => p != Lead).Append(Lead))
            await teams.ClickAsync(p, "castVote", new { meetingId, itemId = rules, choice = "yes" });
        Assert.Contains("通过", (await teams.ClickAsync(Lead, "closeVote", new { meetingId, itemId = rules })).AllText());

        Connector.Clear();
        await teams.ClickAsync(Lead, "endMeeting", new { meetingId });
        var draft = Connector.Requests.Single(r => r.Card?.AllText().Contains("待签发") == true);
        Assert.Contains(Secretary.Mri, draft.Path);
        Assert.Contains($"{Lead.Name}（受党组书记委托）", draft.Card!.AllText());
        Connector.Clear();
        await teams.ClickAsync(Secretary, "signMinutes", new { meetingId, teamId = _world.TeamId }, personal: true);
        Assert.Contains(Connector.Requests, r => r.Card?.AllText().Contains($"{Lead.Name}（受党组书记委托）") == true && !r.Path.Contains("personal"));
    }

    [Fact]
    public async Task Exactly_half_present_says_no_item_can_pass_and_nothing_passes_Q1_V3()
    {
        var teams = await SetUpAsync("chengzhong-hrss-2021");
        var rules = await ProposeAndApproveAsync(teams, Lead, new { title = "修订机关考勤制度", category = "policy", method = "recorded" });
        var meetingId = await StartAsync(teams, Secretary, rules);
        JObject rollCall = null!;
        foreach (var p in Voters.Take(3)) rollCall = await teams.ClickAsync(p, "checkIn", new { meetingId });

        // Six members, three present: Q1 is met (⌈6/2⌉ = 3), but three yes votes are not more than half of six.
        Assert.Contains("无法形成通过决定", rollCall.AllText());
        Assert.DoesNotContain("未过半数", rollCall.AllText());
        Connector.Clear();
        await teams.ClickAsync(Secretary, "openVote", new { meetingId, itemId = rules });
        Assert.Contains("无法形成通过决定", Connector.Requests.Last(r => r.Card?.AllText().Contains("表决：") == true).Card!.AllText());
        foreach (var p in Voters.Take(3).Skip(1).Append(Secretary))
            await teams.ClickAsync(p, "castVote", new { meetingId, itemId = rules, choice = "yes" });
        Assert.Equal("未通过", (await teams.ClickAsync(Secretary, "closeVote", new { meetingId, itemId = rules })).FactsWith("结果")["结果"]);

        // One more arrives: the warning goes.
        Assert.DoesNotContain("无法形成通过决定", (await teams.ClickAsync(Voters.ElementAt(3), "checkIn", new { meetingId })).AllText());
    }

    [Fact]
    public async Task The_chair_declares_urgency_at_the_close_and_a_deferred_topic_comes_back_V8()
    {
        var teams = await SetUpAsync("chengzhong-hrss-2021");
        // Rewards are important (V8) but not 三重一大, so an unscheduled meeting may take them (AG5).
        var car = await ProposeAndApproveAsync(teams, Lead, new { title = "表彰执法标兵", category = "rewards", method = "recorded", candidates = "李四" });
        var fund = await ProposeAndApproveAsync(teams, Lead, new { title = "表彰防汛先进", category = "rewards", method = "recorded", candidates = "王五" });
        var meetingId = await StartAsync(teams, Secretary, car, fund);
        foreach (var p in Voters.Take(5)) await teams.ClickAsync(p, "checkIn", new { meetingId });

        async Task VoteThreeToTwoAsync(string itemId)
        {
            await teams.ClickAsync(Secretary, "openVote", new { meetingId, itemId });
            var choices = new[] { "yes", "yes", "no", "no", "yes" };
            foreach (var (p, c) in Voters.Take(5).Skip(1).Append(Secretary).Zip(choices))
                await teams.ClickAsync(p, "castVote", new { meetingId, itemId, candidate = "c1", choice = c });
        }

        // 3 to 2 on an important item: deferred, unless the chair declares it urgent, with a reason (V8); then the
        // majority decides by V3, and 3 yes of 6 who should attend is not more than half.
        await VoteThreeToTwoAsync(fund);
        Assert.Contains("[V8]", (await teams.ClickAsync(Secretary, "closeVote", new { meetingId, itemId = fund, urgent = "true", urgentReason = "" })).AllText());
        Assert.Equal("未通过", (await teams.ClickAsync(Secretary, "closeVote",
            new { meetingId, itemId = fund, urgent = "true", urgentReason = "汛期已到，资金须即刻拨付" })).FactsWith("结果")["结果"]);
        await VoteThreeToTwoAsync(car);
        Assert.Equal("暂缓", (await teams.ClickAsync(Secretary, "closeVote", new { meetingId, itemId = car })).FactsWith("结果")["结果"]);

        Connector.Clear();
        await teams.ClickAsync(Secretary, "endMeeting", new { meetingId });
        Assert.Contains("主持人宣布情况紧急，按多数意见作出决定，理由：汛期已到，资金须即刻拨付 [V8]", Connector.Requests.Last(r => r.Card is not null).Card!.AllText());

        // The deferred topic is back in the 议题库: the start card offers it again without a new proposal.
        await teams.ClickAsync(Secretary, "signMinutes", new { meetingId, teamId = _world.TeamId }, personal: true);
        Connector.Clear();
        await teams.SayAsync(Secretary, "开始会议");
        var start = Connector.Requests.Single(r => r.Card is not null).Card!;
        var choicesOffered = start.Descendants().OfType<JObject>().Where(o => (string?)o["id"] == "itemIds")
            .SelectMany(o => o["choices"]!).Select(c => ((string)c["title"]!, (string)c["value"]!)).ToList();
        Assert.Equal([("表彰执法标兵（暂缓后再提请）", car)], choicesOffered);
    }

    [Fact]
    public async Task Profile_B_reads_absentees_statements_out_and_sets_no_two_thirds_DL4()
    {
        var teams = await SetUpAsync("changji-transport-2020");
        var rollCall = await teams.ClickAsync(Secretary, "startDemocraticLife", new { topics = "对照检查，开展批评与自我批评" });
        var meetingId = (string)rollCall.Action("checkIn")["data"]!["meetingId"]!;
        Assert.DoesNotContain("三分之二", rollCall.AllText());
        foreach (var p in Voters.Take(2)) await teams.ClickAsync(p, "checkIn", new { meetingId });
        // Two of six present: no number to reach in profile B.
        Assert.Contains("讨论中", (await teams.ClickAsync(Secretary, "openDiscussion", new { meetingId, itemId = "1" })).AllText());

        Connector.Clear();
        await teams.ClickAsync(Voters.ElementAt(5), "submitStatement", new { meetingId, teamId = _world.TeamId, statement = "本人对照检查材料：…" }, personal: true);
        var toChair = Connector.Requests.Single(r => r.Card is not null);
        Assert.Contains(Secretary.Mri, toChair.Path + toChair.Body);
        Assert.Contains("请在会上代为宣读", toChair.Card!.AllText());
        Assert.Contains("本人对照检查材料", toChair.Card!.AllText());

        Connector.Clear();
        await teams.ClickAsync(Secretary, "endMeeting", new { meetingId });
        Assert.Contains("已由主持人在会上代为宣读", Connector.Requests.Last(r => r.Card is not null).Card!.AllText());
    }
}
