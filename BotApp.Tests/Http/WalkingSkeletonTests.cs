using Newtonsoft.Json.Linq;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>The whole first slice over HTTP: set-up, start, roll call, votes with the chair last, end, sign, post.</summary>
[Trait("Category", "Http")]
public sealed class WalkingSkeletonTests(SharedAzurite azurite) : BotTestBase(azurite)
{
    private readonly TeamsWorld _world = GroupSetup.World("skeleton");

    protected override IEnumerable<string> Administrators => [_world[0].AadObjectId];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Connector.Roster = _world.People;
    }

    [Fact]
    public async Task A_meeting_runs_from_start_meeting_to_signed_minutes_in_the_channel()
    {
        var teams = ClientFor(_world);
        TeamsPerson secretary = _world[0], deputy = _world[1], member2 = _world[2], member3 = _world[3], recorder = _world[5];

        // Set-up: the roster comes from the connector, page by page, with a role choice per person.
        await teams.SayAsync(secretary, "setup");
        var setupCard = Connector.Requests.Last(r => r.Card is not null).Card!;
        foreach (var person in _world.People)
            Assert.Contains(setupCard.Descendants().OfType<JObject>(), o => (string?)o["id"] == "role." + person.AadObjectId);
        Assert.Contains(setupCard.Descendants().OfType<JObject>(), o => (string?)o["id"] == "profile");
        await GroupSetup.SetUpAsync(teams, _world);

        // Only the secretary convenes (MK1).
        Connector.Clear();
        await teams.SayAsync(member2, "start meeting");
        Assert.Contains("[MK1]", Connector.Requests.Single(r => r.Card is not null).Card!.AllText());
        // AG4: the start card offers the approved topics no meeting has taken, to tick.
        var topics = await GroupSetup.ApprovedTopicsAsync(teams, _world, "审议2026年度部门预算\n研究干部教育培训计划");
        Connector.Clear();
        await teams.SayAsync(secretary, "开始会议");
        var startCard = Connector.Requests.Single(r => r.Card is not null).Card!;
        Assert.Equal("startMeeting", (string?)startCard.Action("startMeeting")["verb"]);
        var offered = startCard.Descendants().OfType<JObject>().Single(o => (string?)o["id"] == "itemIds")["choices"]!.Select(c => (string)c["value"]!);
        Assert.Equal(topics, offered);

        var started = await teams.ClickAsync(secretary, "startMeeting", new { itemIds = string.Join(",", topics) });
        var meetingId = (string)started.Action("checkIn")["data"]!["meetingId"]!;
        var item1 = new { meetingId, itemId = "t1" };

        // Roll call: two of five voting members is below the Q1 quorum of three.
        await teams.ClickAsync(secretary, "checkIn", new { meetingId });
        var rollCall = await teams.ClickAsync(deputy, "checkIn", new { meetingId });
        Assert.Contains("实到 2 人 / 应到 5 人，开会须至少 3 人", rollCall.AllText());
        var refused = await teams.ClickAsync(secretary, "openVote", item1);
        Assert.Contains("[Q1]", refused.AllText());

        await teams.ClickAsync(member2, "checkIn", new { meetingId });
        Connector.Clear();
        rollCall = await teams.ClickAsync(secretary, "openVote", item1);
        Assert.Contains("表决中", rollCall.AllText());
        var ballot = Connector.Requests.Single(r => r.Method == "POST" && r.Card is not null).Card!;
        Assert.Contains("表决：审议2026年度部门预算", ballot.AllText());

        // The chair states last (V5); nobody votes twice (V11); the recorder has no vote.
        Assert.Contains("[V5]", (await teams.ClickAsync(secretary, "castVote", new { meetingId, itemId = "t1", choice = "yes" })).AllText());
        await teams.ClickAsync(deputy, "castVote", new { meetingId, itemId = "t1", choice = "yes" });
        await teams.ClickAsync(member2, "castVote", new { meetingId, itemId = "t1", choice = "no" });
        Assert.Contains("[V11]", (await teams.ClickAsync(member2, "castVote", new { meetingId, itemId = "t1", choice = "yes" })).AllText());
        Assert.Contains("[V11]", (await teams.ClickAsync(recorder, "castVote", new { meetingId, itemId = "t1", choice = "yes" })).AllText());
        Assert.Contains("[Q7]", (await teams.ClickAsync(member3, "castVote", new { meetingId, itemId = "t1", choice = "yes" })).AllText());
        var chairBallot = await teams.ClickAsync(secretary, "castVote", new { meetingId, itemId = "t1", choice = "yes" });
        Assert.Contains("已投票（3）", chairBallot.AllText());

        // Only the chair closes; the tally follows V3: 2 yes of 5 who should attend is not more than half.
        Assert.Contains("[MK1]", (await teams.ClickAsync(deputy, "closeVote", item1)).AllText());
        var result = (await teams.ClickAsync(secretary, "closeVote", item1)).FactsWith("结果");
        Assert.Equal("未通过", result["结果"]);
        Assert.Equal(("2", "1", "0", "5", "3"), (result["赞成"], result["反对"], result["弃权"], result["应到会"], result["实到"]));
        Assert.Contains("[V10]", (await teams.ClickAsync(member3, "castVote", new { meetingId, itemId = "t1", choice = "yes" })).AllText());

        // A late arrival counts for the second item; three yes of five passes.
        await teams.ClickAsync(member3, "checkIn", new { meetingId });
        var item2 = new { meetingId, itemId = "t2" };
        await teams.ClickAsync(secretary, "openVote", item2);
        foreach (var p in new[] { deputy, member2, member3 })
            await teams.ClickAsync(p, "castVote", new { meetingId, itemId = "t2", choice = "yes" });
        await teams.ClickAsync(secretary, "castVote", new { meetingId, itemId = "t2", choice = "abstain" });
        var result2 = (await teams.ClickAsync(secretary, "closeVote", item2)).FactsWith("结果");
        Assert.Equal(("通过", "3", "1", "4"), (result2["结果"], result2["赞成"], result2["弃权"], result2["实到"]));

        // End: the draft goes privately to the secretary; nothing reaches the channel before sign-off (MN3).
        Connector.Clear();
        var ended = await teams.ClickAsync(secretary, "endMeeting", new { meetingId });
        Assert.Contains("会议已结束", ended.AllText());
        var created = Connector.Requests.Single(r => r.Method == "POST" && r.Path == "/v3/conversations");
        Assert.Equal(secretary.Mri, (string?)created.Body!["members"]![0]!["id"]);
        var draft = Connector.Requests.Single(r => r.Card is not null).Card!;
        Assert.StartsWith("/v3/conversations/a:personal-", Connector.Requests.Single(r => r.Card is not null).Path);
        Assert.Contains("会议纪要（草稿，待签发）", draft.AllText());
        Assert.DoesNotContain(Connector.Requests, r => r.Path.Contains(_world.ChannelId));

        var signData = draft.Action("signMinutes")["data"]!;
        Assert.Contains("[MN3]", (await teams.ClickAsync(deputy, "signMinutes", signData, personal: true)).AllText());
        Assert.DoesNotContain(Connector.Requests, r => r.Path.Contains(_world.ChannelId));

        await teams.ClickAsync(secretary, "signMinutes", signData, personal: true);
        var posted = Connector.Requests.Single(r => r.Path == $"/v3/conversations/{_world.ChannelId}/activities").Card!;
        var text = posted.AllText();
        Assert.Contains("党组会议纪要", text);
        Assert.Contains("审议2026年度部门预算", text);
        Assert.Contains($"{deputy.Name} 赞成；{member2.Name} 反对；{secretary.Name} 赞成", text);
        Assert.Contains($"签发人：{secretary.Name}", text);
        Assert.Contains("[MN3]", (await teams.ClickAsync(secretary, "signMinutes", signData, personal: true)).AllText());
    }
}
