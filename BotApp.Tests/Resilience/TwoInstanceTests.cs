using Newtonsoft.Json.Linq;
using PartyGroupBot.Tests.Http;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Resilience;

/// <summary>
/// Two bot processes on one Table storage account, as behind a load balancer: the voters' clicks land on either,
/// often on both at once (a double click). Every accepted ballot is stored exactly once, and nothing is posted twice.
/// </summary>
[Trait("Category", "Http")]
public sealed class TwoInstanceTests(SharedAzurite azurite) : TwoBotsTestBase(azurite, TeamsWorld.Create("twin", 9))
{
    private async Task<string> StartedMeetingWithEveryoneInAsync(TeamsClient a, TeamsClient b, string items)
    {
        await Groups.SetUpAsync(a, World, Groups.SecretaryAndMembers(World.People.Count));
        var rollCall = await b.PressAsync(World[0], "startMeeting", await b.UnscheduledAsync(World, items, "recorded"));
        var meetingId = (string)rollCall.Action("checkIn")["data"]!["meetingId"]!;
        // Everyone checks in, every other person through the other instance, in waves of four: more simultaneous writers
        // on one meeting than MeetingStore's attempts can refuse one with the storage card (see the skipped crowd test).
        foreach (var wave in World.People.Select((p, i) => (p, i)).Chunk(4))
        {
            var checkIns = await Task.WhenAll(wave.Select(x => (x.i % 2 == 0 ? a : b).PressAsync(x.p, "checkIn", new { meetingId })));
            Assert.All(checkIns, c => Assert.False(c.IsRefusal(), c.AllText()));
        }
        Assert.Equal(World.People.Count, await Stored.CountAsync(Azurite.ConnectionString, TablePrefix, "MemberCheckedIn"));
        return meetingId;
    }

    [Fact]
    public async Task Double_clicks_on_both_instances_store_each_ballot_once_and_post_each_ballot_card_once()
    {
        var (a, b) = Clients();
        var meetingId = await StartedMeetingWithEveryoneInAsync(a, b, "议题一\n议题二\n议题三");
        var chair = World[0];
        var members = World.People.Skip(1).ToList();
        var accepted = new List<(string Item, string Voter, string Choice)>();
        var choices = new[] { "yes", "no", "abstain" };

        foreach (var itemId in new[] { "t1", "t2", "t3" })
        {
            // The chair double-clicks 开始表决: one instance opens the vote, the other refuses (V6); one ballot card is posted.
            Connector.Clear();
            var opened = await Task.WhenAll(a.PressAsync(chair, "openVote", new { meetingId, itemId }), b.PressAsync(chair, "openVote", new { meetingId, itemId }));
            Assert.Single(opened, o => !o.IsRefusal());
            Assert.Single(Connector.Requests, r => r.Method == "POST" && r.Card?.AllText().Contains("表决：议题") == true);

            // Every member double-clicks their choice, one click on each instance, all members at once.
            var clicks = members.SelectMany((p, i) => new[] { a, b }.Select(client => (Person: p, Choice: choices[i % 3],
                Task: client.PressAsync(p, "castVote", new { meetingId, itemId, choice = choices[i % 3] }, "ballot-" + itemId)))).ToList();
            await Task.WhenAll(clicks.Select(c => c.Task));
            foreach (var group in clicks.GroupBy(c => c.Person))
            {
                var answers = group.Select(c => c.Task.Result).ToList();
                var ok = answers.Where(x => !x.IsRefusal()).ToList();
                Assert.True(ok.Count == 1, $"{group.Key.Name}: {ok.Count} accepted of two clicks: " + string.Join(" / ", answers.Select(x => x.AllText())));
                Assert.Contains("[V11]", answers.Single(x => x.IsRefusal()).AllText());
                accepted.Add((itemId, group.Key.AadObjectId, group.First().Choice));
            }

            // The chair last (V5), then a double-clicked close: one result, the second click is refused as final (V10).
            Assert.False((await b.PressAsync(chair, "castVote", new { meetingId, itemId, choice = "yes" })).IsRefusal());
            accepted.Add((itemId, chair.AadObjectId, "yes"));
            var closed = await Task.WhenAll(a.PressAsync(chair, "closeVote", new { meetingId, itemId }), b.PressAsync(chair, "closeVote", new { meetingId, itemId }));
            var result = Assert.Single(closed, c => !c.IsRefusal()).FactsWith("结果");
            var mine = accepted.Where(x => x.Item == itemId).ToList();
            Assert.Equal((mine.Count(x => x.Choice == "yes").ToString(), mine.Count(x => x.Choice == "no").ToString(), mine.Count(x => x.Choice == "abstain").ToString()),
                (result["赞成"], result["反对"], result["弃权"]));
        }

        // Read back from storage: every accepted ballot exactly once, nothing else.
        var stored = await Stored.BallotsAsync(Azurite.ConnectionString, TablePrefix);
        Assert.Equal(accepted.Select(x => $"{x.Item}|{x.Voter}|{x.Choice}").Order(), stored.Select(s => $"{s.ItemId}|{s.VoterId}|{s.Choice}").Order());
        Assert.Equal(3, await Stored.CountAsync(Azurite.ConnectionString, TablePrefix, "VoteOpened"));
        Assert.Equal(3, await Stored.CountAsync(Azurite.ConnectionString, TablePrefix, "VoteClosed"));
    }

