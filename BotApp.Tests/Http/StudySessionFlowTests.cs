using Newtonsoft.Json.Linq;
using PartyGroupBot.Storage;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>
/// 理论学习中心组 over HTTP (MK3, B22): the secretary convenes a session, marked as the topical seminar; the roll call
/// records attendance and offers no vote; leave goes into the attendance record; ending shows the attendance; the signed
/// record is posted, and nobody is briefed on decisions that a study session does not take.
/// </summary>
[Trait("Category", "Http")]
public sealed class StudySessionFlowTests(SharedAzurite azurite) : BotTestBase(azurite)
{
    private readonly TeamsWorld _world = GroupSetup.World("zxz");
    protected override IEnumerable<string> Administrators => [_world[0].AadObjectId];

    private TeamsPerson Secretary => _world[0];

    [Fact]
    public async Task MK3_a_seminar_records_attendance_and_is_never_voted()
    {
        Connector.Roster = _world.People;
        var teams = ClientFor(_world);
        await GroupSetup.SetUpAsync(teams, _world);

        // MK3: the secretary (组长) convenes; a member is refused by the typed command and by a forged click.
        Assert.Contains("只有党组书记可以召集会议。 [MK3]", (await SayAsync(teams, _world[2], "开始学习")).AllText());
        Assert.Contains("只有党组书记可以召集会议。 [MK3]", (await teams.ClickAsync(_world[2], "startStudySession", new { topics = "学习" })).AllText());
        var form = await SayAsync(teams, Secretary, "中心组学习");
        Assert.Contains("理论学习中心组学习", form.AllText());
        Assert.Equal("startStudySession", (string?)form.Action("startStudySession")["verb"]);
        Assert.Contains(form.Descendants().OfType<JObject>(), o => (string?)o["id"] == "seminar" && (string?)o["type"] == "Input.Toggle");

        // Q3: scheduled for today; a member asks leave from the notice before it opens. It is approved into the attendance
        // record; no opinion form follows, there is nothing to vote on.
        Connector.Clear();
        Assert.Contains("会议已安排", (await teams.ClickAsync(Secretary, "scheduleMeeting", new
        {
            kind = "studyGroup", date = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd"), time = "15:00", place = "三楼会议室",
            topics = "学习党的二十届四中全会精神\n交流研讨", seminar = "true",
        })).AllText());
        var ask = Connector.Requests.Single(r => r.Card is not null && r.Path.StartsWith($"/v3/conversations/a:personal-{_world[4].Mri}/"))
            .Card!.Action("requestLeave")["data"]!.DeepClone();
        ask["reason"] = "下乡调研";
        Connector.Clear();
        await teams.ClickAsync(_world[4], "requestLeave", ask, personal: true);
        var approve = Connector.Requests.Single(r => r.Card is not null).Card!.Action("approveLeave")["data"]!;
        Connector.Clear();
        Assert.Contains($"已批准 {_world[4].Name} 请假，记入学习考勤 [MK3]。", (await teams.ClickAsync(Secretary, "approveLeave", approve, personal: true)).AllText());
        Assert.DoesNotContain(Connector.Requests, r => r.Card?.Actions().Any() == true);

        var rollCall = await teams.ClickAsync(Secretary, "startStudySession", new { meetingId = (string)approve["meetingId"]! });
        Assert.Contains("理论学习中心组专题研讨 · 签到", rollCall.AllText());
        Assert.Contains("实到 0 人 / 应到 5 人，记录出勤 [MK3]", rollCall.AllText());
        Assert.DoesNotContain(rollCall.Actions(), a => (string?)a["verb"] == "openVote");
        Assert.Contains("开始研讨：交流研讨", rollCall.Actions().Select(a => (string)a["title"]!));
        var meetingId = (string)rollCall.Action("checkIn")["data"]!["meetingId"]!;
        var stored = await LoadAsync(meetingId);
        Assert.Equal((PartyGroupBot.Core.Meetings.MeetingKind.StudyGroup, true), (stored.Kind, stored.IsSeminar));


        // Two of five came: a study session has no quorum to wait for, and a forged openVote changes nothing (MK3).
        foreach (var i in new[] { 0, 1 }) await teams.ClickAsync(_world[i], "checkIn", new { meetingId });
        Assert.Equal("研讨中", (await teams.ClickAsync(Secretary, "openDiscussion", new { meetingId, itemId = "1" })).FactsWith("交流研讨")["学习党的二十届四中全会精神"]);
        var before = (await LoadAsync(meetingId)).Version;
        Assert.Contains("中心组学习不付表决，只记录出勤。 [MK3]", (await teams.ClickAsync(Secretary, "openVote", new { meetingId, itemId = "1" })).AllText());
        Assert.Equal(before, (await LoadAsync(meetingId)).Version);

        // Ending shows the attendance record; the draft record goes to the secretary.
        Connector.Clear();
        var attendance = await teams.ClickAsync(Secretary, "endMeeting", new { meetingId });
        Assert.Contains("专题研讨考勤", attendance.AllText());
        Assert.Contains("出席 2 人，请假 1 人，缺席 2 人 [MK3]", attendance.AllText());
        var facts = attendance.FactsWith(_world[4].Name);
        Assert.StartsWith("出席（", facts[_world[0].Name]);
        Assert.Equal("请假", facts[_world[4].Name]);
        Assert.Equal("缺席", facts[_world[2].Name]);
        Assert.False(facts.ContainsKey(_world[5].Name)); // the recorder did not come and has no vote
        var draft = Connector.Requests.Single(r => r.Card is not null && r.Path.StartsWith($"/v3/conversations/a:personal-{Secretary.Mri}/")).Card!;
        Assert.Contains("理论学习中心组学习记录（草稿，待签发）", draft.AllText());

        // Signed: the record is posted with the seminar mark and 已学习研讨, and no absentee gets a decisions briefing.
        Connector.Clear();
        await teams.ClickAsync(Secretary, "signMinutes", draft.Action("signMinutes")["data"]!, personal: true);
        var post = Connector.Requests.Single(r => r.Card is not null && r.Path.StartsWith($"/v3/conversations/{_world.ChannelId}/")).Card!.AllText();
        Assert.Contains("理论学习中心组学习记录", post);
        Assert.Contains("本次为专题研讨 [MK3]", post);
        Assert.Contains("已学习研讨", post);
        Assert.DoesNotContain("未表决", post);
        Assert.DoesNotContain(Connector.Requests, r => r.Card is not null && r.Path.StartsWith("/v3/conversations/a:personal-"));
    }

    private async Task<JObject> SayAsync(TeamsClient teams, TeamsPerson from, string text)
    {
        Connector.Clear();
        (await teams.SayAsync(from, text)).EnsureSuccessStatusCode();
        return Connector.Requests.Single(r => r.Card is not null).Card!;
    }

    private async Task<PartyGroupBot.Core.Meetings.MeetingState> LoadAsync(string meetingId) =>
        (await ((MeetingStore)Bot.Services.GetService(typeof(MeetingStore))!).LoadAsync(new GroupKey(_world.TenantId, _world.TeamId).Meeting(meetingId)))!;
}
