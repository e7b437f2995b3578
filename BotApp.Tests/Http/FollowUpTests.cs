using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>
/// 决定登记 and 督办 over HTTP (IM1, IM2): a passed item gives the secretary and the office director the decision form;
/// the secretary names the owner and the due date; the owner is told, sees it under 我的督办, reports progress and
/// completes it; the office director's list shows it open, then done. Refused: anyone but the owner, another team's
/// decision, completing twice.
/// </summary>
[Trait("Category", "Http")]
public sealed class FollowUpTests(SharedAzurite azurite) : BotTestBase(azurite)
{
    /// <summary>0 secretary, 1 deputy, 2–4 members (five votes), 5 office director, 6 in the team only.</summary>
    private static readonly string[] Roles = ["secretary", "deputySecretary", "member", "member", "member", "officeDirector", "none"];

    private readonly TeamsWorld _world = TeamsWorld.Create("followup", Roles.Length);
    private TeamsWorld Other => _other ??= TeamsWorld.Create("followup-b", Roles.Length) with { TenantId = _world.TenantId };
    private TeamsWorld? _other;
    protected override IEnumerable<string> Administrators => [_world[0].AadObjectId, Other[0].AadObjectId];

    private TeamsPerson Secretary => _world[0];
    private TeamsPerson Deputy => _world[1];
    private TeamsPerson Owner => _world[2];
    private TeamsPerson Member3 => _world[3];
    private TeamsPerson OfficeDirector => _world[5];

