using Newtonsoft.Json.Linq;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>
/// Issue 4, "every verb has a test for its refusal paths": for each meeting verb a row per refusal path (wrong role, wrong
/// meeting state, closed item, second ballot or statement, someone else's meeting in the same tenant or in another
/// tenant). Each row drives team A's meeting to a <see cref="Stage"/>, clicks as one person, expects the refusal text
/// (the rule ID in brackets, or the plain set-up message) and checks that the click changed nothing: the record's hash
/// chain, both ballots as the chair sees them, and no message sent.
/// </summary>
/// <remarks>
/// People: A0 secretary and chair, A1 deputy, A2–A4 members, A5 recorder, A6 in the team but not in the group (GroupSetup).
/// B is another team of the same tenant; C is another tenant whose team has the same team id as A. B0 and C0 are their
/// secretaries. "A1 privately" clicks in a personal chat, where the card carries team A's <c>teamId</c>.
/// Data is "key=value" pairs; <c>item=rules</c> / <c>item=cadres</c> name team A's two items, <c>member=A4</c> a person.
/// </remarks>
public abstract class VerbRefusalMatrix(SharedAzurite azurite) : BotTestBase(azurite)
{
    /// <summary>Each stage includes the ones before it, except that Ended follows RulesClosed (no vote may be open).</summary>
    public enum Stage
    {
        /// <summary>Scheduled (profile B) with 修订机关考勤制度 (policy, recorded) and 推荐副科级干部人选 (personnel, secret, 赵强 c1 / 钱敏 c2),
        /// A4's leave asked from the notice and still waiting (Q3), and started.</summary>
        Started,
        /// <summary>A4 on approved leave; A0–A3 and the recorder checked in; A2 recused from rules.</summary>
        Ready,
        /// <summary>Rules' vote open; A1 has voted yes.</summary>
        RulesOpen,
        /// <summary>A3 no, A0 yes; rules closed: 2 yes of 4 fails, so A0 and A1 are on the losing side (V9).</summary>
        RulesClosed,
        /// <summary>Cadres' vote open; A1 has cast a secret ballot on c1.</summary>
        CadresOpen,
        /// <summary>Everyone has voted on both candidates, the chair last; cadres closed.</summary>
        CadresClosed,
        /// <summary>From RulesClosed: the chair ended the meeting (cadres never opened).</summary>
        Ended,
        /// <summary>The secretary signed the minutes.</summary>
        Signed,
    }

    protected const string NotFound = "在本团队找不到这次会议。 [MK1]";
    protected const string Ended = "会议已经结束。 [MK1]";
    protected const string OnlyChair = "只有会议主持人可以这样做。";
    protected const string NoVote = "你的角色没有表决权。";
    protected const string NotOnRoster = "你不在本党组名单中。";
    protected const string NotOpen = "这个议题尚未开始表决。 [V1]";
    protected const string Closed = "这个议题的表决已经结束，结果不可更改。 [V10]";
    protected const string RulesTitle = "修订机关考勤制度";
    protected const string CadreTitle = "推荐副科级干部人选";
    protected const string TooLate = "会议已开始（签到已发布），不能再请假；请假须在会前从会议通知提出。到会后需提前离开的，请点签到卡上的“离开会议”。 [Q3]";

    private readonly TeamsWorld _a = GroupSetup.World("verbs");
    private TeamsWorld B => _b ??= TeamsWorld.Create("verbs-b", GroupSetup.Roles.Length) with { TenantId = _a.TenantId };
    private TeamsWorld C => _c ??= TeamsWorld.Create("verbs-c", GroupSetup.Roles.Length) with { TeamId = _a.TeamId, ChannelId = _a.ChannelId };
    private TeamsWorld? _b, _c;

    protected override IEnumerable<string> Administrators => [_a[0].AadObjectId, B[0].AadObjectId, C[0].AadObjectId];

    private TeamsClient _teams = null!;
    private string _meetingId = "", _rules = "", _cadres = "";

    // ---- the harness ----

    protected async Task RefusedAndUnchangedAsync(string rule, Stage stage, string actor, string verb, string data, string expected, string? first = null)
    {
        Assert.False(string.IsNullOrEmpty(rule));
        await MeetingAtAsync(stage);
        if (first is not null)
        {
            var (firstActor, firstVerb, firstData) = ParseClick(first);
            var accepted = await ClickAsync(firstActor, firstVerb, firstData);
            Assert.DoesNotContain(expected, accepted.AllText());
        }
        var before = await SnapshotAsync();

        Connector.Clear();
        var answer = (await ClickAsync(actor, verb, data)).AllText();
        Assert.Contains(expected, answer);
        Assert.DoesNotContain(Connector.Requests, r => r.Method is "POST" or "PUT");
        if (!actor.StartsWith('A'))
            foreach (var title in new[] { RulesTitle, CadreTitle }) Assert.DoesNotContain(title, answer);

        Assert.Equal(before, await SnapshotAsync());
    }

    /// <summary>What changes when anything is recorded: the hash chain of the log, and each ballot as the chair sees it (a secret box is not in the log).</summary>
    private async Task<string> SnapshotAsync()
    {
        Connector.Clear();
        await _teams.SayAsync(_a[0], "核验记录");
        var record = Connector.Requests.Single(r => r.Card is not null).Card!.AllText();
        Assert.Contains("记录完整", record);
        var rules = (await _teams.ClickAsync(_a[0], "refreshBallot", new { meetingId = _meetingId, itemId = _rules })).AllText();
        var cadres = (await _teams.ClickAsync(_a[0], "refreshBallot", new { meetingId = _meetingId, itemId = _cadres })).AllText();
        return string.Join("\n---\n", record, rules, cadres);
    }

