using Microsoft.Bot.Schema;
using Azure.Data.Tables;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>
/// Issue 12, point 1 (Q3, V4): "应当在会前请假，其意见可以用书面形式表达". Three days before the meeting a member asks
/// leave from the notice, is refused once with a reason, asks again and is approved, and sends a written opinion before
/// the meeting; the meeting starts with the leave and the opinion, which reach the minutes; once the roll call is posted
/// leave is refused with Q3 and the hint to use 离开会议. Every refusal changes nothing stored and sends nothing.
/// </summary>
[Trait("Category", "Http")]
public sealed class LeaveFromNoticeTests(SharedAzurite azurite) : BotTestBase(azurite)
{
    private readonly TeamsWorld _world = GroupSetup.World("notice-leave");
    protected override IEnumerable<string> Administrators => [_world[0].AadObjectId];

    /// <summary>Monday 23 November 2026, 09:00 in Beijing: the notice goes out three days before the meeting.</summary>
    private readonly FakeClock _clock = new(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));
    protected override TimeProvider Clock => _clock;

    private TeamsPerson Chair => _world[0];
    private TeamsPerson Deputy => _world[1];
    private TeamsPerson M2 => _world[2];
    private TeamsPerson M3 => _world[3];
    private TeamsPerson OnLeave => _world[4];
    private TeamsPerson Recorder => _world[5];

    private const string RulesTitle = "修订机关考勤制度";
    private const string SecretTitle = "研究信访积案处置方案";
    private const string Opinion = "同意修订，建议增加弹性考勤条款。";
    private const string Refusal = "会议研究事项与你分管工作相关，请参会";
    private const string Reason = "赴省厅参加培训，时间冲突";
    private const string TooLate = "会议已开始（签到已发布），不能再请假；请假须在会前从会议通知提出。到会后需提前离开的，请点签到卡上的“离开会议”。 [Q3]";

    private List<JObject> PrivateCardsTo(TeamsPerson p) => Connector.Requests
        .Where(r => r.Card is not null && r.Path.StartsWith($"/v3/conversations/a:personal-{p.Mri}/")).Select(r => r.Card!).ToList();

    /// <summary>Every stored event of the group's meetings and 议题库, with its hash.</summary>
    private string Stored()
    {
        var service = new TableServiceClient(Azurite.ConnectionString);
        return string.Join("\n", new[] { "Events", "Agenda" }.SelectMany(name =>
        {
            var table = service.GetTableClient(TablePrefix + name);
            table.CreateIfNotExists();
            return table.Query<TableEntity>().Select(e => $"{name} {e.PartitionKey} {e.RowKey} {e.GetString("Hash")}");
        }).Order());
    }

    private async Task RefusedAsync(TeamsClient teams, TeamsPerson who, string verb, JToken data, string expected, bool personal = true)
    {
        var before = Stored();
        Connector.Clear();
        Assert.Contains(expected, (await teams.ClickAsync(who, verb, data, personal: personal)).AllText());
        Assert.DoesNotContain(Connector.Requests, r => r.Method is "POST" or "PUT");
        Assert.Equal(before, Stored());
    }

    private static JObject With(JToken data, params (string Key, string Value)[] values)
    {
        var copy = (JObject)data.DeepClone();
        foreach (var (key, value) in values) copy[key] = value;
        return copy;
    }

    [Theory]
    [InlineData("chengzhong-hrss-2021")]
    [InlineData("changji-transport-2020")]
    public async Task Leave_is_asked_from_the_notice_refused_then_approved_with_a_written_opinion_that_reaches_the_minutes_Q3_V4(string profile)
    {
        Connector.Roster = _world.People;
        var teams = ClientFor(_world);
        await GroupSetup.SetUpAsync(teams, _world, profile);
        var rules = await GroupSetup.ProposeAndApproveAsync(teams, Chair, M2, new { title = RulesTitle, category = "policy", method = "recorded" });
        var secret = await GroupSetup.ProposeAndApproveAsync(teams, Chair, M2, new { title = SecretTitle, category = "policy", method = "recorded", confidential = "true" });

        // AG2: the notice, three days ahead. The channel's has no leave button and no confidential title (MN6); each
        // voting member's own has a reason box and 请假 (Q3); the recorder's has neither.
        Connector.Clear();
        Assert.Contains("会议已安排", (await teams.ClickAsync(Chair, "scheduleMeeting",
            new { date = "2026-11-26", time = "15:00", place = "三楼会议室", itemIds = $"{rules},{secret}" })).AllText());
        var channel = Connector.Requests.Single(r => r.Path == $"/v3/conversations/{_world.ChannelId}/activities").Card!;
        Assert.DoesNotContain(channel.Actions(), a => (string?)a["verb"] == "requestLeave");
        Assert.DoesNotContain(SecretTitle, channel.AllText());
        Assert.DoesNotContain(Assert.Single(PrivateCardsTo(Recorder)).Actions(), a => (string?)a["verb"] == "requestLeave");
        var notice = Assert.Single(PrivateCardsTo(OnLeave));
        Assert.Contains(notice.Descendants().OfType<JObject>(), o => (string?)o["id"] == "reason" && (string?)o["type"] == "Input.Text");
        var ask = notice.Action("requestLeave")["data"]!;
        Assert.Equal(_world.TeamId, (string?)ask["teamId"]);
        var meetingId = (string)ask["meetingId"]!;

        // Typed in the personal chat, 请假 offers the same meeting, for the member's group in the tenant.
        Connector.Clear();
        var typed = teams.Personal(OnLeave, ActivityTypes.Message);
        typed.Text = "请假";
        (await teams.PostAsync(typed)).EnsureSuccessStatusCode();
        var form = Connector.Requests.Single(r => r.Card is not null).Card!;
        Assert.Equal(meetingId, (string?)form.Descendants().OfType<JObject>().Single(o => (string?)o["id"] == "meetingId")["value"]);
        Assert.Contains("2026-11-26 15:00 党组会议（三楼会议室）", form.AllText());
        Assert.Equal(_world.TeamId, (string?)form.Action("requestLeave")["data"]!["teamId"]);

        // Refused before the meeting, each changing nothing: no vote, no reason, a decision by someone else or on nothing.
        await RefusedAsync(teams, Recorder, "requestLeave", With(ask, ("reason", "外出")), "你的角色没有表决权。 [Q3]");
        await RefusedAsync(teams, OnLeave, "requestLeave", With(ask, ("reason", " ")), "请填写理由（请假事由或不予批准的理由）。 [Q3]");
        var decide = JObject.FromObject(new { meetingId, member = OnLeave.AadObjectId, teamId = _world.TeamId });
        await RefusedAsync(teams, Chair, "approveLeave", decide, "该成员没有提交请假。 [Q3]");

        // Q3: asked from the notice; the secretary gets the request privately with 批准 and 不予批准.
        _clock.SetBeijing(9, 30);
        Connector.Clear();
        Assert.Contains("等待", (await teams.ClickAsync(OnLeave, "requestLeave", With(ask, ("reason", "赴省厅参加培训")), personal: true)).AllText());
        var approval = Assert.Single(PrivateCardsTo(Chair));
        Assert.Contains("2026-11-26 15:00", approval.AllText());
        Assert.Equal(new[] { "approveLeave", "refuseLeave" }, approval.Actions().Select(a => (string?)a["verb"]));
        await RefusedAsync(teams, OnLeave, "requestLeave", With(ask, ("reason", "再请一次")), "你已经提交过请假。 [Q3]");
        await RefusedAsync(teams, Deputy, "approveLeave", decide, "只有会议主持人可以这样做。 [Q3]");
        await RefusedAsync(teams, Chair, "refuseLeave", With(decide, ("reason", "")), "请填写理由（请假事由或不予批准的理由）。 [Q3]");
        await RefusedAsync(teams, OnLeave, "submitOpinion", JObject.FromObject(new { meetingId, itemId = rules, teamId = _world.TeamId, opinion = Opinion }),
            "只有经批准请假的成员可以提交书面意见。 [V4]");

        // Refused with a reason, which the member is told privately; they may ask again.
        Connector.Clear();
        Assert.Contains(Refusal, (await teams.ClickAsync(Chair, "refuseLeave", With(approval.Action("refuseLeave")["data"]!, ("reason", Refusal)), personal: true)).AllText());
        Assert.Contains(Refusal, Assert.Single(PrivateCardsTo(OnLeave)).AllText());
        Connector.Clear();
        Assert.Contains("等待", (await teams.ClickAsync(OnLeave, "requestLeave", With(ask, ("reason", Reason)), personal: true)).AllText());
        var again = Assert.Single(PrivateCardsTo(Chair));
        Assert.Contains(Reason, again.AllText());

        // Approved: the member is told, and gets a written-opinion card per item, the confidential title only privately (V4, MN6).
        Connector.Clear();
        Assert.Contains("已批准", (await teams.ClickAsync(Chair, "approveLeave", again.Action("approveLeave")["data"]!, personal: true)).AllText());
        var toMember = PrivateCardsTo(OnLeave);
        Assert.Contains("请假已批准", toMember[0].AllText());
        var opinions = toMember.Where(c => c.Actions().Any(a => (string?)a["verb"] == "submitOpinion")).ToList();
        Assert.Equal(2, opinions.Count);
        Assert.Contains(SecretTitle, opinions[1].AllText());
        Assert.Equal(PrivateCardsTo(OnLeave).Count, Connector.Requests.Count(r => r.Card is not null));
        await RefusedAsync(teams, Chair, "refuseLeave", With(decide, ("reason", "改变主意")), "[Q3]");

        // V4: the opinion on the first item is sent before the meeting, once.
        _clock.AdvanceDays(1);
        var opinion = With(opinions[0].Action("submitOpinion")["data"]!, ("opinion", Opinion));
        Assert.Contains("不计票", (await teams.ClickAsync(OnLeave, "submitOpinion", opinion, personal: true)).AllText());
        await RefusedAsync(teams, OnLeave, "submitOpinion", opinion, "你已经提交过。 [V4]");

        // The meeting day: started by its id, with the leave carried in.
        _clock.AdvanceDays(2);
        _clock.SetBeijing(15, 0);
        var rollCall = await teams.ClickAsync(Chair, "startMeeting", new { meetingId });
        Assert.Contains("请假（已批准）", rollCall.AllText());

        // Q3: once the roll call is posted, leave is refused, from the notice or typed; leaving early is 离开会议 (Q7).
        await RefusedAsync(teams, M3, "requestLeave", With(ask, ("reason", "临时有事")), TooLate);
        await RefusedAsync(teams, M3, "requestLeave", JObject.FromObject(new { meetingId, reason = "临时有事" }), TooLate, personal: false);
        Connector.Clear();
        await teams.SayAsync(M3, "请假");
        Assert.Contains("离开会议", Connector.Requests.Single(r => r.Card is not null).Card!.AllText());

        foreach (var p in new[] { Chair, Deputy, M2, M3 }) await teams.ClickAsync(p, "checkIn", new { meetingId });
        foreach (var item in new[] { rules, secret })
        {
            await teams.ClickAsync(Chair, "openVote", new { meetingId, itemId = item });
            foreach (var p in new[] { Deputy, M2, M3, Chair }) await teams.ClickAsync(p, "castVote", new { meetingId, itemId = item, choice = "yes" });
            var result = (await teams.ClickAsync(Chair, "closeVote", new { meetingId, itemId = item })).FactsWith("结果");
            // V4: the written opinion is not a ballot: four yes of five, with four present.
            Assert.Equal(("通过", "4", "4"), (result["结果"], result["赞成"], result["实到"]));
        }

        // MN1: the minutes list the leave with its reason and the opinion on its item.
        Connector.Clear();
        await teams.ClickAsync(Chair, "endMeeting", new { meetingId });
        var draft = Assert.Single(PrivateCardsTo(Chair), c => c.AllText().Contains("草稿")).AllText();
        Assert.Contains($"{OnLeave.Name}（{Reason}）", draft);
        Assert.Contains($"{OnLeave.Name} 书面意见（不计票）：{Opinion}", draft);
    }
}
