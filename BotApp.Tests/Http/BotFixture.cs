using Microsoft.Extensions.DependencyInjection;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>A running bot, a fake connector and a Teams client for one test class, on the run's Azurite.</summary>
public abstract class BotTestBase(SharedAzurite azurite) : IAsyncLifetime, IClassFixture<SharedAzurite>
{
    protected readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(60) };
    protected FakeConnector Connector { get; } = new();
    protected BotServer Bot { get; private set; } = null!;
    protected Azurite Azurite => azurite.Azurite;
    protected string TablePrefix { get; } = "t" + Guid.NewGuid().ToString("N")[..10];

    protected abstract IEnumerable<string> Administrators { get; }

    /// <summary>The bot's clock; null for the real one. A test class that shows times in its output gives a <see cref="FakeClock"/>.</summary>
    protected virtual TimeProvider? Clock => null;

    /// <summary>Configuration beyond the test defaults, as <c>--Key=value</c> arguments.</summary>
    protected virtual IEnumerable<string> ExtraArgs => [];

    /// <summary>Runs after the app's own registrations; replaces the clock when <see cref="Clock"/> is given.</summary>
    protected virtual void ReplaceServices(IServiceCollection services)
    {
        if (Clock is { } clock) services.AddSingleton(clock);
    }

    private Task<BotServer> StartBotAsync() => BotServer.StartAsync(Azurite, TablePrefix, Administrators, ReplaceServices, [.. ExtraArgs]);

    public virtual async Task InitializeAsync()
    {
        await Connector.StartAsync();
        Bot = await StartBotAsync();
    }

    protected async Task RestartBotAsync()
    {
        await Bot.DisposeAsync();
        Bot = await StartBotAsync();
    }

    protected TeamsClient ClientFor(TeamsWorld world) => new(Http, Bot, Connector, world);

    public virtual async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
        Http.Dispose();
    }
}