    [Fact]
    public async Task A_secret_ballot_double_clicked_on_both_instances_counts_each_voter_once_V2()
    {
        var (a, b) = Clients();
        await Groups.SetUpAsync(a, World, Groups.SecretaryAndMembers(World.People.Count));
        var rollCall = await a.PressAsync(World[0], "startMeeting", await a.UnscheduledAsync(World, "审议年度预算", "secret"));
        var meetingId = (string)rollCall.Action("checkIn")["data"]!["meetingId"]!;
        foreach (var wave in World.People.Select((p, i) => (p, i)).Chunk(4))
            await Task.WhenAll(wave.Select(x => (x.i % 2 == 0 ? a : b).PressAsync(x.p, "checkIn", new { meetingId })));
        Assert.False((await b.PressAsync(World[0], "openVote", new { meetingId, itemId = "t1" })).IsRefusal());

        // Every member clicks on both instances at once: the ballot box changes only under its ETag, so one click counts.
        var members = World.People.Skip(1).ToList();
        var choices = members.Select((_, i) => new[] { "yes", "no", "abstain" }[i % 3]).ToList();
        var clicks = members.SelectMany((p, i) => new[] { a, b }.Select(client => (Person: p,
            Task: client.PressAsync(p, "castVote", new { meetingId, itemId = "t1", choice = choices[i] }, "ballot-1")))).ToList();
        await Task.WhenAll(clicks.Select(c => c.Task));
        foreach (var group in clicks.GroupBy(c => c.Person))
        {
            var answers = group.Select(c => c.Task.Result).ToList();
            Assert.True(answers.Count(x => !x.IsRefusal()) == 1, $"{group.Key.Name}: " + string.Join(" / ", answers.Select(x => x.AllText())));
            Assert.Contains("[V11]", answers.Single(x => x.IsRefusal()).AllText());
        }
        Assert.Contains($"已投票 {World.People.Count} 人", (await a.PressAsync(World[0], "castVote", new { meetingId, itemId = "t1", choice = "yes" })).AllText());

        var result = (await b.PressAsync(World[0], "closeVote", new { meetingId, itemId = "t1" })).FactsWith("结果");
        Assert.Equal(((choices.Count(c => c == "yes") + 1).ToString(), choices.Count(c => c == "no").ToString(), choices.Count(c => c == "abstain").ToString()),
            (result["赞成"], result["反对"], result["弃权"]));
        Assert.Empty(await Stored.BallotsAsync(Azurite.ConnectionString, TablePrefix));
    }

