using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>MN3: a sign-off whose channel post fails is still a sign-off, and the secretary is told the post failed.</summary>
[Trait("Category", "Http")]
public sealed class MinutesPostFailureTests(SharedAzurite azurite) : BotTestBase(azurite)
{
    private readonly TeamsWorld _world = GroupSetup.World("postfail");

    protected override IEnumerable<string> Administrators => [_world[0].AadObjectId];

    [Fact]
    public async Task A_failed_channel_post_is_reported_to_the_secretary_not_swallowed_MN3()
    {
        Connector.Roster = _world.People;
        var teams = ClientFor(_world);
        await GroupSetup.SetUpAsync(teams, _world);
        var meetingId = await GroupSetup.StartMeetingAsync(teams, _world, "议题一");
        await teams.ClickAsync(_world[0], "checkIn", new { meetingId });
        Connector.Clear();
        await teams.ClickAsync(_world[0], "endMeeting", new { meetingId });
        var signData = Connector.Requests.Single(r => r.Card is not null).Card!.Action("signMinutes")["data"]!;

        Connector.FailWhile(r => r.Path == $"/v3/conversations/{_world.ChannelId}/activities", 502);
        var answer = (await teams.ClickAsync(_world[0], "signMinutes", signData, personal: true)).AllText();
        Assert.Contains("发布到频道失败", answer);
        Assert.Contains("党组会议纪要", answer);
        Assert.NotEmpty(Connector.Failed);
        Connector.StopFailing();
        Assert.Contains("[MN3]", (await teams.ClickAsync(_world[0], "signMinutes", signData, personal: true)).AllText());
    }
}
