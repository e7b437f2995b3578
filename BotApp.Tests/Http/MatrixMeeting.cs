using Newtonsoft.Json.Linq;
using PartyGroupBot.Tests.Infrastructure;
using static PartyGroupBot.Tests.Http.VerbRefusalMatrix;

namespace PartyGroupBot.Tests.Http;

/// <summary>
/// One meeting of the refusal matrix (<see cref="VerbRefusalMatrix"/>): team A's meeting driven to a <see cref="Stage"/>,
/// with B (another team of A's tenant) and C (another tenant whose team has A's team id) set up beside it.
/// </summary>
public sealed class MatrixMeeting
{
    private readonly TeamsWorld _a, _b, _c;
    private readonly Func<TeamsWorld, TeamsClient> _clientFor;
    private string _meetingId = "", _rules = "", _cadres = "";

    private MatrixMeeting(TeamsWorld a, TeamsWorld b, TeamsWorld c, Func<TeamsWorld, TeamsClient> clientFor)
    {
        (_a, _b, _c, _clientFor) = (a, b, c, clientFor);
    }

    // Made on each use: the bot is not started yet when the meetings are made.
    private TeamsClient TeamA => _clientFor(_a);

    public TeamsWorld A => _a;

    /// <summary>A's, B's and C's secretaries: the administrators who set the three groups up.</summary>
    public IEnumerable<string> Administrators => [_a[0].AadObjectId, _b[0].AadObjectId, _c[0].AadObjectId];

    /// <summary>Three new teams for one meeting; <see cref="DriveToAsync"/> sets them up once the bot knows their administrators.</summary>
    public static MatrixMeeting Create(Func<TeamsWorld, TeamsClient> clientFor)
    {
        var a = GroupSetup.World("verbs");
        return new MatrixMeeting(a,
            TeamsWorld.Create("verbs-b", GroupSetup.Roles.Length) with { TenantId = a.TenantId },
            TeamsWorld.Create("verbs-c", GroupSetup.Roles.Length) with { TeamId = a.TeamId, ChannelId = a.ChannelId },
            clientFor);
    }

    /// <summary>What changes when anything is recorded: the hash chain of the log, and each ballot as the chair sees it (a secret box is not in the log).</summary>
    public async Task<string> SnapshotAsync()
    {
        TeamA.Connector.Clear();
        await TeamA.SayAsync(_a[0], "核验记录");
        var record = TeamA.Connector.Requests.Single(r => r.Card is not null).Card!.AllText();
        Assert.Contains("记录完整", record);
        var rules = (await TeamA.ClickAsync(_a[0], "refreshBallot", new { meetingId = _meetingId, itemId = _rules })).AllText();
        var cadres = (await TeamA.ClickAsync(_a[0], "refreshBallot", new { meetingId = _meetingId, itemId = _cadres })).AllText();
        return string.Join("\n---\n", record, rules, cadres);
    }

    public async Task DriveToAsync(Stage stage)
    {
        var connector = TeamA.Connector;
        foreach (var world in new[] { _b, _c })
        {
            connector.Roster = world.People;
            await GroupSetup.SetUpAsync(_clientFor(world), world);
        }
        connector.Roster = _a.People;
        await GroupSetup.SetUpAsync(TeamA, _a, "changji-transport-2020");
        await TeamA.SayAsync(_a[0], "help");

        _rules = await GroupSetup.ProposeAndApproveAsync(TeamA, _a[0], _a[2], new { title = RulesTitle, category = "policy", method = "recorded" });
        _cadres = await GroupSetup.ProposeAndApproveAsync(TeamA, _a[0], _a[2], new { title = CadreTitle, category = "appointment", method = "secret", candidates = "赵强\n钱敏" });
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");
        Assert.Contains("会议已安排", (await TeamA.ClickAsync(_a[0], "scheduleMeeting",
            new { date = today, time = "15:00", place = "三楼会议室", itemIds = $"{_rules},{_cadres}" })).AllText());
        connector.Clear();
        await TeamA.SayAsync(_a[0], "开始会议");
        _meetingId = (string)connector.Requests.Single(r => r.Card is not null).Card!
            .Action("startMeeting", a => a["data"]!["meetingId"] is not null)["data"]!["meetingId"]!;
        // Q3: A4 asks leave from the notice before the meeting opens; it is approved before then from Ready on.
        await AcceptedAsync("A4 privately requestLeave", "等待");
        if (stage >= Stage.Ready) await AcceptedAsync("A0 privately approveLeave member=A4", "已批准");
        Assert.Contains("实到 0 人", (await TeamA.ClickAsync(_a[0], "startMeeting", new { meetingId = _meetingId })).AllText());

        if (stage >= Stage.Ready)
        {
            foreach (var p in new[] { "A0", "A1", "A2", "A3", "A5" }) await AcceptedAsync($"{p} checkIn", "实到");
            await AcceptedAsync("A2 recuse item=rules", "[Q4]");
        }
        if (stage >= Stage.RulesOpen)
        {
            await AcceptedAsync("A0 openVote item=rules", "表决中");
            await AcceptedAsync("A1 castVote item=rules choice=yes", "已投票");
        }
        if (stage >= Stage.RulesClosed)
        {
            await AcceptedAsync("A3 castVote item=rules choice=no", "已投票");
            await AcceptedAsync("A0 castVote item=rules choice=yes", "已投票");
            await AcceptedAsync("A0 closeVote item=rules", "未通过");
        }
        if (stage is Stage.CadresOpen or Stage.CadresClosed)
        {
            await AcceptedAsync("A0 openVote item=cadres", "表决中");
            await AcceptedAsync("A1 castVote item=cadres candidate=c1 choice=yes", "已投票");
        }
        if (stage is Stage.CadresClosed)
        {
            await AcceptedAsync("A1 castVote item=cadres candidate=c2 choice=no", "已投票");
            foreach (var p in new[] { "A2", "A3", "A0" })
            foreach (var c in new[] { "c1", "c2" })
                await AcceptedAsync($"{p} castVote item=cadres candidate={c} choice=yes", "已投票");
            await AcceptedAsync("A0 closeVote item=cadres", "候选人");
        }
        if (stage >= Stage.Ended) await AcceptedAsync("A0 endMeeting", "纪要草稿已发送");
        if (stage >= Stage.Signed) await AcceptedAsync("A0 privately signMinutes", "签发人");
    }

    public async Task AcceptedAsync(string click, string expected) =>
        Assert.Contains(expected, (await ClickAsync(click)).AllText());

    /// <summary>
    /// Clicks as "A1 castVote item=rules", "B0 …" or "C4 privately submitOpinion item=cadres", with team A's meeting id and
    /// the row's data over each verb's usual data. <c>item=rules</c> / <c>item=cadres</c> name team A's two items,
    /// <c>member=A4</c> a person; "privately" clicks in a personal chat, where the card carries team A's <c>teamId</c>.
    /// </summary>
    public Task<JObject> ClickAsync(string click)
    {
        var words = click.Split(' ', 3);
        var privately = words.Length > 1 && words[1] == "privately";
        var rest = privately ? click.Split(' ', 4)[2..] : words[1..];
        return ClickAsync(privately ? words[0] + " privately" : words[0], rest[0], rest.Length > 1 ? rest[1] : "");
    }

    public Task<JObject> ClickAsync(string actor, string verb, string data)
    {
        var privately = actor.EndsWith(" privately");
        var world = actor[0] switch { 'A' => _a, 'B' => _b, 'C' => _c, _ => throw new ArgumentException(actor) };
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
        return _clientFor(world).ClickAsync(person, verb, json, personal: privately);
    }
}
