using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Storage;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>
/// 民主生活会 over HTTP (MK2, DL4, DL5): the secretary alone convenes it; its roll call asks two thirds, and nothing of its
/// business opens below that; a member on leave states in writing, privately; the secretary records rectification
/// measures with owner and deadline; the minutes carry both, the channel post without the statements (MN6); the absentee
/// is told the outcome privately once the minutes are signed.
/// </summary>
[Trait("Category", "Http")]
public sealed class DemocraticLifeFlowTests(SharedAzurite azurite) : BotTestBase(azurite)
{
    private readonly TeamsWorld _world = GroupSetup.World("mzshh");
    protected override IEnumerable<string> Administrators => [_world[0].AadObjectId];

    private TeamsPerson Secretary => _world[0];
    private TeamsPerson Deputy => _world[1];
    private TeamsPerson Absentee => _world[4];
    private static string Day(int days) => DateTime.UtcNow.AddHours(8).AddDays(days).ToString("yyyy-MM-dd");

    [Fact]
    public async Task MK2_DL4_DL5_the_secretary_runs_a_democratic_life_meeting_with_two_thirds_statements_and_measures()
    {
        Connector.Roster = _world.People;
        var teams = ClientFor(_world);
        await GroupSetup.SetUpAsync(teams, _world);

        // The help card names both commands for the secretary.
        var help = await SayAsync(teams, Secretary, "帮助");
        Assert.Contains("开始民主生活会（start democratic life meeting）", help.AllText());
        Assert.Contains("开始学习 或 中心组学习（start study session）", help.AllText());

        // MK2: only the secretary convenes; the deputy is refused before any form, and again on a forged click.
        Assert.Contains("只有党组书记可以召集会议。 [MK2]", (await SayAsync(teams, Deputy, "开始民主生活会")).AllText());
        Assert.Contains("只有党组书记可以召集会议。 [MK2]", (await teams.ClickAsync(Deputy, "startDemocraticLife", new { topics = "对照检查" })).AllText());
        var form = await SayAsync(teams, Secretary, "开始民主生活会");
        Assert.Contains("召开民主生活会", form.AllText());
        Assert.Contains("对照检查，开展批评与自我批评", form.AllText());
        Assert.Contains("请至少填写一个议题。 [MK2]", (await teams.ClickAsync(Secretary, "startDemocraticLife", new { topics = " \n " })).AllText());
        Assert.Null(await ActiveMeetingAsync());

        // Q3 then DL4: scheduled for today, the absentee asks leave from the notice before it opens; on approval they are
        // told privately to send a written statement while the meeting runs, not an opinion per item.
        Connector.Clear();
        Assert.Contains("会议已安排", (await teams.ClickAsync(Secretary, "scheduleMeeting", new
        {
            kind = "democraticLifeMeeting", date = Day(0), time = "15:00", place = "三楼会议室", topics = "对照检查，开展批评与自我批评\n研究整改措施",
        })).AllText());
        var ask = Connector.Requests.Single(r => r.Card is not null && r.Path.StartsWith($"/v3/conversations/a:personal-{Absentee.Mri}/"))
            .Card!.Action("requestLeave")["data"]!.DeepClone();
        ask["reason"] = "赴省委党校学习";
        Connector.Clear();
        await teams.ClickAsync(Absentee, "requestLeave", ask, personal: true);
        var approve = Connector.Requests.Single(r => r.Card is not null).Card!.Action("approveLeave")["data"]!;
        Connector.Clear();
        Assert.Contains($"已批准 {Absentee.Name} 请假；已私信请其提交书面发言 [DL4]。",
            (await teams.ClickAsync(Secretary, "approveLeave", approve, personal: true)).AllText());
        var toldAbsentee = Assert.Single(Connector.Requests, r => r.Card is not null);
        Assert.StartsWith($"/v3/conversations/a:personal-{Absentee.Mri}/", toldAbsentee.Path);
        Assert.Contains("书面发言", toldAbsentee.Card!.AllText());
        Assert.Empty(toldAbsentee.Card!.Actions());

        var rollCall = await teams.ClickAsync(Secretary, "startDemocraticLife", new { meetingId = (string)approve["meetingId"]! });
        Assert.Contains("民主生活会 · 签到", rollCall.AllText());
        Assert.Contains("实到 0 人 / 应到 5 人，须三分之二以上即至少 4 人到会 [DL4]", rollCall.AllText());
        Assert.Contains("尚未达到三分之二，不能开始。", rollCall.AllText());
        var meetingId = (string)rollCall.Action("checkIn")["data"]!["meetingId"]!;
        Assert.Equal(meetingId, await ActiveMeetingAsync());
        // One meeting at a time, whatever its kind (MK2).
        Assert.Contains("会议尚未结束。 [MK2]", (await teams.ClickAsync(Secretary, "startDemocraticLife", new { topics = "另一次" })).AllText());

        // Q3: once the roll call is posted nobody asks leave any more; the absentee gets the statement form by typing 书面发言.
        Assert.Contains("[Q3]", (await teams.ClickAsync(_world[3], "requestLeave", new { meetingId, reason = "临时有事" })).AllText());
        var statementForm = await SayAsync(teams, Absentee, "书面发言");
        Assert.Contains("民主生活会书面发言", statementForm.AllText());
        var statement = (JObject)statementForm.Action("submitStatement")["data"]!.DeepClone();
        Assert.Equal((meetingId, _world.TeamId), ((string?)statement["meetingId"], (string?)statement["teamId"]));

        // DL4: three of five is Q1's half but not two thirds: neither the discussion nor a vote opens, and nothing is appended.
        foreach (var i in new[] { 0, 1, 2 }) rollCall = await teams.ClickAsync(_world[i], "checkIn", new { meetingId });
        Assert.Contains("实到 3 人 / 应到 5 人", rollCall.AllText());
        Assert.Contains("尚未达到三分之二，不能开始。", rollCall.AllText());
        var before = (await LoadAsync(meetingId)).Version;
        Assert.Contains("民主生活会须三分之二以上应到会人员到会，目前人数不足。 [DL4]",
            (await teams.ClickAsync(Secretary, "openDiscussion", new { meetingId, itemId = "1" })).AllText());
        Assert.Contains("民主生活会须三分之二以上应到会人员到会，目前人数不足。 [DL4]",
            (await teams.ClickAsync(Secretary, "openVote", new { meetingId, itemId = "1" })).AllText());
        Assert.Equal(before, (await LoadAsync(meetingId)).Version);

        // The fourth voting member makes two thirds; the chair opens the first topic's discussion.
        rollCall = await teams.ClickAsync(_world[3], "checkIn", new { meetingId });
        Assert.Contains("已达到三分之二，可以开始。", rollCall.AllText());
        Assert.Equal("讨论中（主持人最后发言）", (await teams.ClickAsync(Secretary, "openDiscussion", new { meetingId, itemId = "1" })).FactsWith("对照检查，开展批评与自我批评")["对照检查，开展批评与自我批评"]);

        // DL4: written statements: the absentee once, never someone who is here, never empty.
        Assert.Contains("请填写书面发言；书面发言只用于民主生活会。 [DL4]", (await teams.ClickAsync(Absentee, "submitStatement", statement, personal: true)).AllText());
        statement["statement"] = "本人对照检查：理论学习不够系统，深入基层调研不够。";
        Assert.Contains("书面发言已记录 [DL4]", (await teams.ClickAsync(Absentee, "submitStatement", statement, personal: true)).AllText());
        var again = await teams.ClickAsync(Absentee, "submitStatement", statement, personal: true);
        Assert.Contains("你已经提交过书面发言。 [DL4]", again.AllText());
        Assert.Equal((string?)statement["statement"], Input(again, "statement"));
        Assert.Contains("你已到会，请在会上当面发言。 [DL4]", (await teams.ClickAsync(_world[2], "submitStatement", statement, personal: true)).AllText());
        Assert.Single((await LoadAsync(meetingId)).WrittenStatements);

        // The chair ends it: what is still due (DL5, DL6) is named; the draft goes privately to the secretary with the statement.
        Connector.Clear();
        var ended = await teams.ClickAsync(Secretary, "endMeeting", new { meetingId });
        Assert.Contains("请发送“整改措施”登记整改措施、责任人和整改时限 [DL5]", ended.AllText());
        Assert.Contains("会后 15 日内向上级党组织报送会议情况报告和会议记录 [DL6]", ended.AllText());
        var draft = Connector.Requests.Single(r => r.Card is not null && r.Path.StartsWith($"/v3/conversations/a:personal-{Secretary.Mri}/")).Card!;
        Assert.Contains("民主生活会纪要（草稿，待签发）", draft.AllText());
        Assert.Contains($"{Absentee.Name}：本人对照检查：理论学习不够系统", draft.AllText());

        // DL5: only the secretary or the chair records measures; owner a voting member; deadline after the meeting.
        Assert.Contains("只有党组书记或会议主持人可以登记整改措施。 [DL5]", (await SayAsync(teams, Deputy, "整改措施")).AllText());
        var measures = await SayAsync(teams, Secretary, "整改措施");
        Assert.Equal(_world.People.Take(5).Select(p => p.AadObjectId), Choices(measures, "owner"));
        Assert.Equal(Day(1), (string?)measures.Descendants().OfType<JObject>().Single(o => (string?)o["id"] == "deadline")["min"]);
        var record = (JObject)measures.Action("recordRectification")["data"]!.DeepClone();
        record["measure"] = "建立理论学习台账，每月检查";
        record["owner"] = _world[2].AadObjectId;
        record["deadline"] = Day(90);
        Assert.Contains("只有党组书记或会议主持人可以登记整改措施。 [DL5]", (await teams.ClickAsync(Deputy, "recordRectification", record)).AllText());
        Assert.Contains("请填写整改措施，并选择会后的整改时限。 [DL5]", (await teams.ClickAsync(Secretary, "recordRectification", With(record, "measure", "  "))).AllText());
        // A past deadline is refused on top of the form, which keeps what was typed.
        var refused = await teams.ClickAsync(Secretary, "recordRectification", With(record, "deadline", Day(0)));
        Assert.Contains("请填写整改措施，并选择会后的整改时限。 [DL5]", refused.AllText());
        Assert.Equal(("建立理论学习台账，每月检查", _world[2].AadObjectId, Day(0)), (Input(refused, "measure"), Input(refused, "owner"), Input(refused, "deadline")));
        Assert.Equal(meetingId, (string?)refused.Action("recordRectification")["data"]!["meetingId"]);
        Assert.Contains("请填写整改措施，并选择会后的整改时限。 [DL5]", (await teams.ClickAsync(Secretary, "recordRectification", With(record, "deadline", "2026-13-45"))).AllText());
        Assert.Contains("责任人须是本党组有表决权的成员。 [DL5]", (await teams.ClickAsync(Secretary, "recordRectification", With(record, "owner", _world[5].AadObjectId))).AllText());
        Assert.Empty((await LoadAsync(meetingId)).Rectifications);
        var saved = await teams.ClickAsync(Secretary, "recordRectification", record);
        Assert.Contains($"已登记整改措施“建立理论学习台账，每月检查”：责任人 {_world[2].Name}，整改时限 {Day(90)} [DL5]。", saved.AllText());
        Assert.Contains("已登记的整改措施（1 项）", saved.AllText());

        // Signed: the channel gets the minutes with the measure and without the statement (MN6); the absentee alone is told (DL4).
        Connector.Clear();
        await teams.ClickAsync(Secretary, "signMinutes", draft.Action("signMinutes")["data"]!, personal: true);
        var post = Connector.Requests.Single(r => r.Card is not null && r.Path.StartsWith($"/v3/conversations/{_world.ChannelId}/")).Card!;
        Assert.Contains("民主生活会纪要", post.AllText());
        Assert.Contains($"1. 建立理论学习台账，每月检查（责任人 {_world[2].Name}，整改时限 {Day(90)}）", post.AllText());
        Assert.DoesNotContain("理论学习不够系统", post.AllText());
        var told = Connector.Requests.Where(r => r.Card?.AllText().Contains("民主生活会情况通报") == true).ToList();
        Assert.StartsWith($"/v3/conversations/a:personal-{Absentee.Mri}/", Assert.Single(told).Path);
        Assert.Contains("建立理论学习台账，每月检查", told[0].Card!.AllText());
        Assert.Contains("你的书面发言已记录在案。", told[0].Card!.AllText());
        Assert.DoesNotContain("理论学习不够系统", told[0].Card!.AllText());

        // Once signed, the measures are closed (DL5).
        Assert.Contains("整改措施须在纪要签发前登记 [DL5]", (await SayAsync(teams, Secretary, "整改措施")).AllText());
        Assert.Contains("纪要已经签发。 [DL5]", (await teams.ClickAsync(Secretary, "recordRectification", record)).AllText());
    }