    private static string Day(int days) => DateTime.UtcNow.AddHours(8).AddDays(days).ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_passed_item_is_recorded_with_owner_and_due_date_and_the_owner_reports_until_it_is_done()
    {
        var (teams, other) = await SetUpAsync();
        var meetingId = await GroupSetup.StartMeetingAsync(teams, _world, "审议机关节能改造方案\n研究购置公务用车");
        foreach (var i in new[] { 0, 1, 2, 3 }) await teams.ClickAsync(_world[i], "checkIn", new { meetingId });

        // Item 1 passes 4:0; the form goes privately to the secretary and to the office director, and nowhere else (IM1).
        await teams.ClickAsync(Secretary, "openVote", new { meetingId, itemId = "t1" });
        foreach (var i in new[] { 1, 2, 3, 0 }) await teams.ClickAsync(_world[i], "castVote", new { meetingId, itemId = "t1", choice = "yes" });
        Connector.Clear();
        Assert.Equal("通过", (await teams.ClickAsync(Secretary, "closeVote", new { meetingId, itemId = "t1" })).FactsWith("结果")["结果"]);
        var forms = Connector.Requests.Where(r => r.Card?.AllText().StartsWith("登记决定：审议机关节能改造方案") == true).ToList();
        Assert.Equal(new[] { Secretary.Mri, OfficeDirector.Mri }.Order(), forms.Select(r => r.Path.Split('/')[3]["a:personal-".Length..]).Order());
        var form = forms[0].Card!;
        Assert.Equal(new[] { "owner", "due" }, InputIds(form));
        Assert.Equal(_world.People.Take(6).Select(p => p.AadObjectId), Choices(form, "owner"));
        var record = (JObject)form.Action("recordDecision")["data"]!.DeepClone();
        Assert.Equal((meetingId, "t1", _world.TeamId), ((string?)record["meetingId"], (string?)record["itemId"], (string?)record["teamId"]));

        // Item 2 fails 1:3: no form.
        await teams.ClickAsync(Secretary, "openVote", new { meetingId, itemId = "t2" });
        foreach (var i in new[] { 1, 2, 3 }) await teams.ClickAsync(_world[i], "castVote", new { meetingId, itemId = "t2", choice = "no" });
        await teams.ClickAsync(Secretary, "castVote", new { meetingId, itemId = "t2", choice = "yes" });
        Connector.Clear();
        Assert.Equal("未通过", (await teams.ClickAsync(Secretary, "closeVote", new { meetingId, itemId = "t2" })).FactsWith("结果")["结果"]);
        Assert.DoesNotContain(Connector.Requests, r => r.Card?.AllText().Contains("登记决定") == true);

        // recordDecision refused: another member, no owner, a past date, a failed item, another team's secretary.
        record["owner"] = Owner.AadObjectId;
        record["due"] = Day(10);
        Assert.Contains("只有党组书记可以决定。 [IM1]", (await teams.ClickAsync(Deputy, "recordDecision", record, personal: true)).AllText());
        Assert.Contains("请选择责任人。 [IM1]", (await teams.ClickAsync(Secretary, "recordDecision", With(record, "owner", ""), personal: true)).AllText());
        Assert.Contains("请选择今天或以后的办结期限。 [IM1]", (await teams.ClickAsync(Secretary, "recordDecision", With(record, "due", Day(-1)), personal: true)).AllText());
        Assert.Contains("只有通过的议题才形成决定。 [IM1]", (await teams.ClickAsync(Secretary, "recordDecision", With(record, "itemId", "t2"), personal: true)).AllText());
        Assert.Contains("责任人须是本党组名单中的人员。 [IM1]", (await teams.ClickAsync(Secretary, "recordDecision", With(record, "owner", Other[2].AadObjectId), personal: true)).AllText());
        Assert.Contains("只有党组书记可以决定。 [IM1]", (await other.ClickAsync(Other[0], "recordDecision", record, personal: true)).AllText());
        Assert.Contains("[MK1]", (await other.ClickAsync(Other[0], "recordDecision", With(record, "teamId", Other.TeamId))).AllText());

        // Recorded by the secretary; the owner is told privately that they own it.
        Connector.Clear();
        Assert.Contains($"已登记决定“审议机关节能改造方案”：责任人 {Owner.Name}，办结期限 {Day(10)} [IM1]",
            (await teams.ClickAsync(Secretary, "recordDecision", record, personal: true)).AllText());
        var told = Connector.Requests.Single(r => r.Card is not null);
        Assert.StartsWith($"/v3/conversations/a:personal-{Owner.Mri}/", told.Path);
        Assert.Contains($"党组决定“审议机关节能改造方案”由你负责落实，办结期限 {Day(10)}", told.Card!.AllText());
        // Recorded once: the office director's form is refused now (IM1, V10).
        Assert.Contains("决定一经作出，变更须另行提出议题。 [IM1]", (await teams.ClickAsync(OfficeDirector, "recordDecision", With(record, "owner", Member3.AadObjectId), personal: true)).AllText());

        // 我的督办 in the channel: the list goes privately to the owner, with its due date and the two buttons.
        Connector.Clear();
        await teams.SayAsync(Owner, "我的督办");
        Assert.Contains("督办事项已私信发给你。", Connector.Requests.Single(r => r.Card is not null && r.Path.Contains(_world.ChannelId)).Card!.AllText());
        var mine = Connector.Requests.Single(r => r.Card is not null && r.Path.StartsWith($"/v3/conversations/a:personal-{Owner.Mri}/")).Card!;
        Assert.Contains("我的督办", mine.AllText());
        Assert.Equal(Day(10), mine.FactsWith("办结期限")["办结期限"]);
        Assert.Equal("尚未报告", mine.FactsWith("最新进展")["最新进展"]);
        var report = (JObject)mine.Action("reportProgress")["data"]!.DeepClone();
        var decisionId = (string)report["decisionId"]!;
        Assert.Equal($"{meetingId}/t1", decisionId);
        Assert.Equal(report.ToString(), mine.Action("completeDecision")["data"]!.ToString());
        Assert.Equal(new[] { "text." + decisionId }, InputIds(mine));

        // Refused: anyone but the owner (IM2), the secretary included; someone outside the group; another team's decision; no text.
        var progress = With(report, "text." + decisionId, "已完成招标，下月开工");
        Assert.Contains("只有这项决定的责任人可以报告进展或办结。 [IM2]", (await teams.ClickAsync(Member3, "reportProgress", progress, personal: true)).AllText());
        Assert.Contains("只有这项决定的责任人可以报告进展或办结。 [IM2]", (await teams.ClickAsync(Secretary, "completeDecision", report, personal: true)).AllText());
        Assert.Contains("你不在本党组名单中。 [IM2]", (await other.ClickAsync(Other[2], "reportProgress", progress, personal: true)).AllText());
        Assert.Contains("在本党组找不到这项督办事项。 [IM2]", (await other.ClickAsync(Other[2], "completeDecision", With(report, "teamId", Other.TeamId), personal: true)).AllText());
        Assert.Contains("在本党组找不到这项督办事项。 [IM2]", (await other.ClickAsync(Other[2], "completeDecision", new { decisionId })).AllText());
        Assert.Contains("请填写进展情况", (await teams.ClickAsync(Owner, "reportProgress", report, personal: true)).AllText());

        // The owner reports progress from the personal chat; the answer is the list with it.
        var reported = await teams.ClickAsync(Owner, "reportProgress", progress, personal: true);
        Assert.Contains("已报告“审议机关节能改造方案”的进展 [IM2]", reported.AllText());
        Assert.StartsWith("已完成招标，下月开工（", reported.FactsWith("最新进展")["最新进展"]);

        // The office director, from the personal chat: every open decision with its owner.
        var office = await SayPrivatelyAsync(teams, OfficeDirector, "my follow-ups");
        Assert.Contains("督办事项（本党组）", office.AllText());
        Assert.Contains("未办结（1 项，其中已逾期 0 项）", office.AllText());
        Assert.Equal(Owner.Name, office.FactsWith("责任人")["责任人"]);
        Assert.DoesNotContain(office.Actions(), a => (string?)a["verb"] == "completeDecision");

        // Completed, once (IM2).
        var done = await teams.ClickAsync(Owner, "completeDecision", report, personal: true);
        Assert.Contains("“审议机关节能改造方案”已办结，不再催办 [IM2]", done.AllText());
        Assert.Contains("你没有未办结的督办事项。", done.AllText());
        Assert.Contains("这项督办事项已经办结。 [IM2]", (await teams.ClickAsync(Owner, "completeDecision", report, personal: true)).AllText());
        Assert.Contains("这项督办事项已经办结。 [IM2]", (await teams.ClickAsync(Owner, "reportProgress", progress, personal: true)).AllText());

        // The office director's list shows it done.
        office = await SayPrivatelyAsync(teams, OfficeDirector, "我的督办");
        Assert.Contains("未办结（0 项，其中已逾期 0 项）", office.AllText());
        Assert.Contains("已办结", office.AllText());
        Assert.Equal(Owner.Name, office.FactsWith("办结时间")["责任人"]);

        // The stored 议题库 says the same.
        var agendas = (PartyGroupBot.Storage.AgendaStore)Bot.Services.GetService(typeof(PartyGroupBot.Storage.AgendaStore))!;
        var agenda = await agendas.LoadAsync(new PartyGroupBot.Storage.GroupKey(_world.TenantId, _world.TeamId));
        Assert.Equal(Owner.AadObjectId, agenda.CompletionOf(decisionId)!.OwnerId);
        Assert.Equal(["已完成招标，下月开工"], agenda.ProgressOf(decisionId).Select(p => p.Text));
    }

