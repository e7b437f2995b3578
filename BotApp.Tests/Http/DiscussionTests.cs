using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>V1: the chair opens an item's discussion before its vote, one item at a time (V6).</summary>
[Trait("Category", "Http")]
public sealed class DiscussionTests(SharedAzurite azurite) : BotTestBase(azurite)
{
    private readonly TeamsWorld _world = GroupSetup.World("discuss");

    protected override IEnumerable<string> Administrators => [_world[0].AadObjectId];

    [Fact]
    public async Task The_chair_opens_the_discussion_then_the_vote_of_that_item_V1()
    {
        Connector.Roster = _world.People;
        var teams = ClientFor(_world);
        await GroupSetup.SetUpAsync(teams, _world);
        var meetingId = await GroupSetup.StartMeetingAsync(teams, _world, "议题一\n议题二");
        foreach (var i in new[] { 0, 1, 2 }) await teams.ClickAsync(_world[i], "checkIn", new { meetingId });

        Assert.Contains("[MK1]", (await teams.ClickAsync(_world[1], "openDiscussion", new { meetingId, itemId = "t1" })).AllText());
        var rollCall = await teams.ClickAsync(_world[0], "openDiscussion", new { meetingId, itemId = "t1" });
        Assert.Equal("讨论中（主持人最后发言）", rollCall.FactsWith("议题一")["议题一"]);
        Assert.DoesNotContain(rollCall.Actions(), a => (string?)a["verb"] == "openDiscussion" && (string?)a["data"]!["itemId"] == "1");

        Assert.Contains("[V6]", (await teams.ClickAsync(_world[0], "openVote", new { meetingId, itemId = "t2" })).AllText());
        Assert.Contains("[V6]", (await teams.ClickAsync(_world[0], "openDiscussion", new { meetingId, itemId = "t2" })).AllText());
        Assert.Contains("表决中", (await teams.ClickAsync(_world[0], "openVote", new { meetingId, itemId = "t1" })).AllText());
    }
}