    [Fact]
    public async Task MK2_commands_and_cards_in_English()
    {
        Connector.Roster = _world.People;
        var teams = ClientFor(_world);
        await GroupSetup.SetUpAsync(teams, _world);
        teams.Locale = "en-US";
        Assert.Contains("Convene the democratic life meeting", (await SayAsync(teams, Secretary, "start democratic life meeting")).AllText());
        var rollCall = await teams.ClickAsync(Secretary, "startDemocraticLife", new { topics = "Self-examination" });
        Assert.Contains("Present 0 of 5; two thirds, at least 4, needed [DL4]", rollCall.AllText());
        Assert.Contains("Written statement for the democratic life meeting", (await SayAsync(teams, Deputy, "written statement")).AllText());
        Assert.Contains("Only the secretary or the chair records rectification measures. [DL5]", (await SayAsync(teams, Deputy, "rectification")).AllText());
        await teams.ClickAsync(Secretary, "checkIn", new { meetingId = (string)rollCall.Action("checkIn")["data"]!["meetingId"]! });
        Assert.Contains("A democratic life meeting needs two thirds of those who should attend; too few are present. [DL4]",
            (await teams.ClickAsync(Secretary, "openDiscussion", new { meetingId = (string)rollCall.Action("checkIn")["data"]!["meetingId"]!, itemId = "1" })).AllText());
    }