    private async Task<(TeamsClient Teams, TeamsClient Other)> SetUpAsync()
    {
        var teams = ClientFor(_world);
        var other = ClientFor(Other);
        Connector.Roster = Other.People;
        Assert.Contains("设置已保存", (await other.ClickAsync(Other[0], "saveSetup", SetupData(Other))).AllText());
        Connector.Roster = _world.People;
        Assert.Contains("设置已保存", (await teams.ClickAsync(Secretary, "saveSetup", SetupData(_world))).AllText());
        await other.SayAsync(Other[0], "help");
        await teams.SayAsync(Secretary, "help");
        return (teams, other);
    }

    private static JObject SetupData(TeamsWorld world)
    {
        var data = new JObject { ["profile"] = "chengzhong-hrss-2021" };
        for (var i = 0; i < world.People.Count; i++) data["role." + world[i].AadObjectId] = Roles[i];
        return data;
    }

    /// <summary>A message in the person's 1:1 chat with the bot (no mention, no team); returns the card the bot answered with.</summary>
    private async Task<JObject> SayPrivatelyAsync(TeamsClient teams, TeamsPerson from, string text)
    {
        Connector.Clear();
        var activity = teams.Personal(from, ActivityTypes.Message);
        activity.Text = text;
        (await teams.PostAsync(activity)).EnsureSuccessStatusCode();
        return Connector.Requests.Single(r => r.Card is not null && r.Path.StartsWith($"/v3/conversations/a:personal-{from.Mri}")).Card!;
    }

    private static JObject With(JObject data, string key, string value)
    {
        var copy = (JObject)data.DeepClone();
        copy[key] = value;
        return copy;
    }

    private static List<string> InputIds(JObject card) =>
        card.Descendants().OfType<JObject>().Where(o => ((string?)o["type"])?.StartsWith("Input.") == true).Select(o => (string)o["id"]!).ToList();

    private static List<string> Choices(JObject card, string inputId) =>
        card.Descendants().OfType<JObject>().Single(o => (string?)o["id"] == inputId)["choices"]!.Select(c => (string)c["value"]!).ToList();
}
