using PartyGroupBot.Tests.Http;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Resilience;

/// <summary>Two bot instances on one Azurite and one table prefix, as behind a load balancer; person 0 administers.</summary>
public abstract class TwoBotsTestBase(SharedAzurite azurite, TeamsWorld world) : BotTestBase(azurite)
{
    protected TeamsWorld World { get; } = world;
    protected BotServer Second { get; private set; } = null!;

    protected override IEnumerable<string> Administrators => [World[0].AadObjectId];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Second = await BotServer.StartAsync(Azurite, TablePrefix, Administrators, ReplaceServices, [.. ExtraArgs]);
        Connector.Roster = World.People;
    }

    public override async Task DisposeAsync()
    {
        await Second.DisposeAsync();
        await base.DisposeAsync();
    }

    /// <summary>A client of each instance.</summary>
    protected (TeamsClient A, TeamsClient B) Clients() => (ClientFor(World), new TeamsClient(Http, Second, Connector, World));
}
