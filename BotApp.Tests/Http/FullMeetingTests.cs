using Newtonsoft.Json.Linq;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>
/// Issue 4, done when: a whole meeting over HTTP in each profile, from 议题申报 to the signed minutes in the channel.
/// Seven voting members; topics proposed and approved (AG1), scheduled for today (AG2, AG5) and started by meetingId
/// (AG4); a member on approved leave with a written opinion that is not counted (Q3, V4); a recusal from a personnel
/// item with two candidates voted person by person in secret (Q4, V7, V2); a recorded item with a reservation (V9);
/// a late arrival (Q7); the chair last on every ballot (V5); and a close vote on an important item, 4 to 3, which
/// profile A defers and profile B passes (V8).
/// </summary>
/// <remarks>
/// V8 arithmetic: with 7 members the base is 7, so passing needs 4 yes, and "close" needs at least 3 no: all seven
/// must vote on that item. A member on leave for the whole meeting leaves six ballots, and no six-ballot split is
/// deferred in A and passed in B. So the member on leave sends a written opinion on the first item and then comes
/// after all (V4: "someone who came after all states their position by voting") before the V8 item.
/// <para>Golden: the bot's clock stands still at times the script sets (Beijing time, on <see cref="Day"/>), so the secretary's
/// draft and the channel's minutes are compared in full with Http/Golden/minutes-profile{A,B}.zh-CN.txt, read line by
/// line against this script (MN1, MN3, MN6).</para>
/// </remarks>
[Trait("Category", "Http")]
public sealed class FullMeetingTests(SharedAzurite azurite) : BotTestBase(azurite)
{
    /// <summary>0 secretary (chair), 1 deputy, 2 party-building lead, 3–6 members (seven votes), 7 recorder, 8 discipline liaison.</summary>
    private static readonly string[] Roles =
        ["secretary", "deputySecretary", "partyBuildingLead", "member", "member", "member", "member", "recorder", "disciplineLiaison"];

    private readonly TeamsWorld _world = TeamsWorld.Create("full", Roles.Length);
    protected override IEnumerable<string> Administrators => [_world[0].AadObjectId];

    /// <summary>09:00 Beijing time on the meeting day; the script moves it forward.</summary>
    private readonly FakeClock _clock = new(new DateTimeOffset(2026, 11, 26, 1, 0, 0, TimeSpan.Zero));
    protected override TimeProvider Clock => _clock;

    private TeamsPerson Chair => _world[0];
    private TeamsPerson Deputy => _world[1];
    private TeamsPerson Lead => _world[2];
    private TeamsPerson M3 => _world[3];
    /// <summary>Recused from the personnel item.</summary>
    private TeamsPerson Recused => _world[4];
    /// <summary>Comes late, after the first item.</summary>
    private TeamsPerson Late => _world[5];
    /// <summary>On approved leave with a written opinion on the first item; comes before the last item.</summary>
    private TeamsPerson OnLeave => _world[6];
    private TeamsPerson Recorder => _world[7];
    private TeamsPerson Liaison => _world[8];

    private string Today => _clock.BeijingToday.ToString("yyyy-MM-dd");
    private const string Day = "2026-11-26";

    private const string RulesTitle = "修订机关考勤制度";
    private const string CadreTitle = "推荐办公室副主任人选";
    private const string BudgetTitle = "审议2027年度部门预算";
    private const string Opinion = "同意修订，建议增加弹性考勤条款。";
    private const string Reservation = "考勤打卡应兼顾基层一线，保留意见。";
    private const string RulesNote = "修订稿已征求各科室意见，多数同志赞成，建议试行三个月后评估。";
    private const string Correction = "第一项议题补记：修订稿自2027年1月1日起试行。";