    [Fact]
    public async Task Simultaneous_start_and_sign_on_both_instances_make_one_meeting_and_one_minutes_post()
    {
        var (a, b) = Clients();
        await Groups.SetUpAsync(a, World, Groups.SecretaryAndMembers(World.People.Count));
        var secretary = World[0];

        // Two 开始会议 clicks at once, one per instance: one meeting, the other click is told a meeting is on (MK1).
        // Each click picks its own approved topic, so what stops the second is the meeting already on (MK1), not the topic.
        var (first, second) = (await a.UnscheduledAsync(World, "议题一"), await b.UnscheduledAsync(World, "议题二"));
        var started = await Task.WhenAll(a.PressAsync(secretary, "startMeeting", first), b.PressAsync(secretary, "startMeeting", second));
        var rollCall = Assert.Single(started, s => !s.IsRefusal());
        Assert.Contains("[MK1]", Assert.Single(started, s => s.IsRefusal()).AllText());
        Assert.Equal(1, await Stored.CountAsync(Azurite.ConnectionString, TablePrefix, "MeetingStarted"));
        var meetingId = (string)rollCall.Action("checkIn")["data"]!["meetingId"]!;

        // Ended on both at once: one MeetingEnded and one private draft (the chair presides once checked in, MK1).
        await a.PressAsync(secretary, "checkIn", new { meetingId });
        Connector.Clear();
        var ended = await Task.WhenAll(a.PressAsync(secretary, "endMeeting", new { meetingId }), b.PressAsync(secretary, "endMeeting", new { meetingId }));
        Assert.Single(ended, e => !e.IsRefusal());
        Assert.Equal(1, await Stored.CountAsync(Azurite.ConnectionString, TablePrefix, "MeetingEnded"));
        var draft = Assert.Single(Connector.Requests, r => r.Card?.AllText().Contains("草稿") == true).Card!;

        // Signed on both at once: one MinutesSigned and exactly one post of the minutes in the channel (MN3).
        var signData = draft.Action("signMinutes")["data"]!;
        var signs = await Task.WhenAll(
            a.SendAsync(Personal(a, secretary, signData)), b.SendAsync(Personal(b, secretary, signData)));
        Assert.Single(signs, s => !s.IsRefusal());
        Assert.Equal(1, await Stored.CountAsync(Azurite.ConnectionString, TablePrefix, "MinutesSigned"));
        Assert.Single(Connector.Requests, r => r.Path == $"/v3/conversations/{World.ChannelId}/activities");
    }

    [Fact]
    public async Task Twenty_members_checking_in_at_the_same_moment_on_two_instances_are_all_checked_in()
    {
        var crowd = TeamsWorld.Create("crowd", 20);
        Connector.Roster = crowd.People;
        await using var admin = await BotServer.StartAsync(Azurite, TablePrefix, [crowd[0].AadObjectId]);
        var a = new TeamsClient(Http, admin, Connector, crowd);
        var b = new TeamsClient(Http, Second, Connector, crowd);
        await Groups.SetUpAsync(a, crowd, Groups.SecretaryAndMembers(crowd.People.Count));
        var rollCall = await a.PressAsync(crowd[0], "startMeeting", await a.UnscheduledAsync(crowd, "议题一"));
        var meetingId = (string)rollCall.Action("checkIn")["data"]!["meetingId"]!;

        var checkIns = await Task.WhenAll(crowd.People.Select((p, i) => (i % 2 == 0 ? a : b).PressAsync(p, "checkIn", new { meetingId })));
        var refused = checkIns.Where(c => c.IsRefusal()).Select(c => c.AllText()).ToList();
        Assert.True(refused.Count == 0, $"{refused.Count} of 20 refused: " + string.Join(" / ", refused.Distinct()));
        Assert.Equal(crowd.People.Count, await Stored.CountAsync(Azurite.ConnectionString, TablePrefix, "MemberCheckedIn"));
    }

    private static Microsoft.Bot.Schema.Activity Personal(TeamsClient teams, TeamsPerson from, JToken data)
    {
        var activity = teams.Personal(from, Microsoft.Bot.Schema.ActivityTypes.Invoke);
        activity.Id = "r-" + Guid.NewGuid().ToString("N");
        activity.Name = "adaptiveCard/action";
        activity.ReplyToId = "draft-1";
        activity.Value = JObject.FromObject(new { action = new { type = "Action.Execute", verb = "signMinutes", data }, trigger = "manual" });
        return activity;
    }
}