    private async Task<JObject> SayAsync(TeamsClient teams, TeamsPerson from, string text)
    {
        Connector.Clear();
        (await teams.SayAsync(from, text)).EnsureSuccessStatusCode();
        return Connector.Requests.Single(r => r.Card is not null).Card!;
    }

    private GroupKey Key => new(_world.TenantId, _world.TeamId);

    private async Task<string?> ActiveMeetingAsync() =>
        (await ((GroupStore)Bot.Services.GetService(typeof(GroupStore))!).GetAsync(Key))!.ActiveMeetingId;

    private async Task<PartyGroupBot.Core.Meetings.MeetingState> LoadAsync(string meetingId) =>
        (await ((MeetingStore)Bot.Services.GetService(typeof(MeetingStore))!).LoadAsync(Key.Meeting(meetingId)))!;

    private static JObject With(JObject data, string key, string value)
    {
        var copy = (JObject)data.DeepClone();
        copy[key] = value;
        return copy;
    }

    private static string? Input(JObject card, string id) =>
        (string?)card.Descendants().OfType<JObject>().Single(o => (string?)o["id"] == id)["value"];

    private static List<string> Choices(JObject card, string inputId) =>
        card.Descendants().OfType<JObject>().Single(o => (string?)o["id"] == inputId)["choices"]!.Select(c => (string)c["value"]!).ToList();
}
