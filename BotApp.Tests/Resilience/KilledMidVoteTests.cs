using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Resilience;

/// <summary>
/// The bot's process is killed (SIGKILL) while members' ballots are in flight; Teams delivers the clicks that got no
/// answer again, to the restarted bot. Every member ends with exactly one ballot, a click whose ballot was stored
/// before the kill gets the answer it would have got, and the result counts each ballot once.
/// </summary>
[Trait("Category", "System")]
public sealed class KilledMidVoteTests(SharedAzurite azurite) : IAsyncLifetime, IClassFixture<SharedAzurite>
{
    private readonly TeamsWorld _world = TeamsWorld.Create("killed", 13);
    private readonly FakeConnector _connector = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private readonly string _prefix = "k" + Guid.NewGuid().ToString("N")[..10];
    private BotProcess _bot = null!;

    private IEnumerable<string> Administrators => [_world[0].AadObjectId];

    public async Task InitializeAsync()
    {
        await _connector.StartAsync();
        _connector.Roster = _world.People;
        _bot = await BotProcess.StartAsync(azurite, _prefix, Administrators);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        _http.Dispose();
    }

    private TeamsClient Client() => new(_http, _bot, _connector, _world);

    [Fact]
    public async Task Ballots_in_flight_when_the_bot_is_killed_are_each_counted_once_after_Teams_redelivers_them()
    {
        var teams = Client();
        await Groups.SetUpAsync(teams, _world, Groups.SecretaryAndMembers(_world.People.Count));
        var rollCall = await teams.PressAsync(_world[0], "startMeeting", await teams.UnscheduledAsync(_world, "议题一\n议题二\n议题三", "recorded"));
        var meetingId = (string)rollCall.Action("checkIn")["data"]!["meetingId"]!;
        foreach (var wave in _world.People.Chunk(4))
            await Task.WhenAll(wave.Select(p => teams.PressAsync(p, "checkIn", new { meetingId })));

        // The kill lands wherever the clicks are; an item whose clicks all came back first is voted again on the next.
        var cutOff = 0;
        var voted = new List<string>();
        foreach (var itemId in new[] { "t1", "t2", "t3" })
        {
            if (cutOff > 0) break;
            cutOff = await KilledWhileVotingAsync(meetingId, itemId);
            voted.Add(itemId);
        }
        Assert.True(cutOff > 0, "on every item the kill came after every ballot was answered, so it tested nothing");
        var stored = await Stored.BallotsAsync(azurite.ConnectionString, _prefix);
        foreach (var itemId in voted)
            Assert.Equal(_world.People.Select(p => p.AadObjectId).Order(), stored.Where(s => s.ItemId == itemId).Select(s => s.VoterId).Order());
    }

    /// <summary>Every member votes at once, the bot is killed at the first answer, restarted, and the unanswered clicks delivered again.</summary>
    private async Task<int> KilledWhileVotingAsync(string meetingId, string itemId)
    {
        var teams = Client();
        Assert.False((await teams.PressAsync(_world[0], "openVote", new { meetingId, itemId })).IsRefusal());
        var members = _world.People.Skip(1).ToList();
        var choices = members.Select((_, i) => new[] { "yes", "no", "abstain" }[i % 3]).ToList();
        var clicks = members.Select((p, i) => teams.Invoke(p, "castVote", new { meetingId, itemId, choice = choices[i] })).ToList();
        var first = clicks.Select(c => Answer(teams, c)).ToList();
        await Task.WhenAny(first);
        _bot.Kill();
        var answers = await Task.WhenAll(first);
        var cutOff = answers.Count(a => a is null);

        // Restarted on the same storage; Teams retries every click that got no answer.
        _bot = await BotProcess.StartAsync(azurite, _prefix, Administrators);
        teams = Client();
        for (var i = 0; i < clicks.Count; i++)
            answers[i] ??= await teams.SendAsync(clicks[i]);
        Assert.All(answers, a => Assert.False(a!.IsRefusal(), a!.AllText()));
        var said = new Dictionary<string, string> { ["yes"] = "赞成", ["no"] = "反对", ["abstain"] = "弃权" };
        foreach (var (answer, i) in answers.Select((a, i) => (a!, i)))
            Assert.Contains("你的表决：" + said[choices[i]], answer.AllText());
        // A click answered before the kill and delivered again gets the same answer, and counts once.
        Assert.Equal(answers[0]!.AllText(), (await teams.SendAsync(clicks[0])).AllText());

        Assert.False((await teams.PressAsync(_world[0], "castVote", new { meetingId, itemId, choice = "yes" })).IsRefusal());
        var result = (await teams.PressAsync(_world[0], "closeVote", new { meetingId, itemId })).FactsWith("结果");
        Assert.Equal(((choices.Count(c => c == "yes") + 1).ToString(), choices.Count(c => c == "no").ToString(), choices.Count(c => c == "abstain").ToString()),
            (result["赞成"], result["反对"], result["弃权"]));
        return cutOff;
    }

    /// <summary>The card the bot answered with, or null when the connection died with the process.</summary>
    private static async Task<JObject?> Answer(TeamsClient teams, Activity click)
    {
        try
        {
            return await teams.SendAsync(click);
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}
