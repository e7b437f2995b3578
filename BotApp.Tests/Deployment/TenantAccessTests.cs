using System.Net;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using PartyGroupBot.Tests.Http;
using PartyGroupBot.Tests.Infrastructure;
using PartyGroupBot.Tests.Resilience;

namespace PartyGroupBot.Tests.Deployment;

/// <summary>
/// Issue 13, fail closed: with <c>Bot:Tenants</c> set, activities from another tenant, or from a channel other than
/// Teams, are answered 403 over HTTP and change nothing: no stored row, no message sent.
/// </summary>
[Trait("Category", "Http")]
public sealed class TenantAccessTests(SharedAzurite azurite) : BotTestBase(azurite)
{
    private readonly TeamsWorld _world = GroupSetup.World("tenants");
    private readonly string _otherTenant = Guid.NewGuid().ToString();

    protected override IEnumerable<string> Administrators => [_world[0].AadObjectId];
    protected override IEnumerable<string> ExtraArgs => [$"--Bot:Tenants:0={_world.TenantId}"];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Connector.Roster = _world.People;
    }

    [Fact]
    public async Task Another_tenant_and_another_channel_get_403_and_change_nothing()
    {
        var teams = ClientFor(_world);
        await GroupSetup.SetUpAsync(teams, _world);
        var meetingId = await GroupSetup.StartMeetingAsync(teams, _world, "议题一");
        var before = await Stored.SnapshotAsync(Azurite.ConnectionString, TablePrefix);
        Connector.Clear();

        // The same team, people and card data, claimed by another tenant: in channelData and in the conversation.
        var foreign = ClientFor(_world with { TenantId = _otherTenant });
        var setup = foreign.Channel(_world[0], ActivityTypes.Message);
        setup.Text = "setup";
        var checkIn = foreign.Invoke(_world[2], "checkIn", new { meetingId });
        var tenantOnlyInConversation = teams.Channel(_world[0], ActivityTypes.Message);
        tenantOnlyInConversation.Text = "start meeting";
        tenantOnlyInConversation.ChannelData = new TeamsChannelData { Team = new TeamInfo(_world.TeamId) };
        tenantOnlyInConversation.Conversation.TenantId = _otherTenant;
        // The right tenant through another channel (Web Chat, Direct Line …).
        var webChat = teams.Invoke(_world[2], "checkIn", new { meetingId });
        webChat.ChannelId = "webchat";
        var noTenant = teams.Channel(_world[0], ActivityTypes.Message);
        noTenant.Text = "start meeting";
        noTenant.ChannelData = new TeamsChannelData { Team = new TeamInfo(_world.TeamId) };
        noTenant.Conversation.TenantId = null;

        foreach (var activity in new[] { setup, checkIn, tenantOnlyInConversation, webChat, noTenant })
            Assert.Equal(HttpStatusCode.Forbidden, (await teams.PostAsync(activity)).StatusCode);

        Assert.Equal(before, await Stored.SnapshotAsync(Azurite.ConnectionString, TablePrefix));
        Assert.Empty(Connector.Requests);

        // The allowed tenant in Teams is still served.
        var allowed = await teams.PressAsync(_world[2], "checkIn", new { meetingId });
        Assert.False(allowed.IsRefusal(), allowed.AllText());
        Assert.NotEqual(before, await Stored.SnapshotAsync(Azurite.ConnectionString, TablePrefix));
    }
}
