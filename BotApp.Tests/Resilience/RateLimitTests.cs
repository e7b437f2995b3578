using PartyGroupBot.Tests.Http;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Resilience;

/// <summary>
/// Teams' rate limit (issue 13, item 4): a connector with Teams' own limits (7 in 1 s, 8 in 2 s, 60 in 30 s per
/// conversation, 429 with Retry-After beyond) and 50–150 ms per request, two bot instances behind it. Fifteen members
/// voting within two seconds are all counted, and the ballot card everyone sees ends with the final count: its updates
/// are folded into at most one a second, latest state winning, and every instance takes its turn from one throttle row.
/// </summary>
[Trait("Category", "Http")]
public sealed class RateLimitTests(SharedAzurite azurite) : TwoBotsTestBase(azurite, TeamsWorld.Create("ratelimit", 16))
{
    private const string Ballot = "ballot-1";

    /// <summary>The production settings: one update a second per card, two operations a second per conversation.</summary>
    protected override IEnumerable<string> ExtraArgs => ["--Teams:CardUpdateIntervalMs=1000", "--Teams:ThrottleSpacingMs=500"];

    private List<ConnectorRequest> BallotUpdates() =>
        Connector.Requests.Where(r => r.Method == "PUT" && r.Path.EndsWith("/activities/" + Ballot)).ToList();

    [Fact]
    public async Task Fifteen_members_voting_within_two_seconds_are_all_counted_and_the_card_ends_with_the_final_count()
    {
        var (a, b) = Clients();
        await Groups.SetUpAsync(a, World, Groups.SecretaryAndMembers(World.People.Count));
        var rollCall = await a.PressAsync(World[0], "startMeeting", await a.UnscheduledAsync(World, "议题一", "recorded"));
        var meetingId = (string)rollCall.Action("checkIn")["data"]!["meetingId"]!;
        Connector.TeamsLimits = true;
        await Task.WhenAll(World.People.Select((p, i) => (i % 2 == 0 ? a : b).PressAsync(p, "checkIn", new { meetingId })));
        Assert.False((await b.PressAsync(World[0], "openVote", new { meetingId, itemId = "t1" })).IsRefusal());
        Connector.Clear();

        var members = World.People.Skip(1).ToList();
        var answers = await Task.WhenAll(members.Select((p, i) =>
            (i % 2 == 0 ? a : b).PressAsync(p, "castVote", new { meetingId, itemId = "t1", choice = "yes" }, Ballot)));

        Assert.All(answers, card => Assert.False(card.IsRefusal(), card.AllText()));
        Assert.Equal(15, (await Stored.BallotsAsync(Azurite.ConnectionString, TablePrefix)).Count);
        // The coalesced update goes out within a second or two of the last ballot, carrying all fifteen.
        await Eventually.That(() => BallotUpdates().LastOrDefault()?.Card?.AllText().Contains("已投票（15）") == true,
            "the coalesced card update carrying all fifteen ballots", TimeSpan.FromSeconds(15));
        var updates = BallotUpdates();
        Assert.Contains("已投票（15）", updates.Last().Card!.AllText());
        // Far fewer updates than ballots, and none refused by Teams.
        Assert.True(updates.Count < members.Count, $"{updates.Count} updates for {members.Count} ballots");
        Assert.Empty(Connector.Throttled);
    }
}
