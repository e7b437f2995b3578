using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>What the bot accepted is in Table storage, not in the process: a restarted bot carries on.</summary>
[Trait("Category", "Http")]
public sealed class RestartTests(SharedAzurite azurite) : BotTestBase(azurite)
{
    private readonly TeamsWorld _world = GroupSetup.World("restart");

    protected override IEnumerable<string> Administrators => [_world[0].AadObjectId];

    [Fact]
    public async Task A_check_in_survives_a_bot_restart_Q7()
    {
        Connector.Roster = _world.People;
        var teams = ClientFor(_world);
        await GroupSetup.SetUpAsync(teams, _world);
        var meetingId = await GroupSetup.StartMeetingAsync(teams, _world, "议题一");
        await teams.ClickAsync(_world[1], "checkIn", new { meetingId });

        await RestartBotAsync();
        teams = ClientFor(_world);

        Assert.Contains("[Q7]", (await teams.ClickAsync(_world[1], "checkIn", new { meetingId })).AllText());
        var rollCall = await teams.ClickAsync(_world[2], "checkIn", new { meetingId });
        Assert.Contains("实到 2 人", rollCall.AllText());
    }
}
