using System.Net;
using System.Text;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Tests.Http;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Resilience;

/// <summary>
/// The bad-input catalogue: each bad request is refused with a clear message, leaves the stored state exactly as it was,
/// and the bot goes on serving the meeting.
/// </summary>
[Trait("Category", "Http")]
public sealed class BadInputTests(SharedAzurite azurite) : BotTestBase(azurite)
{
    /// <summary>0 secretary, 1 deputy, 2–4 members, 5 observer (列席, no vote), 6 in the team but not in the group.</summary>
    private static readonly string[] Roles = ["secretary", "deputySecretary", "member", "member", "member", "observer", "none"];
    private readonly TeamsWorld _world = TeamsWorld.Create("bad", Roles.Length);
    private readonly TeamsWorld _other = TeamsWorld.Create("badOther", Roles.Length);
    private TeamsClient _teams = null!;
    private string _meetingId = "";

    protected override IEnumerable<string> Administrators => [_world[0].AadObjectId, _other[0].AadObjectId];

    /// <summary>A meeting with quorum and item 1 open; the deputy has voted.</summary>
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Connector.Roster = _world.People;
        _teams = ClientFor(_world);
        await Groups.SetUpAsync(_teams, _world, Roles);
        _meetingId = await GroupSetup.StartMeetingAsync(_teams, _world, "议题一\n议题二");
        foreach (var i in new[] { 0, 1, 2, 5 }) await _teams.PressAsync(_world[i], "checkIn", new { meetingId = _meetingId });
        await _teams.PressAsync(_world[0], "openVote", new { meetingId = _meetingId, itemId = "t1" });
        await _teams.PressAsync(_world[1], "castVote", new { meetingId = _meetingId, itemId = "t1", choice = "yes" });
    }

    [Fact]
    public async Task Free_text_beyond_its_limit_or_with_control_characters_is_refused_and_changes_nothing()
    {
        var before = await SnapshotAsync();
        Refused(await _teams.PressAsync(_world[2], "proposeItem", new { title = new string('议', 201), category = "policy", method = "recorded" }),
            "最多 200 个字");
        Refused(await _teams.PressAsync(_world[2], "proposeItem", new { title = "修订\u0007制度", category = "policy", method = "recorded" }),
            "控制字符");
        Refused(await _teams.PressAsync(_world[3], "requestLeave", new { meetingId = _meetingId, reason = new string('因', 2001) }), "最多 2000 个字");
        Assert.Equal(before, await SnapshotAsync());
        await StillServingAsync();
    }

    [Fact]
    public async Task User_text_is_shown_as_typed_not_as_Markdown()
    {
        Connector.Clear();
        var answer = await _teams.PressAsync(_world[2], "proposeItem", new { title = "[证明](https://x.example) **急**", category = "policy", method = "recorded" });
        Assert.False(answer.IsRefusal(), answer.AllText());
        var approval = Connector.Requests.Single(r => r.Card?.ToString().Contains("approveItem") == true).Card!.AllText();
        Assert.Contains("证明", approval);
        // No link and no bold: the marks are broken by a zero-width space, in the answer as in the secretary's card.
        foreach (var text in new[] { approval, answer.AllText() })
        {
            // Ordinal: a culture-aware search ignores the zero-width space.
            Assert.False(text.Contains("](", StringComparison.Ordinal), text);
            Assert.False(text.Contains("**", StringComparison.Ordinal), text);
        }
    }

    [Fact]
    public async Task A_secret_ballot_box_row_is_created_only_by_an_accepted_ballot_and_odd_keys_are_a_clean_refusal_V2()
    {
        var other = ClientFor(_other);
        Connector.Roster = _other.People;
        await Groups.SetUpAsync(other, _other, Roles);
        var meetingId = await GroupSetup.StartMeetingAsync(other, _other, "民主推荐", method: "secret");
        foreach (var i in new[] { 0, 1, 2 }) await other.PressAsync(_other[i], "checkIn", new { meetingId });
        await other.PressAsync(_other[0], "openVote", new { meetingId, itemId = "t1" });

        // Clicks that are refused: someone outside the group, an item that is not there, keys storage cannot hold.
        Assert.True((await other.PressAsync(_other[6], "castVote", new { meetingId, itemId = "t1", choice = "yes" })).IsRefusal());
        foreach (var item in new[] { "9", "1/2", "1#2", "1?x" })
            Assert.True((await other.PressAsync(_other[2], "castVote", new { meetingId, itemId = item, choice = "yes" })).IsRefusal());
        Assert.True((await other.PressAsync(_other[2], "refreshBallot", new { meetingId, itemId = "1/2#3?" })).IsRefusal());
        Assert.Empty(await Stored.RowsAsync(Azurite.ConnectionString, TablePrefix, "BallotBoxes"));

        Assert.False((await other.PressAsync(_other[2], "castVote", new { meetingId, itemId = "t1", choice = "yes" })).IsRefusal());
        Assert.Single(await Stored.RowsAsync(Azurite.ConnectionString, TablePrefix, "BallotBoxes"));
    }

    private Task<string> SnapshotAsync() => Stored.SnapshotAsync(Azurite.ConnectionString, TablePrefix);

    /// <summary>The card is a refusal that says <paramref name="expected"/>.</summary>
    private static void Refused(JObject card, string expected)
    {
        Assert.True(card.IsRefusal(), "expected a refusal card, got: " + card.AllText());
        Assert.Contains(expected, card.AllText());
    }

    /// <summary>The meeting still works: member 2 votes and is counted.</summary>
    private async Task StillServingAsync()
    {
        var ballot = await _teams.PressAsync(_world[2], "castVote", new { meetingId = _meetingId, itemId = "t1", choice = "no" });
        Assert.False(ballot.IsRefusal(), ballot.AllText());
        Assert.Contains("已投票（2）", ballot.AllText());
    }

    private async Task<HttpResponseMessage> PostRawAsync(string body, string contentType = "application/json") =>
        await Http.PostAsync(Bot.MessagesUrl, new StringContent(body, Encoding.UTF8, contentType));

    /// <summary>
    /// Posts a large body over a raw connection: the headers and its first 64 KB, then waits for an early answer (a server
    /// with a limit refuses on the declared length); only if none comes does it send the rest. HttpClient cannot be used
    /// here: the server's early 413 and close break its pipe before it reads the answer.
    /// </summary>
    private async Task<HttpStatusCode> StatusForLargeBodyAsync(string json)
    {
        var uri = new Uri(Bot.MessagesUrl);
        var body = Encoding.UTF8.GetBytes(json);
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(uri.Host, uri.Port);
        var stream = tcp.GetStream();
        var head = $"POST {uri.AbsolutePath} HTTP/1.1\r\nHost: {uri.Authority}\r\nContent-Type: application/json\r\n" +
            $"Content-Length: {body.Length}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        var first = Math.Min(body.Length, 64 * 1024);
        await stream.WriteAsync(body.AsMemory(0, first));
        var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = reader.ReadLineAsync();
        if (await Task.WhenAny(statusLine, Task.Delay(TimeSpan.FromSeconds(3))) != statusLine)
        {
            await stream.WriteAsync(body.AsMemory(first));
            await stream.FlushAsync();
        }
        var line = await statusLine.WaitAsync(TimeSpan.FromSeconds(60)) ?? "";
        return (HttpStatusCode)int.Parse(line.Split(' ')[1]);
    }

    private static string Json(Activity activity) =>
        JsonConvert.SerializeObject(activity, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });

    [Fact]
    public async Task Malformed_or_incomplete_activities_are_refused_at_the_door()
    {
        var before = await SnapshotAsync();

        // Not JSON at all; JSON that is not an activity; an activity without a type.
        Assert.Equal(HttpStatusCode.BadRequest, (await PostRawAsync("{ this is not json")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostRawAsync("[1, 2, 3]")).StatusCode);
        var noType = _teams.Invoke(_world[2], "castVote", new { meetingId = _meetingId, itemId = "t1", choice = "yes" });
        noType.Type = null;
        Assert.Equal(HttpStatusCode.BadRequest, (await PostRawAsync(Json(noType))).StatusCode);

        // A card action without its value, or not an Action.Execute: the invoke answers 400 with an error saying why.
        var noValue = _teams.Invoke(_world[2], "castVote", new { });
        noValue.Value = null;
        var answer = await PostRawAsync(Json(noValue));
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("value", await answer.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        var submit = _teams.Invoke(_world[2], "castVote", new { });
        submit.Value = JObject.FromObject(new { action = new { type = "Action.Submit", verb = "castVote", data = new { meetingId = _meetingId, itemId = "t1", choice = "yes" } } });
        answer = await PostRawAsync(Json(submit));
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("Action.Submit", await answer.Content.ReadAsStringAsync());

        Assert.Equal(before, await SnapshotAsync());
        await StillServingAsync();
    }

    [Fact]
    public async Task Card_data_with_missing_or_forged_fields_is_refused_and_changes_nothing()
    {
        var before = await SnapshotAsync();
        var member = _world[2];
        var m = _meetingId;

        Refused(await _teams.PressAsync(member, "castVote", new { itemId = "t1", choice = "yes" }), "在本团队找不到这次会议");
        Refused(await _teams.PressAsync(member, "castVote", new { meetingId = m, choice = "yes" }), "找不到这个议题");
        Refused(await _teams.PressAsync(member, "castVote", new { meetingId = m, itemId = "t1" }), "无效的表决选项。 [V2]");
        Refused(await _teams.PressAsync(member, "castVote", new { meetingId = m, itemId = "99", choice = "yes" }), "找不到这个议题");
        Refused(await _teams.PressAsync(member, "checkIn", new { }), "卡片数据无效");
        // Forged choices: other spellings, numbers, objects, arrays.
        foreach (var choice in new object[] { "YES", "赞成", "yes ; no", "", 1, new { value = "yes" }, new[] { "yes", "yes" } })
            Refused(await _teams.PressAsync(member, "castVote", new { meetingId = m, itemId = "t1", choice }), "[V2]");
        // Fields of the wrong type are not read as ids.
        Refused(await _teams.PressAsync(member, "castVote", new { meetingId = new { id = m }, itemId = "t1", choice = "yes" }), "在本团队找不到这次会议");
        // A verb the bot does not have.
        Refused(await _teams.PressAsync(member, "deleteMeeting", new { meetingId = m }), "卡片数据无效");
        Refused(await _teams.PressAsync(member, "", new { meetingId = m }), "卡片数据无效");

        Assert.Equal(before, await SnapshotAsync());

        // Data naming someone else as the voter is ignored: the ballot is the sender's.
        var ballot = await _teams.PressAsync(member, "castVote",
            new { meetingId = m, itemId = "t1", choice = "no", voterId = _world[3].AadObjectId, from = _world[3].AadObjectId, aadObjectId = _world[3].AadObjectId });
        Assert.False(ballot.IsRefusal(), ballot.AllText());
        var stored = await Stored.BallotsAsync(Azurite.ConnectionString, TablePrefix);
        Assert.Equal(new[] { _world[1].AadObjectId, member.AadObjectId }.Order(), stored.Select(b => b.VoterId).Order());
    }

    [Fact]
    public async Task Card_data_for_another_meeting_team_or_tenant_finds_nothing()
    {
        // Another team in the same tenant, with its own group and meeting.
        var other = _other with { TenantId = _world.TenantId };
        Connector.Roster = other.People;
        var otherTeams = ClientFor(other);
        await Groups.SetUpAsync(otherTeams, other, Roles);
        var otherMeeting = await GroupSetup.StartMeetingAsync(otherTeams, other, "别的议题");
        Connector.Roster = _world.People;
        var before = await SnapshotAsync();

        // This team's member replays the other team's meeting id: looked up under this team only.
        Refused(await _teams.PressAsync(_world[2], "checkIn", new { meetingId = otherMeeting }), "在本团队找不到这次会议");
        // The other team's secretary replays this team's card.
        Refused(await otherTeams.PressAsync(other[0], "openVote", new { meetingId = _meetingId, itemId = "t2" }), "在本团队找不到这次会议");
        Refused(await otherTeams.PressAsync(other[2], "castVote", new { meetingId = _meetingId, itemId = "t1", choice = "yes" }), "在本团队找不到这次会议");
        // The same team and channel ids in another tenant: there is no group there.
        var foreign = new TeamsClient(Http, Bot, Connector, _world with { TenantId = Guid.NewGuid().ToString() });
        Refused(await foreign.PressAsync(_world[2], "castVote", new { meetingId = _meetingId, itemId = "t1", choice = "yes" }), "本团队尚未设置党组");
        Refused(await foreign.PressAsync(_world[0], "closeVote", new { meetingId = _meetingId, itemId = "t1" }), "本团队尚未设置党组");
        // No team at all (a private chat) with channel card data.
        var personal = _teams.Personal(_world[2], ActivityTypes.Invoke);
        personal.Id = "r-" + Guid.NewGuid().ToString("N");
        personal.Name = "adaptiveCard/action";
        personal.Value = JObject.FromObject(new { action = new { type = "Action.Execute", verb = "castVote", data = new { meetingId = _meetingId, itemId = "t1", choice = "yes" } } });
        Refused(await _teams.SendAsync(personal), "请在党组团队的频道中使用");

        Assert.Equal(before, await SnapshotAsync());
        await StillServingAsync();
    }

    [Fact]
    public async Task People_without_a_vote_are_refused()
    {
        var before = await SnapshotAsync();
        var item = new { meetingId = _meetingId, itemId = "t1", choice = "yes" };

        // 列席 (observer): on the roster and checked in, but has no vote.
        Refused(await _teams.PressAsync(_world[5], "castVote", item), "你的角色没有表决权。 [V11]");
        // In the team but not in the party group.
        Refused(await _teams.PressAsync(_world[6], "castVote", item), "你不在本党组名单中。 [V11]");
        // Not even in the team: an unknown AAD object id, and none at all.
        Refused(await _teams.PressAsync(new TeamsPerson("29:stranger", Guid.NewGuid().ToString(), "陌生人"), "castVote", item), "你不在本党组名单中");
        Refused(await _teams.PressAsync(new TeamsPerson("29:anonymous", "", "匿名"), "castVote", item), "你不在本党组名单中");
        // A voting member who has not checked in (Q7), and the chair before the others (V5).
        Refused(await _teams.PressAsync(_world[3], "castVote", item), "[Q7]");
        Refused(await _teams.PressAsync(_world[0], "castVote", item), "[V5]");
        // Only the chair closes.
        Refused(await _teams.PressAsync(_world[1], "closeVote", new { meetingId = _meetingId, itemId = "t1" }), "[MK1]");

        Assert.Equal(before, await SnapshotAsync());
        await StillServingAsync();
    }

    [Fact]
    public async Task Replayed_invokes_after_the_vote_closed_are_refused()
    {
        await StillServingAsync();
        var lateVote = _teams.Invoke(_world[4], "castVote", new { meetingId = _meetingId, itemId = "t1", choice = "yes" }, "ballot-1");
        var chairVote = _teams.Invoke(_world[0], "castVote", new { meetingId = _meetingId, itemId = "t1", choice = "yes" }, "ballot-1");
        var chairAnswer = await _teams.SendAsync(chairVote);
        Assert.False(chairAnswer.IsRefusal());
        var result = await _teams.PressAsync(_world[0], "closeVote", new { meetingId = _meetingId, itemId = "t1" });
        Assert.Contains("表决结果", result.AllText());
        var before = await SnapshotAsync();

        // Old cards clicked again (new activities, same data) are refused; the very same activity delivered again
        // is recognised by its id and answered as the first time, changing nothing.
        Refused(await _teams.PressAsync(_world[2], "castVote", new { meetingId = _meetingId, itemId = "t1", choice = "yes" }), "[V10]");
        Assert.Equal(chairAnswer.AllText(), (await _teams.SendAsync(chairVote)).AllText());
        Assert.Equal(before, await SnapshotAsync());
        Refused(await _teams.PressAsync(_world[0], "openVote", new { meetingId = _meetingId, itemId = "t1" }), "[V10]");
        Refused(await _teams.PressAsync(_world[0], "closeVote", new { meetingId = _meetingId, itemId = "t1" }), "[V10]");
        await _teams.PressAsync(_world[4], "checkIn", new { meetingId = _meetingId });
        before = await SnapshotAsync();
        Refused(await _teams.SendAsync(lateVote), "[V10]");

        // After the meeting ended, nothing reopens it.
        await _teams.PressAsync(_world[0], "endMeeting", new { meetingId = _meetingId });
        var ended = await SnapshotAsync();
        Refused(await _teams.PressAsync(_world[0], "openVote", new { meetingId = _meetingId, itemId = "t2" }), "会议已经结束");
        Refused(await _teams.PressAsync(_world[3], "checkIn", new { meetingId = _meetingId }), "会议已经结束");
        Assert.Equal(ended, await SnapshotAsync());
    }

    [Fact]
    public async Task A_body_beyond_the_servers_limit_is_refused_with_413_and_the_bot_keeps_serving()
    {
        var before = await SnapshotAsync();
        var huge = _teams.Invoke(_world[2], "castVote", new { meetingId = _meetingId, itemId = "t1", choice = "yes", padding = new string('x', 31 * 1024 * 1024) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, await StatusForLargeBodyAsync(Json(huge)));
        Assert.Equal(before, await SnapshotAsync());
        await StillServingAsync();
    }

    [Fact]
    public async Task An_oversize_activity_is_refused_with_413_before_it_is_read()
    {
        var before = await SnapshotAsync();
        var big = _teams.Invoke(_world[2], "castVote", new { meetingId = _meetingId, itemId = "t1", choice = "yes", padding = new string('x', 1024 * 1024) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, await StatusForLargeBodyAsync(Json(big)));
        Assert.Equal(before, await SnapshotAsync());
        await StillServingAsync();
    }

    [Fact]
    public async Task A_body_that_is_not_declared_as_JSON_is_refused_with_415()
    {
        var before = await SnapshotAsync();
        var activity = Json(_teams.Invoke(_world[2], "castVote", new { meetingId = _meetingId, itemId = "t1", choice = "yes" }));
        foreach (var type in new[] { "text/plain", "application/x-www-form-urlencoded", "application/xml" })
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await PostRawAsync(activity, type)).StatusCode);
        Assert.Equal(before, await SnapshotAsync());
        await StillServingAsync();
    }
}
