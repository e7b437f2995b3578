using System.Net;
using Microsoft.Bot.Schema;
using PartyGroupBot.Tests.Http;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Resilience;

/// <summary>
/// Teams retries a turn that took too long and may deliver the same activity (same id) twice, even to two instances at once:
/// the second delivery must not act again, and the user should get the same answer as the first.
/// </summary>
[Trait("Category", "Http")]
public sealed class RedeliveryTests(SharedAzurite azurite) : BotTestBase(azurite)
{
    private readonly TeamsWorld _world = GroupSetup.World("redeliver");
    private TeamsClient _teams = null!;
    private string _meetingId = "";

    protected override IEnumerable<string> Administrators => [_world[0].AadObjectId];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Connector.Roster = _world.People;
        _teams = ClientFor(_world);
        await GroupSetup.SetUpAsync(_teams, _world);
        _meetingId = await GroupSetup.StartMeetingAsync(_teams, _world, "议题一");
        foreach (var i in new[] { 0, 1, 2 }) await _teams.PressAsync(_world[i], "checkIn", new { meetingId = _meetingId });
        await _teams.PressAsync(_world[0], "openVote", new { meetingId = _meetingId, itemId = "t1" });
    }

    [Fact]
    public async Task A_redelivered_ballot_is_never_counted_twice()
    {
        var vote = _teams.Invoke(_world[1], "castVote", new { meetingId = _meetingId, itemId = "t1", choice = "yes" }, "ballot-1");
        Assert.False((await _teams.SendAsync(vote)).IsRefusal());
        await _teams.SendAsync(vote);
        await Task.WhenAll(_teams.SendAsync(vote), _teams.SendAsync(vote));
        Assert.Single(await Stored.BallotsAsync(Azurite.ConnectionString, TablePrefix));
    }

    [Fact]
    public async Task The_same_card_click_delivered_twice_is_processed_once_and_answered_alike()
    {
        var vote = _teams.Invoke(_world[1], "castVote", new { meetingId = _meetingId, itemId = "t1", choice = "yes" }, "ballot-1");
        Connector.Clear();
        var first = await _teams.SendAsync(vote);
        Assert.False(first.IsRefusal(), first.AllText());
        var again = await _teams.SendAsync(vote);
        // The user whose first answer was lost sees their ballot, not "你已经投过票".
        Assert.Equal(first.AllText(), again.AllText());
        Assert.Single(await Stored.BallotsAsync(Azurite.ConnectionString, TablePrefix));
        Assert.Single(Connector.Requests, r => r.Method == "PUT");
    }

    [Fact]
    public async Task The_same_message_delivered_twice_is_answered_once()
    {
        var message = _teams.Channel(_world[0], ActivityTypes.Message);
        message.Id = "r-" + Guid.NewGuid().ToString("N");
        message.Text = $"<at>{TeamsWorld.BotName}</at> help";
        message.Entities = [new Mention(new ChannelAccount(TeamsWorld.BotId, TeamsWorld.BotName), $"<at>{TeamsWorld.BotName}</at>")];
        Connector.Clear();
        Assert.True((await _teams.PostAsync(message)).IsSuccessStatusCode);
        Assert.True((await _teams.PostAsync(message)).IsSuccessStatusCode);
        Assert.Single(Connector.Requests, r => r.Card is not null);
    }

    [Fact]
    public async Task The_same_activity_delivered_to_two_instances_at_once_is_processed_once()
    {
        await using var second = await BotServer.StartAsync(Azurite, TablePrefix, Administrators);
        var other = new TeamsClient(Http, second, Connector, _world);
        var message = _teams.Channel(_world[0], ActivityTypes.Message);
        message.Id = "r-" + Guid.NewGuid().ToString("N");
        message.Text = $"<at>{TeamsWorld.BotName}</at> 开始会议";
        message.Entities = [new Mention(new ChannelAccount(TeamsWorld.BotId, TeamsWorld.BotName), $"<at>{TeamsWorld.BotName}</at>")];
        Connector.Clear();
        var answers = await Task.WhenAll(_teams.PostAsync(message), other.PostAsync(message));
        Assert.All(answers, a => Assert.True(a.IsSuccessStatusCode));
        Assert.Single(Connector.Requests, r => r.Card is not null);

        var vote = _teams.Invoke(_world[2], "castVote", new { meetingId = _meetingId, itemId = "t1", choice = "no" }, "ballot-1");
        var cards = await Task.WhenAll(_teams.SendAsync(vote), other.SendAsync(vote));
        Assert.All(cards, c => Assert.False(c.IsRefusal(), c.AllText()));
        Assert.Single(await Stored.BallotsAsync(Azurite.ConnectionString, TablePrefix));
    }
}

/// <summary>
/// A slow turn (a private send the connector takes seconds to answer) is exactly the one Teams delivers again. The
/// repeat waits for the first attempt while its lease is live and gets its answer; only an attempt whose lease ran out
/// (its instance died) is taken over, and then the events it already appended are not appended again.
/// </summary>
[Trait("Category", "Http")]
[TakesLong(14)]
public sealed class SlowTurnRedeliveryTests(SharedAzurite azurite) : BotTestBase(azurite)
{
    private readonly TeamsWorld _world = GroupSetup.World("slowturn");
    private TeamsClient _teams = null!;

    protected override IEnumerable<string> Administrators => [_world[0].AadObjectId];

    private static readonly object Proposal = new { title = "修订机关考勤制度", category = "policy", method = "recorded" };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Connector.Roster = _world.People;
        _teams = ClientFor(_world);
        await GroupSetup.SetUpAsync(_teams, _world);
    }

    private IEnumerable<ConnectorRequest> ApprovalCards => Connector.Requests.Where(r => r.Card?.AllText().Contains("同意上会") == true);

    private async Task<int> ProposalsStoredAsync() => (await Stored.AgendaAsync(Azurite.ConnectionString, TablePrefix)).Count(e => e.Type == "ItemProposed");

    [Fact]
    public async Task A_proposal_delivered_again_while_the_first_attempt_waits_on_the_connector_is_filed_once_and_answered_alike()
    {
        // The private send to the secretary takes 7 s; Teams delivers the click again 1.5 s after the first.
        Connector.SlowWhile(r => r.Method == "POST" && r.Path.StartsWith("/v3/conversations"), TimeSpan.FromSeconds(7));
        var click = _teams.Invoke(_world[2], "proposeItem", Proposal);
        var first = _teams.SendAsync(click);
        await Task.Delay(1500);
        var again = _teams.SendAsync(click);
        var answers = await Task.WhenAll(first, again);
        Connector.StopBeingSlow();

        Assert.False(answers[0].IsRefusal(), answers[0].AllText());
        Assert.Equal(answers[0].AllText(), answers[1].AllText());
        Assert.Equal(1, await ProposalsStoredAsync());
        Assert.Single(ApprovalCards);
    }

    [Fact]
    public async Task A_click_whose_first_instance_died_after_storing_is_taken_over_without_filing_it_twice()
    {
        var click = _teams.Invoke(_world[2], "proposeItem", Proposal);
        var first = await _teams.SendAsync(click);
        Assert.Equal(1, await ProposalsStoredAsync());
        // As if the first instance had died after storing the proposal but before answering: a claim, no answer, lease run out.
        await Stored.ExpireActivityClaimAsync(Azurite.ConnectionString, TablePrefix, click.Id);

        var again = await _teams.SendAsync(click);

        Assert.False(again.IsRefusal(), again.AllText());
        Assert.Equal(first.AllText(), again.AllText());
        Assert.Equal(1, await ProposalsStoredAsync());
    }
}