    [Theory]
    [InlineData("chengzhong-hrss-2021", "暂缓")]
    [InlineData("changji-transport-2020", "通过")]
    public async Task A_full_meeting_from_proposals_to_signed_minutes_lists_everything_in_the_channel(string profile, string budgetOutcome)
    {
        Assert.Equal(Day, Today);
        Connector.Roster = _world.People;
        var teams = ClientFor(_world);
        var setup = new JObject { ["profile"] = profile };
        for (var i = 0; i < Roles.Length; i++) setup["role." + _world[i].AadObjectId] = Roles[i];
        Assert.Contains("有表决权 7 人", (await teams.ClickAsync(Chair, "saveSetup", setup)).AllText());
        await teams.SayAsync(Chair, "help");

        // Before the meeting: members propose, the secretary approves (AG1).
        var rules = await GroupSetup.ProposeAndApproveAsync(teams, Chair, Lead, new { title = RulesTitle, category = "policy", method = "recorded" });
        var cadres = await GroupSetup.ProposeAndApproveAsync(teams, Chair, Deputy,
            new { title = CadreTitle, category = "appointment", method = "secret", candidates = "赵强\n钱敏" });
        var budget = await GroupSetup.ProposeAndApproveAsync(teams, Chair, M3,
            new { title = BudgetTitle, category = "finance", method = "recorded", important = "true" });

        // Scheduled for today (AG2); in profile A the liaison hears of the two 三重一大 topics beforehand (AG5).
        _clock.SetBeijing(9, 30);
        Connector.Clear();
        var scheduled = (await teams.ClickAsync(Chair, "scheduleMeeting",
            new { date = Today, time = "15:00", place = "三楼会议室", itemIds = $"{rules},{cadres},{budget}" })).AllText();
        Assert.Contains($"会议已安排：{Today} 15:00（北京时间），三楼会议室", scheduled);
        var toLiaison = Connector.Requests.Where(r => r.Card is not null && r.Path.StartsWith($"/v3/conversations/a:personal-{Liaison.Mri}/")).ToList();
        if (profile == "chengzhong-hrss-2021")
        {
            var notice = Assert.Single(toLiaison).Card!.AllText();
            Assert.Contains(CadreTitle, notice);
            Assert.Contains(BudgetTitle, notice);
            Assert.DoesNotContain(RulesTitle, notice);
        }
        else Assert.Empty(toLiaison);

        // Q3: leave asked from the private notice before the meeting and approved by the secretary; V4: a written
        // opinion card per item, the first one answered before the meeting.
        var leaveNotice = Connector.Requests.Single(r => r.Card is not null && r.Path.StartsWith($"/v3/conversations/a:personal-{OnLeave.Mri}/")).Card!;
        var ask = leaveNotice.Action("requestLeave")["data"]!.DeepClone();
        ask["reason"] = "赴省厅参加培训";
        _clock.SetBeijing(10, 0);
        Connector.Clear();
        Assert.Contains("等待", (await teams.ClickAsync(OnLeave, "requestLeave", ask, personal: true)).AllText());
        var leaveApproval = Connector.Requests.Single(r => r.Card is not null).Card!;
        Connector.Clear();
        await teams.ClickAsync(Chair, "approveLeave", leaveApproval.Action("approveLeave")["data"]!, personal: true);
        var opinionCards = Connector.Requests.Where(r => r.Card is not null).Select(r => r.Card!).Where(c => c.Actions().Any()).ToList();
        Assert.Equal(3, opinionCards.Count);
        var opinion = opinionCards.Single(c => c.AllText().Contains(RulesTitle)).Action("submitOpinion")["data"]!.DeepClone();
        opinion["opinion"] = Opinion;
        Assert.Contains("不计票", (await teams.ClickAsync(OnLeave, "submitOpinion", opinion, personal: true)).AllText());

        // Started by the meetingId offered on the start card (AG4).
        _clock.SetBeijing(15, 0);
        Connector.Clear();
        await teams.SayAsync(Chair, "开始会议");
        var startCard = Connector.Requests.Single(r => r.Card is not null).Card!;
        var meetingId = (string)startCard.Action("startMeeting", a => a["data"]!["meetingId"] is not null)["data"]!["meetingId"]!;
        var rollCall = await teams.ClickAsync(Chair, "startMeeting", new { meetingId });
        Assert.Equal(new[] { RulesTitle, CadreTitle, BudgetTitle }, rollCall.FactsWith(RulesTitle).Keys);
        Assert.Contains("实到 0 人 / 应到 7 人", rollCall.AllText());

        // Roll call: five of seven and the recorder; the late member and the member on leave are not here yet.
        _clock.SetBeijing(15, 2);
        foreach (var p in new[] { Chair, Deputy, Lead, M3, Recused, Recorder }) rollCall = await teams.ClickAsync(p, "checkIn", new { meetingId });
        Assert.Contains("实到 5 人 / 应到 7 人", rollCall.AllText());

        // Q4: the member declares a recusal from the personnel item before its vote.
        Assert.Contains("[Q4]", (await teams.ClickAsync(Recused, "recuse", new { meetingId, itemId = cadres, reason = "候选人钱敏系本人亲属" })).AllText());

        // MN1: the recorder notes the discussion of item 1.
        _clock.SetBeijing(15, 5);
        Assert.Contains("已记录", (await teams.ClickAsync(Recorder, "recordNote", new { meetingId, itemId = rules, text = RulesNote })).AllText());

        // Item 1, recorded: the chair last (V5); the member on leave does not vote (Q7); 4 yes of 7 passes (V3).
        _clock.SetBeijing(15, 10);
        await teams.ClickAsync(Chair, "openVote", new { meetingId, itemId = rules });
        Assert.Contains("[V5]", (await Vote(teams, Chair, meetingId, rules, "yes")).AllText());
        Assert.Contains("[Q7]", (await Vote(teams, OnLeave, meetingId, rules, "yes")).AllText());
        await Vote(teams, Deputy, meetingId, rules, "yes");
        await Vote(teams, Lead, meetingId, rules, "yes");
        await Vote(teams, M3, meetingId, rules, "no");
        await Vote(teams, Recused, meetingId, rules, "yes");
        await Vote(teams, Chair, meetingId, rules, "yes");
        _clock.SetBeijing(15, 20);
        Connector.Clear();
        var r1 = (await teams.ClickAsync(Chair, "closeVote", new { meetingId, itemId = rules })).FactsWith("结果");
        Assert.Equal(("通过", "4", "1", "0", "7", "5"), (r1["结果"], r1["赞成"], r1["反对"], r1["弃权"], r1["应到会"], r1["实到"]));
        // IM1: the secretary records the decision with its owner and due date.
        await RecordDecisionAsync(teams, Lead, "2026-12-31");
        Assert.Contains("已记录", (await teams.ClickAsync(M3, "declareReservation", new { meetingId, itemId = rules, text = Reservation })).AllText());

        // Q7: a late arrival counts from now on.
        _clock.SetBeijing(15, 25);
        rollCall = await teams.ClickAsync(Late, "checkIn", new { meetingId });
        Assert.Contains("实到 6 人 / 应到 7 人", rollCall.AllText());

        // Item 2, personnel, secret, two candidates (V7): five ballots per candidate with the recusal, Q2's ⅔ of 7 is 5.
        _clock.SetBeijing(15, 30);
        Connector.Clear();
        await teams.ClickAsync(Chair, "openVote", new { meetingId, itemId = cadres });
        var ballot = Connector.Requests.Single(r => r.Method == "POST" && r.Card is not null).Card!;
        var candidateIds = ballot.Actions().Where(a => (string?)a["verb"] == "castVote")
            .Select(a => (string)a["data"]!["candidate"]!).Distinct().ToList();
        Assert.Equal(2, candidateIds.Count);
        var (zhao, qian) = (candidateIds[0], candidateIds[1]);
        Assert.Contains("[Q4]", (await Vote(teams, Recused, meetingId, cadres, "yes", zhao)).AllText());
        Assert.Contains("[V5]", (await Vote(teams, Chair, meetingId, cadres, "yes", zhao)).AllText());
        var secretAnswers = new List<string>();
        foreach (var (voter, onZhao, onQian) in new[] { (Deputy, "yes", "no"), (Lead, "yes", "no"), (M3, "yes", "defer"), (Late, "yes", "no") })
        {
            secretAnswers.Add((await Vote(teams, voter, meetingId, cadres, onZhao, zhao)).AllText());
            secretAnswers.Add((await Vote(teams, voter, meetingId, cadres, onQian, qian)).AllText());
        }
        secretAnswers.Add((await Vote(teams, Chair, meetingId, cadres, "yes", zhao)).AllText());
        secretAnswers.Add((await Vote(teams, Chair, meetingId, cadres, "yes", qian)).AllText());
        _clock.SetBeijing(15, 45);
        Connector.Clear();
        var closed2 = await teams.ClickAsync(Chair, "closeVote", new { meetingId, itemId = cadres });
        await RecordDecisionAsync(teams, Deputy, "2026-12-15");
        var perCandidate = FactSets(closed2).Where(f => f.ContainsKey("候选人")).ToList();
        AssertCandidates(perCandidate);
        // V2: no answer to a secret ballot names a voter.
        foreach (var answer in secretAnswers.Append(closed2.AllText()))
            foreach (var voter in new[] { Chair, Deputy, Lead, M3, Late })
                Assert.DoesNotContain(voter.Name, answer.Split('\n').Where(l => l.Contains("同意") || l.Contains("缓议")));

        // The member on leave comes after all (V4), so all seven vote on the budget.
        _clock.SetBeijing(15, 50);
        rollCall = await teams.ClickAsync(OnLeave, "checkIn", new { meetingId });
        Assert.Contains("实到 7 人 / 应到 7 人", rollCall.AllText());

        // Item 3, finance and important, 4 to 3: close, so A defers it (V8); B decides by the majority of 7 (V3).
        _clock.SetBeijing(15, 55);
        await teams.ClickAsync(Chair, "openVote", new { meetingId, itemId = budget });
        foreach (var (voter, choice) in new[] { (Deputy, "yes"), (Lead, "yes"), (M3, "no"), (Recused, "no"), (Late, "no"), (OnLeave, "yes") })
            await Vote(teams, voter, meetingId, budget, choice);
        await Vote(teams, Chair, meetingId, budget, "yes");
        _clock.SetBeijing(16, 10);
        Connector.Clear();
        var r3 = (await teams.ClickAsync(Chair, "closeVote", new { meetingId, itemId = budget })).FactsWith("结果");
        Assert.Equal((budgetOutcome, "4", "3", "0", "7", "7"), (r3["结果"], r3["赞成"], r3["反对"], r3["弃权"], r3["应到会"], r3["实到"]));
        // IM1: only a passed item becomes a decision, so A, which defers the budget, gets no form for it.
        if (budgetOutcome == "通过") await RecordDecisionAsync(teams, M3, "2027-01-15");
        else Assert.DoesNotContain(Connector.Requests, r => r.Card?.Actions().Any(a => (string?)a["verb"] == "recordDecision") == true);

        // End, return the draft with a correction (MN3), sign, and read what the channel sees.
        _clock.SetBeijing(16, 20);
        Connector.Clear();
        await teams.ClickAsync(Chair, "endMeeting", new { meetingId });
        var draft = Connector.Requests.Single(r => r.Card?.AllText().Contains("草稿") == true).Card!;
        _clock.SetBeijing(16, 30);
        var correctData = draft.Action("correctMinutes")["data"]!.DeepClone();
        correctData["text"] = Correction;
        var corrected = await teams.ClickAsync(Chair, "correctMinutes", correctData, personal: true);
        _clock.SetBeijing(16, 40);
        Connector.Clear();
        await teams.ClickAsync(Chair, "signMinutes", corrected.Action("signMinutes")["data"]!, personal: true);
        var minutes = Connector.Requests.Single(r => r.Path == $"/v3/conversations/{_world.ChannelId}/activities").Card!;
        var text = minutes.AllText();
        Assert.StartsWith("党组会议纪要", text);
        Assert.Contains($"签发人：{Chair.Name}", text);

        // Attendance: everyone in order of arrival, the late ones last; the recorder without a vote; nobody absent.
        var head = minutes.FactsWith("出席");
        Assert.Equal(Chair.Name, head["主持人"]);
        Assert.Equal(new[] { Chair, Deputy, Lead, M3, Recused, Recorder, Late, OnLeave }.Select(p => p.Name),
            head["出席"].Split('、').Select(s => s.Split('（')[0]));
        Assert.Equal("无", head["缺席"]);

        var sections = Sections(minutes);
        Assert.Equal(new[] { $"1. {RulesTitle}", $"2. {CadreTitle}", $"3. {BudgetTitle}" }, sections.Keys);

        // 1: recorded, the late member and the one on leave not among the ballots, the chair last.
        var s1 = sections[$"1. {RulesTitle}"];
        Assert.Contains("表决方式：记名投票", s1.Texts);
        Assert.Equal(("通过", "4", "1", "7", "5"), Facts(s1.Facts.Single()));
        Assert.Contains($"表决情况：{Deputy.Name} 赞成；{Lead.Name} 赞成；{M3.Name} 反对；{Recused.Name} 赞成；{Chair.Name} 赞成", s1.Texts);
        // MN6: individual statements (the written opinion, V4) and dissent (the reservation, V9) stay inside the
        // meeting: in the draft the secretary signed, not in the channel.
        Assert.DoesNotContain(s1.Texts, t => t.Contains("书面意见") || t.Contains("保留意见"));
        Assert.Contains($"{OnLeave.Name} 书面意见（不计票）：{Opinion}", corrected.AllText());
        Assert.Contains($"{M3.Name} 保留意见：{Reservation}", corrected.AllText());

        // 2: secret, the recusal named, one result per candidate with 候选人, counts only and no voter's name.
        var s2 = sections[$"2. {CadreTitle}"];
        Assert.Contains("表决方式：无记名投票", s2.Texts);
        Assert.Contains($"回避：{Recused.Name}", s2.Texts);
        AssertCandidates(s2.Facts);
        Assert.DoesNotContain(s2.Texts, t => t.StartsWith("表决情况"));
        // The deputy is named twice for other reasons: as presenter (the proposer) and as the owner of the decision (IM1).
        Assert.Contains($"议题类别：干部任免　汇报人：{Deputy.Name}", s2.Texts);
        Assert.Contains($"赵强：落实责任人 {Deputy.Name}　办结期限 2026-12-15", s2.Texts);
        var aboutVotes = s2.Texts.Where(t => !t.StartsWith("议题类别：") && !t.Contains("落实责任人"));
        foreach (var voter in new[] { Chair, Deputy, Lead, M3, Late, OnLeave })
            Assert.DoesNotContain(voter.Name, string.Join("\n", aboutVotes.Concat(s2.Facts.SelectMany(f => f.Values))));

        // 3: the V8 outcome of the profile, with every ballot named and the chair last.
        var s3 = sections[$"3. {BudgetTitle}"];
        Assert.Contains("表决方式：记名投票", s3.Texts);
        Assert.Equal((budgetOutcome, "4", "3", "7", "7"), Facts(s3.Facts.Single()));
        Assert.Contains($"表决情况：{Deputy.Name} 赞成；{Lead.Name} 赞成；{M3.Name} 反对；{Recused.Name} 反对；"
            + $"{Late.Name} 反对；{OnLeave.Name} 赞成；{Chair.Name} 赞成", s3.Texts);
        Assert.DoesNotContain(s3.Texts, t => t.Contains("书面意见"));

        // The whole text, as the secretary read it before signing and as the channel got it.
        var letter = profile == "chengzhong-hrss-2021" ? "A" : "B";
        Golden.Check($"Http/Golden/minutes-profile{letter}.zh-CN.txt",
            "== 书记收到的纪要草稿（退回修改后） ==\n" + Golden.Render(corrected) + "\n\n== 频道收到的纪要 ==\n"
            // The chain head (MN1) differs with each run's meeting id.
            + System.Text.RegularExpressions.Regex.Replace(Golden.Render(minutes), "[0-9A-F]{16}", "<记录校验值>"));
    }

