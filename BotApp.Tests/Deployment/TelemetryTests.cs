using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartyGroupBot.Tests.Http;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Deployment;

/// <summary>
/// Issue 14, telemetry: what the bot logs (and OpenTelemetry exports, scopes included) lets an operator follow a team's
/// meeting by its ids, and never carries how anyone voted or a confidential title (V2, MN6, AG6).
/// </summary>
[Trait("Category", "Http")]
public sealed class TelemetryTests(SharedAzurite azurite) : BotTestBase(azurite)
{
    private const string ConfidentialTitle = "研究信访积案处置方案";
    private readonly TeamsWorld _world = GroupSetup.World("telemetry");
    private readonly LogCapture _logs = new();

    protected override IEnumerable<string> Administrators => [_world[0].AadObjectId];
    protected override IEnumerable<string> ExtraArgs => ["--Logging:LogLevel:Default=Debug"];

    protected override void ReplaceServices(IServiceCollection services)
    {
        base.ReplaceServices(services);
        services.AddSingleton<ILoggerProvider>(_logs);
    }

    [Fact]
    public async Task Logs_carry_team_and_meeting_ids_and_never_a_ballot_choice_or_a_confidential_title()
    {
        Connector.Roster = _world.People;
        var teams = ClientFor(_world);
        await GroupSetup.SetUpAsync(teams, _world);
        // A confidential topic proposed and approved: its title passes through two turns and private cards.
        await GroupSetup.ProposeAndApproveAsync(teams, _world[0], _world[2], new { title = ConfidentialTitle, category = "other", method = "secret", confidential = "true" });

        var meetingId = await GroupSetup.StartMeetingAsync(teams, _world, "民主推荐候选人", method: "secret");
        foreach (var p in new[] { _world[1], _world[2], _world[3], _world[0] }) await teams.ClickAsync(p, "checkIn", new { meetingId });
        await teams.ClickAsync(_world[0], "openVote", new { meetingId, itemId = "t1" });
        await teams.ClickAsync(_world[1], "castVote", new { meetingId, itemId = "t1", choice = "no" });
        await teams.ClickAsync(_world[2], "castVote", new { meetingId, itemId = "t1", choice = "abstain" });
        await teams.ClickAsync(_world[3], "castVote", new { meetingId, itemId = "t1", choice = "no" });

        var records = _logs.Records;
        // Every log of a ballot's turn names the tenant, team, meeting and item; the turn log names the voter.
        var ballots = records.Where(r => (string?)r.ScopeValue("Verb") == "castVote").ToList();
        Assert.True(ballots.Count >= 3, "castVote turns logged: " + ballots.Count);
        Assert.All(ballots, r => Assert.Equal((_world.TenantId, _world.TeamId, meetingId, "t1"),
            ((string?)r.ScopeValue("TenantId"), (string?)r.ScopeValue("TeamId"), (string?)r.ScopeValue("MeetingId"), (string?)r.ScopeValue("ItemId"))));
        Assert.Contains(ballots, r => r.Message.Contains(_world[1].AadObjectId));

        // Nothing logged holds a choice or the confidential title: not the message, its fields, the scopes or an exception.
        Assert.True(records.Count > 20, "records: " + records.Count);
        foreach (var record in records)
        {
            Assert.DoesNotContain(ConfidentialTitle, record.AllText);
            Assert.DoesNotContain("choice", record.AllText, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(record.Fields.Concat(record.Scope), f => f.Value is string s && s is "no" or "abstain" or "yes");
        }
    }
}

/// <summary>
/// The same through the real pipeline: OpenTelemetry with the Azure Monitor distro, switched on by
/// APPLICATIONINSIGHTS_CONNECTION_STRING and pointed at a local ingestion endpoint, exports the turn's requests, its
/// storage calls and its logs with the ids as properties, and nothing it exports holds a choice or a confidential title.
/// </summary>
[Trait("Category", "Http")]
public sealed class TelemetryExportTests(SharedAzurite azurite) : IAsyncLifetime, IClassFixture<SharedAzurite>
{
    private const string ConfidentialTitle = "研究信访积案处置方案";
    private readonly TeamsWorld _world = GroupSetup.World("export");
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private readonly FakeConnector _connector = new();
    private readonly LocalIngestion _ingestion = new();

    public async Task InitializeAsync()
    {
        await _connector.StartAsync();
        await _ingestion.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _ingestion.DisposeAsync();
        _http.Dispose();
    }

    private bool BallotLogged() => _ingestion.Of("MessageData").Any(m => (string?)m["properties"]?["Verb"] == "castVote");

    [Fact]
    public async Task Exported_telemetry_carries_requests_storage_calls_and_ids_and_never_a_choice_or_a_confidential_title()
    {
        string meetingId;
        await using (var bot = await BotServer.StartAsync(azurite, "export", [_world[0].AadObjectId],
                         $"--APPLICATIONINSIGHTS_CONNECTION_STRING={_ingestion.ConnectionString}", "--Logging:LogLevel:Default=Information"))
        {
            _connector.Roster = _world.People;
            var teams = new TeamsClient(_http, bot, _connector, _world);
            await GroupSetup.SetUpAsync(teams, _world);
            _connector.Clear();
            await teams.ClickAsync(_world[2], "proposeItem", new { title = ConfidentialTitle, category = "other", method = "secret", confidential = "true" });
            meetingId = await GroupSetup.StartMeetingAsync(teams, _world, "民主推荐候选人", method: "secret");
            foreach (var p in new[] { _world[1], _world[2], _world[0] }) await teams.ClickAsync(p, "checkIn", new { meetingId });
            await teams.ClickAsync(_world[0], "openVote", new { meetingId, itemId = "t1" });
            await teams.ClickAsync(_world[1], "castVote", new { meetingId, itemId = "t1", choice = "abstain" });
            // The exporter sends in batches every few seconds, as it does in production.
            await Eventually.That(BallotLogged, "the exporter's batch with the ballot's log", TimeSpan.FromSeconds(30));
        }

        Assert.Contains(_ingestion.Of("RequestData"), r => ((string?)r["url"])?.EndsWith("/api/messages") == true);
        Assert.Contains(_ingestion.Of("RemoteDependencyData"), d => ((string?)d["target"])?.Contains($":{azurite.Port}") == true);
        var ballotLogs = _ingestion.Of("MessageData").Where(m => (string?)m["properties"]?["Verb"] == "castVote").ToList();
        Assert.NotEmpty(ballotLogs);
        Assert.All(ballotLogs, m => Assert.Equal((_world.TeamId, meetingId), ((string?)m["properties"]!["TeamId"], (string?)m["properties"]!["MeetingId"])));

        foreach (var item in _ingestion.Items)
        {
            var text = item.ToString();
            Assert.DoesNotContain(ConfidentialTitle, text);
            Assert.DoesNotContain("\"choice\"", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("abstain", text);
        }
    }
}
