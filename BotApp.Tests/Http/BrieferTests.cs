using Azure.Data.Tables;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>
/// MN5 (A13(11)): absent members are briefed on the decisions by a member the chair designates. Over HTTP: the draft
/// minutes the chair (the secretary) gets at the end of the meeting carry the choice, only the chair may designate, only a voting member who attended may be designated,
/// each designation is an appended event, and each absent member's briefing names the member designated last.
/// </summary>
[Trait("Category", "Http")]
public sealed class BrieferTests(SharedAzurite azurite) : BotTestBase(azurite)
{
    private readonly TeamsWorld _world = GroupSetup.World("briefer");
    protected override IEnumerable<string> Administrators => [_world[0].AadObjectId];

    private TeamsPerson Chair => _world[0];
    private TeamsPerson Deputy => _world[1];
    private TeamsPerson M2 => _world[2];
    /// <summary>Absent without leave (缺席).</summary>
    private TeamsPerson Absent => _world[3];
    /// <summary>On approved leave.</summary>
    private TeamsPerson OnLeave => _world[4];
    private TeamsPerson Recorder => _world[5];

    private List<JObject> PrivateCardsTo(TeamsPerson p) => Connector.Requests
        .Where(r => r.Card is not null && r.Path.StartsWith($"/v3/conversations/a:personal-{p.Mri}/")).Select(r => r.Card!).ToList();

    private int BrieferEvents() =>
        new TableServiceClient(Azurite.ConnectionString).GetTableClient(TablePrefix + "Events")
            .Query<TableEntity>().Count(e => e.GetString("Type") == "BrieferDesignated");

