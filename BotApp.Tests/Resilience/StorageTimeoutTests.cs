using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using PartyGroupBot.Tests.Http;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Resilience;

/// <summary>
/// Storage that accepts connections and never answers (a hung server, a black-holed route) is an outage like a 503
/// (issue 13, item 9): the user gets the clear "try again" card, not an error or no answer at all.
/// </summary>
[Trait("Category", "Http")]
[TakesLong(10)]
public sealed class StorageTimeoutTests : IAsyncLifetime
{
    private readonly TeamsWorld _world = GroupSetup.World("timeout");
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(90) };
    private readonly FakeConnector _connector = new();
    private readonly TcpListener _blackHole = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> _held = [];
    private readonly CancellationTokenSource _stop = new();
    private Microsoft.AspNetCore.Builder.WebApplication? _bot;
    private string _messagesUrl = "";

    public async Task InitializeAsync()
    {
        _blackHole.Start();
        _ = Task.Run(async () =>
        {
            // Accept and hold every connection, read nothing, answer nothing.
            while (!_stop.IsCancellationRequested)
                try { _held.Add(await _blackHole.AcceptTcpClientAsync(_stop.Token)); } catch (OperationCanceledException) { return; }
        });
        await _connector.StartAsync();
        var port = ((IPEndPoint)_blackHole.LocalEndpoint).Port;
        _bot = BotAppHost.Build([
            "--urls=http://127.0.0.1:0", "--environment=Test", "--MicrosoftAppId=", "--Bot:AllowAnonymous=true", "--Logging:LogLevel:Default=Warning",
            $"--Storage:ConnectionString=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Azurite.AccountKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;",
            "--Storage:TablePrefix=timeout", "--Reminders:Enabled=false", "--Outbox:Enabled=false",
        ]);
        await _bot.StartAsync();
        _messagesUrl = _bot.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First() + "/api/messages";
    }

    public async Task DisposeAsync()
    {
        _stop.Cancel();
        if (_bot is not null) await _bot.DisposeAsync();
        foreach (var c in _held) c.Dispose();
        _blackHole.Stop();
        await _connector.DisposeAsync();
        _http.Dispose();
    }

    [Fact]
    public async Task A_click_while_storage_hangs_gets_the_try_again_card()
    {
        var teams = new TeamsClient(_http, new Endpoint(_messagesUrl), _connector, _world);
        var card = await teams.PressAsync(_world[0], "checkIn", new { meetingId = "m-1" });
        Assert.Contains(Clicks.TryAgain, card.AllText());
        // One storage call and its two retries (TableOptions), then the answer: a turn whose first call hung does not try a
        // second one, which would double the wait (about 10 s to about 20 s) past the time Teams waits for a click's answer.
        Assert.InRange(_held.Count, 1, 3);
    }

    private sealed record Endpoint(string MessagesUrl) : IBotEndpoint;
}
