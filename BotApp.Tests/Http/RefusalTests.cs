using System.Net;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>Bad input gets a clear message in the user's language and changes nothing.</summary>
[Trait("Category", "Http")]
public sealed class RefusalTests(SharedAzurite azurite) : BotTestBase(azurite)
{
    private readonly TeamsWorld _teamA = GroupSetup.World("teamA");
    private readonly TeamsWorld _teamB = GroupSetup.World("teamB");

    protected override IEnumerable<string> Administrators => [_teamA[0].AadObjectId, _teamB[0].AadObjectId];

    private async Task<(TeamsClient Teams, string MeetingId)> MeetingInTeamAAsync()
    {
        Connector.Roster = _teamA.People;
        var teams = ClientFor(_teamA);
        await GroupSetup.SetUpAsync(teams, _teamA);
        return (teams, await GroupSetup.StartMeetingAsync(teams, _teamA, "议题一"));
    }

    [Fact]
    public async Task Another_teams_meeting_id_finds_nothing_and_changes_nothing()
    {
        var (teamsA, meetingId) = await MeetingInTeamAAsync();
        Connector.Roster = _teamB.People;
        var teamsB = ClientFor(_teamB);
        await GroupSetup.SetUpAsync(teamsB, _teamB);

        // Team B's secretary replays team A's card data: the meeting is looked up under team B only.
        var refused = await teamsB.ClickAsync(_teamB[0], "checkIn", new { meetingId });
        Assert.Contains("在本团队找不到这次会议", refused.AllText());

        var rollCall = await teamsA.ClickAsync(_teamA[0], "checkIn", new { meetingId });
        Assert.Contains("实到 1 人", rollCall.AllText());
    }

    [Fact]
    public async Task A_team_member_outside_the_group_cannot_check_in_Q1()
    {
        var (teams, meetingId) = await MeetingInTeamAAsync();
        Assert.Contains("[Q1]", (await teams.ClickAsync(_teamA[6], "checkIn", new { meetingId })).AllText());
    }

    [Fact]
    public async Task Only_an_administrator_sees_the_setup_card_and_can_save_it()
    {
        Connector.Roster = _teamA.People;
        var teams = ClientFor(_teamA);
        var refused = await teams.ClickAsync(_teamA[1], "saveSetup", GroupSetup.SaveSetupData(_teamA, "chengzhong-hrss-2021"));
        Assert.Contains("只有管理员可以设置党组", refused.AllText());
        // Nothing was saved: the secretary still cannot convene.
        var notSetUp = await teams.ClickAsync(_teamA[0], "startMeeting", new { itemIds = "t1" });
        Assert.Contains("尚未设置党组", notSetUp.AllText());
    }

    [Fact]
    public async Task A_tampered_setup_naming_someone_outside_the_team_is_refused()
    {
        Connector.Roster = _teamA.People;
        var teams = ClientFor(_teamA);
        var data = (Newtonsoft.Json.Linq.JObject)GroupSetup.SaveSetupData(_teamA, "chengzhong-hrss-2021");
        data["role." + Guid.NewGuid()] = "member";
        Assert.Contains("卡片数据无效", (await teams.ClickAsync(_teamA[0], "saveSetup", data)).AllText());
    }

    [Fact]
    public async Task A_forged_choice_is_refused_and_not_counted_V2()
    {
        var (teams, meetingId) = await MeetingInTeamAAsync();
        foreach (var i in new[] { 0, 1, 2 }) await teams.ClickAsync(_teamA[i], "checkIn", new { meetingId });
        await teams.ClickAsync(_teamA[0], "openVote", new { meetingId, itemId = "t1" });
        Assert.Contains("[V2]", (await teams.ClickAsync(_teamA[1], "castVote", new { meetingId, itemId = "t1", choice = "2" })).AllText());
        // The member's real ballot is still accepted: the forged one left no trace.
        var ballot = await teams.ClickAsync(_teamA[1], "castVote", new { meetingId, itemId = "t1", choice = "yes" });
        Assert.Contains("已投票（1）", ballot.AllText());
    }

    [Fact]
    public async Task English_locale_gets_English_cards()
    {
        var (teams, meetingId) = await MeetingInTeamAAsync();
        teams.Locale = "en-US";
        var rollCall = await teams.ClickAsync(_teamA[0], "checkIn", new { meetingId });
        Assert.Contains("Present 1 of 5; at least 3 needed [Q1]", rollCall.AllText());
        var refused = await teams.ClickAsync(_teamA[0], "openVote", new { meetingId, itemId = "t1" });
        Assert.Contains("Fewer than half of the members are present; no vote can open. [Q1] 第十三条（三）", refused.AllText());
    }

    [Fact]
    public async Task A_malformed_activity_is_rejected_and_the_bot_keeps_serving()
    {
        var teams = ClientFor(_teamA);
        var bad = await teams.PostRawAsync("{ this is not json");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var (_, meetingId) = await MeetingInTeamAAsync();
        Assert.Contains("实到 1 人", (await teams.ClickAsync(_teamA[0], "checkIn", new { meetingId })).AllText());
    }

    [Fact]
    public async Task A_refused_click_shows_why_on_the_card_it_came_from_and_keeps_its_buttons()
    {
        var (teams, meetingId) = await MeetingInTeamAAsync();
        await teams.ClickAsync(_teamA[0], "checkIn", new { meetingId });
        var again = await teams.ClickAsync(_teamA[0], "checkIn", new { meetingId });
        Assert.Contains("你已经签到。 [Q7]", again.AllText());
        Assert.Contains("实到 1 人", again.AllText());
        Assert.Equal(meetingId, (string?)again.Action("openVote")["data"]!["meetingId"]);
    }

    [Fact]
    public async Task After_the_meeting_ends_end_meeting_and_status_say_there_is_none()
    {
        var (teams, meetingId) = await MeetingInTeamAAsync();
        Connector.Clear();
        await teams.SayAsync(_teamA[1], "会议状态");
        Assert.Contains("党组会议 · 签到", Connector.Requests.Single(r => r.Card is not null).Card!.AllText());
        await teams.ClickAsync(_teamA[0], "checkIn", new { meetingId }); // MK1: the chair presides once checked in
        await teams.ClickAsync(_teamA[0], "endMeeting", new { meetingId });
        Connector.Clear();
        await teams.SayAsync(_teamA[0], "end meeting");
        await teams.SayAsync(_teamA[0], "status");
        var answers = Connector.Requests.Where(r => r.Card is not null && r.Path.Contains(_teamA.ChannelId)).ToList();
        Assert.Equal(2, answers.Count);
        Assert.All(answers, r => Assert.Contains("当前没有进行中的会议", r.Card!.AllText()));
    }
}