    /// <summary>IM1: the secretary fills in the decision form the bot sent privately after the vote closed.</summary>
    private async Task RecordDecisionAsync(TeamsClient teams, TeamsPerson owner, string due)
    {
        var form = Connector.Requests.Single(r => r.Card?.Actions().Any(a => (string?)a["verb"] == "recordDecision") == true
            && r.Path.StartsWith($"/v3/conversations/a:personal-{Chair.Mri}/")).Card!;
        var data = (JObject)form.Action("recordDecision")["data"]!.DeepClone();
        data["owner"] = owner.AadObjectId;
        data["due"] = due;
        Assert.Contains(due, (await teams.ClickAsync(Chair, "recordDecision", data, personal: true)).AllText());
    }

    /// <summary>赵强: five 同意 of a base of six (seven less the recusal) passes; 钱敏: one 同意, three 不同意, one 缓议 fails.</summary>
    private static void AssertCandidates(IReadOnlyList<IReadOnlyDictionary<string, string>> perCandidate)
    {
        Assert.Equal(new[] { "赵强", "钱敏" }, perCandidate.Select(f => f["候选人"]));
        Assert.Equal("候选人", perCandidate[0].Keys.First());
        string[] Row(IReadOnlyDictionary<string, string> f) => [f["结果"], f["同意"], f["不同意"], f["缓议"], f["应到会"], f["实到"]];
        Assert.Equal(new[] { "通过", "5", "0", "0", "6", "5" }, Row(perCandidate[0]));
        Assert.Equal(new[] { "未通过", "1", "3", "1", "6", "5" }, Row(perCandidate[1]));
    }