    [Fact]
    public async Task MN5_the_chair_designates_who_briefs_the_absent_members_and_their_briefing_names_that_member()
    {
        Connector.Roster = _world.People;
        var teams = ClientFor(_world);
        await GroupSetup.SetUpAsync(teams, _world);
        var (meetingId, items) = await NoticedMeeting.ScheduleTodayAsync(teams, Connector, _world, "修订机关考勤制度");
        var itemId = items[0];
        await NoticedMeeting.LeaveApprovedAsync(teams, Connector, _world, OnLeave, meetingId, "赴省厅参加培训");
        await NoticedMeeting.StartAsync(teams, _world, meetingId);
        foreach (var p in new[] { Chair, Deputy, M2, Recorder }) await teams.ClickAsync(p, "checkIn", new { meetingId });
        await teams.ClickAsync(Chair, "openVote", new { meetingId, itemId });
        foreach (var p in new[] { Deputy, M2, Chair }) await teams.ClickAsync(p, "castVote", new { meetingId, itemId, choice = "yes" });
        await teams.ClickAsync(Chair, "closeVote", new { meetingId, itemId });

        // The meeting ends: the draft the chair gets names who is to be briefed and offers who may brief.
        Connector.Clear();
        await teams.ClickAsync(Chair, "endMeeting", new { meetingId });
        var form = Assert.Single(PrivateCardsTo(Chair));
        Assert.Contains("草稿", form.AllText());
        Assert.Contains("指定通报人", form.Actions().Select(a => (string)a["title"]!));
        Assert.Equal($"{Absent.Name}、{OnLeave.Name}", form.FactsWith("需通报")["需通报"]);
        var choices = form.Descendants().OfType<JObject>().Single(o => (string?)o["id"] == "briefer")["choices"]!;
        Assert.Equal(new[] { Chair, Deputy, M2 }.Select(p => p.AadObjectId), choices.Select(c => (string)c["value"]!));
        var data = (JObject)form.Action("designateBriefer")["data"]!;
        JObject With(TeamsPerson briefer) { var d = (JObject)data.DeepClone(); d["briefer"] = briefer.AadObjectId; return d; }

        // Only the chair designates; only a voting member who attended may brief. A refusal appends nothing; the chair
        // keeps the draft under it, so they can still sign, and the deputy sees no draft.
        var deputyRefused = await teams.ClickAsync(Deputy, "designateBriefer", With(M2), personal: true);
        Assert.Contains("只有会议主持人可以指定通报人。 [MN5]", deputyRefused.AllText());
        Assert.DoesNotContain(deputyRefused.Actions(), a => (string?)a["verb"] == "signMinutes");
        var chairRefused = await teams.ClickAsync(Chair, "designateBriefer", With(Absent), personal: true);
        Assert.Contains("通报人须是出席会议、有表决权的党组成员。 [MN5]", chairRefused.AllText());
        Assert.Contains(chairRefused.Actions(), a => (string?)a["verb"] == "signMinutes");
        Assert.Contains("通报人须是出席会议、有表决权的党组成员。 [MN5]", (await teams.ClickAsync(Chair, "designateBriefer", With(Recorder), personal: true)).AllText());
        Assert.Equal(0, BrieferEvents());

        // The chair designates the deputy, who is told privately whom to brief; then changes it to M2: both appended.
        Connector.Clear();
        var answer = await teams.ClickAsync(Chair, "designateBriefer", With(Deputy), personal: true);
        Assert.Contains($"已指定 {Deputy.Name} 向 {Absent.Name}、{OnLeave.Name} 通报会议决定 [MN5]", answer.AllText());
        Assert.Equal(Deputy.AadObjectId, (string?)answer.Descendants().OfType<JObject>().Single(o => (string?)o["id"] == "briefer")["value"]);
        Assert.Contains($"你已被指定向以下缺席成员通报会议决定：{Absent.Name}、{OnLeave.Name}", Assert.Single(PrivateCardsTo(Deputy)).AllText());
        await teams.ClickAsync(Chair, "designateBriefer", With(M2), personal: true);
        Assert.Equal(2, BrieferEvents());

        // Signed: each absent member's briefing names the member designated last, and nobody else as briefer.
        Connector.Clear();
        await teams.ClickAsync(Chair, "signMinutes", answer.Action("signMinutes")["data"]!, personal: true);
        foreach (var absentee in new[] { Absent, OnLeave })
        {
            var briefing = Assert.Single(PrivateCardsTo(absentee)).AllText();
            Assert.Contains("会议决定通报", briefing);
            Assert.Contains($"受主持人指定，由 {M2.Name} 向你通报本次会议决定", briefing);
            Assert.DoesNotContain(Deputy.Name, briefing);
        }

        // MN5 is settled with the signature: designating afterwards is refused and appends nothing.
        Assert.Contains("[MN5]", (await teams.ClickAsync(Chair, "designateBriefer", With(Deputy), personal: true)).AllText());
        Assert.Equal(2, BrieferEvents());
    }

    [Fact]
    public async Task MN5_without_absent_members_the_draft_offers_no_choice_and_the_English_refusal_says_why()
    {
        Connector.Roster = _world.People;
        var teams = ClientFor(_world);
        await GroupSetup.SetUpAsync(teams, _world);
        var meetingId = await GroupSetup.StartMeetingAsync(teams, _world, "修订机关考勤制度");
        foreach (var p in new[] { Chair, Deputy, M2, Absent, OnLeave }) await teams.ClickAsync(p, "checkIn", new { meetingId });
        Connector.Clear();
        await teams.ClickAsync(Chair, "endMeeting", new { meetingId });
        var draft = Assert.Single(PrivateCardsTo(Chair));
        Assert.Contains(draft.Actions(), a => (string?)a["verb"] == "signMinutes");
        Assert.DoesNotContain(draft.Actions(), a => (string?)a["verb"] == "designateBriefer");
        Assert.DoesNotContain("通报人", draft.AllText());

        teams.Locale = "en-US";
        var refused = (await teams.ClickAsync(Chair, "designateBriefer", new { meetingId, teamId = _world.TeamId, briefer = Deputy.AadObjectId }, personal: true)).AllText();
        Assert.Contains("Nobody was absent or on leave; there is nobody to brief. [MN5]", refused);
        Assert.Equal(0, BrieferEvents());
    }
}
