using PartyGroupBot.Tests.Http;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Tab;

/// <summary>
/// A bot whose group ran <see cref="MeetingYear"/> over the Bot Framework protocol on a moved clock, a second group in the
/// same tenant, and a local OpenID authority the bot trusts for the tab's tokens (<c>Bot:Tenants</c> names the tenant).
/// </summary>
public abstract class TabTestBase(SharedAzurite azurite) : BotTestBase(azurite)
{
    protected readonly TeamsWorld World = TeamsWorld.Create("tab", MeetingYear.Roles.Length);
    protected readonly FakeClock Time = new(MeetingYear.Start);
    protected TeamsWorld Other = null!;
    protected TestIdentityProvider Idp = null!;
    protected IReadOnlyList<string> Heads = [];

    protected override IEnumerable<string> Administrators => [World[0].AadObjectId, Other[0].AadObjectId];
    protected override TimeProvider? Clock => Time;
    protected override IEnumerable<string> ExtraArgs => [.. Idp.BotArgs, $"--Bot:Tenants:0={World.TenantId}"];

    public override async Task InitializeAsync()
    {
        Other = TeamsWorld.Create("tab-b", MeetingYear.Roles.Length) with { TenantId = World.TenantId };
        Idp = await TestIdentityProvider.StartAsync();
        await base.InitializeAsync();
        Connector.Roster = World.People;
        Heads = await MeetingYear.RunAsync(ClientFor(World), World, Connector, Time);
        Connector.Roster = Other.People;
        await GroupSetup.SetUpAsync(ClientFor(Other), Other);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Idp.DisposeAsync();
    }

    protected string Token(TeamsPerson p) => Idp.Token(World.TenantId, p.AadObjectId);
}