    private async Task MeetingAtAsync(Stage stage)
    {
        foreach (var world in new[] { B, C })
        {
            Connector.Roster = world.People;
            await GroupSetup.SetUpAsync(ClientFor(world), world);
        }
        Connector.Roster = _a.People;
        _teams = ClientFor(_a);
        await GroupSetup.SetUpAsync(_teams, _a, "changji-transport-2020");
        await _teams.SayAsync(_a[0], "help");

        _rules = await GroupSetup.ProposeAndApproveAsync(_teams, _a[0], _a[2], new { title = RulesTitle, category = "policy", method = "recorded" });
        _cadres = await GroupSetup.ProposeAndApproveAsync(_teams, _a[0], _a[2], new { title = CadreTitle, category = "appointment", method = "secret", candidates = "赵强\n钱敏" });
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");
        Assert.Contains("会议已安排", (await _teams.ClickAsync(_a[0], "scheduleMeeting",
            new { date = today, time = "15:00", place = "三楼会议室", itemIds = $"{_rules},{_cadres}" })).AllText());
        Connector.Clear();
        await _teams.SayAsync(_a[0], "开始会议");
        _meetingId = (string)Connector.Requests.Single(r => r.Card is not null).Card!
            .Action("startMeeting", a => a["data"]!["meetingId"] is not null)["data"]!["meetingId"]!;
        // Q3: A4 asks leave from the notice before the meeting opens; it is approved before then from Ready on.
        await Accepted("A4 privately requestLeave", "等待");
        if (stage >= Stage.Ready) await Accepted("A0 privately approveLeave member=A4", "已批准");
        Assert.Contains("实到 0 人", (await _teams.ClickAsync(_a[0], "startMeeting", new { meetingId = _meetingId })).AllText());

        if (stage >= Stage.Ready)
        {
            foreach (var p in new[] { "A0", "A1", "A2", "A3", "A5" }) await Accepted($"{p} checkIn", "实到");
            await Accepted("A2 recuse item=rules", "[Q4]");
        }
        if (stage >= Stage.RulesOpen)
        {
            await Accepted("A0 openVote item=rules", "表决中");
            await Accepted("A1 castVote item=rules choice=yes", "已投票");
        }
        if (stage >= Stage.RulesClosed)
        {
            await Accepted("A3 castVote item=rules choice=no", "已投票");
            await Accepted("A0 castVote item=rules choice=yes", "已投票");
            await Accepted("A0 closeVote item=rules", "未通过");
        }
        if (stage is Stage.CadresOpen or Stage.CadresClosed)
        {
            await Accepted("A0 openVote item=cadres", "表决中");
            await Accepted("A1 castVote item=cadres candidate=c1 choice=yes", "已投票");
        }
        if (stage is Stage.CadresClosed)
        {
            await Accepted("A1 castVote item=cadres candidate=c2 choice=no", "已投票");
            foreach (var p in new[] { "A2", "A3", "A0" })
            foreach (var c in new[] { "c1", "c2" })
                await Accepted($"{p} castVote item=cadres candidate={c} choice=yes", "已投票");
            await Accepted("A0 closeVote item=cadres", "候选人");
        }
        if (stage >= Stage.Ended) await Accepted("A0 endMeeting", "纪要草稿已发送");
        if (stage >= Stage.Signed) await Accepted("A0 privately signMinutes", "签发人");
    }

    private async Task Accepted(string click, string expected)
    {
        var (actor, verb, data) = ParseClick(click);
        Assert.Contains(expected, (await ClickAsync(actor, verb, data)).AllText());
    }

    /// <summary>"A4 privately submitOpinion item=cadres": who, where, the verb and its data.</summary>
    private static (string Actor, string Verb, string Data) ParseClick(string click)
    {
        var words = click.Split(' ', 2);
        var privately = words[1].StartsWith("privately ");
        var rest = (privately ? words[1]["privately ".Length..] : words[1]).Split(' ', 2);
        return (privately ? words[0] + " privately" : words[0], rest[0], rest.Length > 1 ? rest[1] : "");
    }

    /// <summary>Clicks as "A1", "B0" or "C4 privately", with team A's meeting id and the row's data over each verb's usual data.</summary>
    private Task<JObject> ClickAsync(string actor, string verb, string data)
    {
        var privately = actor.EndsWith(" privately");
        var world = actor[0] switch { 'A' => _a, 'B' => B, 'C' => C, _ => throw new ArgumentException(actor) };
        var person = world[actor[1] - '0'];
        var json = new JObject { ["meetingId"] = _meetingId };
        var usual = verb switch
        {
            "castVote" => "choice=yes",
            "requestLeave" => "reason=赴省厅参加培训",
            "refuseLeave" => "reason=请按时参会",
            "submitOpinion" => "opinion=同意，建议增加弹性考勤条款。",
            "recuse" => "reason=涉及本人亲属",
            "declareReservation" => "text=保留意见。",
            _ => "",
        };
        if (privately) json["teamId"] = _a.TeamId;
        foreach (var pair in $"{usual} {data}".Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = (pair[..pair.IndexOf('=')], pair[(pair.IndexOf('=') + 1)..]);
            json[key == "item" ? "itemId" : key] = (key, value) switch
            {
                ("item", "rules") => _rules,
                ("item", "cadres") => _cadres,
                ("member", _) => _a[value[1] - '0'].AadObjectId,
                _ => value,
            };
        }
        return ClientFor(world).ClickAsync(person, verb, json, personal: privately);
    }
}
