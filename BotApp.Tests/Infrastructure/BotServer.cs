using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace PartyGroupBot.Tests.Infrastructure;

/// <summary>The real BotApp, listening on a free loopback port, with its own table prefix on the shared Azurite.</summary>
public sealed class BotServer : IBotEndpoint, IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotServer(WebApplication app, string url) { _app = app; Url = url; }

    public string Url { get; }
    public string MessagesUrl => Url + "/api/messages";
    public IServiceProvider Services => _app.Services;

    public static Task<BotServer> StartAsync(Azurite azurite, string tablePrefix, IEnumerable<string> administrators, params string[] extra) =>
        StartWithAsync(azurite, tablePrefix, administrators, null, extra);

    /// <summary>As above, with <paramref name="replace"/> run after the app's own registrations (a fixed clock, a Graph client).</summary>
    public static Task<BotServer> StartAsync(
        Azurite azurite, string tablePrefix, IEnumerable<string> administrators, Action<IServiceCollection>? replace, params string[] extra) =>
        StartWithAsync(azurite, tablePrefix, administrators, replace, extra);

    /// <param name="overrides">Services that replace the configured ones, e.g. a Graph client pointed at a local handler.</param>
    public static async Task<BotServer> StartWithAsync(
        Azurite azurite, string tablePrefix, IEnumerable<string> administrators, Action<IServiceCollection>? overrides, params string[] extra)
    {
        var args = new List<string>
        {
            "--urls=http://127.0.0.1:0",
            "--environment=Test",
            $"--Storage:ConnectionString={azurite.ConnectionString}",
            $"--Storage:TablePrefix={tablePrefix}",
            "--MicrosoftAppId=",
            // Tests post without Bot Framework tokens, on purpose; planning is switched on by the tests that need it.
            "--Bot:AllowAnonymous=true",
            "--Reminders:PlanEveryMs=0",
            "--Logging:LogLevel:Default=Warning",
            // Card updates go out with each click and no throttle row is kept, unless a test gives the connector Teams' limits.
            "--Teams:CardUpdateIntervalMs=0",
            "--Teams:ThrottleSpacingMs=0",
        };
        args.AddRange(administrators.Select((id, i) => $"--Bot:Administrators:{i}={id}"));
        args.AddRange(extra);
        var app = BotAppHost.Build(args.ToArray(), overrides);
        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BotServer(app, url);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