    private static (string, string, string, string, string) Facts(IReadOnlyDictionary<string, string> f) =>
        (f["结果"], f["赞成"], f["反对"], f["应到会"], f["实到"]);

    private static Task<JObject> Vote(TeamsClient teams, TeamsPerson voter, string meetingId, string itemId, string choice, string? candidate = null) =>
        candidate is null
            ? teams.ClickAsync(voter, "castVote", new { meetingId, itemId, choice })
            : teams.ClickAsync(voter, "castVote", new { meetingId, itemId, candidate, choice });

    private static List<IReadOnlyDictionary<string, string>> FactSets(JObject card) =>
        card.Descendants().OfType<JObject>()
            .Where(o => (string?)o["type"] == "FactSet")
            .Select(o => (IReadOnlyDictionary<string, string>)o["facts"]!.ToDictionary(f => (string)f["title"]!, f => (string)f["value"]!))
            .ToList();

    private sealed record Section(List<string> Texts, List<IReadOnlyDictionary<string, string>> Facts);

    /// <summary>The minutes' items, each from its numbered title to the next: its text lines and its FactSets.</summary>
    private static Dictionary<string, Section> Sections(JObject minutes)
    {
        var sections = new Dictionary<string, Section>();
        Section? current = null;
        foreach (var block in minutes["body"]!.OfType<JObject>())
        {
            var type = (string?)block["type"];
            var text = (string?)block["text"];
            if (type == "TextBlock" && text is not null && System.Text.RegularExpressions.Regex.IsMatch(text, @"^\d+\. "))
                sections[text] = current = new Section([], []);
            else if (current is null) continue;
            else if (type == "TextBlock" && text is not null && !text.StartsWith("签发人")) current.Texts.Add(text);
            else if (type == "FactSet") current.Facts.AddRange(FactSets(new JObject { ["body"] = new JArray(block) }));
        }
        return sections;
    }
}
