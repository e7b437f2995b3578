using Microsoft.Bot.Schema;
using PartyGroupBot.Tests.Http;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Resilience;

/// <summary>
/// Where minutes and reminders go (issue 13, item 2): the channel where set-up was saved. A guest's message in another
/// channel of the team does not redirect them; an administrator or the secretary may move them with 发布频道.
/// </summary>
[Trait("Category", "Http")]
public sealed class PostingChannelTests(SharedAzurite azurite) : BotTestBase(azurite)
{
    private readonly TeamsWorld _world = GroupSetup.World("postchan");
    private TeamsWorld Elsewhere => _world with { ChannelId = "19:elsewhere@thread.tacv2" };

    protected override IEnumerable<string> Administrators => [_world[0].AadObjectId];

    private IEnumerable<ConnectorRequest> MinutesPostedTo(string channelId) =>
        Connector.Requests.Where(r => r.Method == "POST" && r.Path == $"/v3/conversations/{channelId}/activities"
            && r.Card?.AllText().Contains("签发人") == true);

    /// <summary>A meeting held and ended in the General channel; <paramref name="meanwhile"/> runs before the sign-off.</summary>
    private async Task SignMinutesAsync(TeamsClient teams, Func<Task> meanwhile)
    {
        var meetingId = await GroupSetup.StartMeetingAsync(teams, _world, "议题一");
        await teams.ClickAsync(_world[0], "checkIn", new { meetingId }); // MK1: the chair presides once checked in
        Connector.Clear();
        await teams.ClickAsync(_world[0], "endMeeting", new { meetingId });
        var sign = Connector.Requests.Single(r => r.Card?.ToString().Contains("signMinutes") == true).Card!.Action("signMinutes")["data"]!;
        await meanwhile();
        Connector.Clear();
        await teams.ClickAsync(_world[0], "signMinutes", sign, personal: true);
    }

    [Fact]
    public async Task A_guests_message_in_another_channel_does_not_redirect_the_minutes()
    {
        Connector.Roster = _world.People;
        var teams = ClientFor(_world);
        await GroupSetup.SetUpAsync(teams, _world);
        var elsewhere = ClientFor(Elsewhere);
        await SignMinutesAsync(teams, async () =>
        {
            // Someone in the team but not in the group (person 6) writes in another channel; a member too.
            await elsewhere.SayAsync(_world[6], "help");
            await elsewhere.SayAsync(_world[2], "status");
            Assert.Contains("只有管理员或党组书记", await SayAsync(elsewhere, _world[6], "发布频道"));
        });
        Assert.Single(MinutesPostedTo(_world.ChannelId));
        Assert.Empty(MinutesPostedTo(Elsewhere.ChannelId));
    }

    [Fact]
    public async Task The_secretary_moves_the_posting_channel_with_post_here()
    {
        Connector.Roster = _world.People;
        var teams = ClientFor(_world);
        await GroupSetup.SetUpAsync(teams, _world);
        await SignMinutesAsync(teams, async () =>
            Assert.Contains("发布到本频道", await SayAsync(ClientFor(Elsewhere), _world[0], "发布频道")));
        Assert.Single(MinutesPostedTo(Elsewhere.ChannelId));
        Assert.Empty(MinutesPostedTo(_world.ChannelId));
    }

    private async Task<string> SayAsync(TeamsClient teams, TeamsPerson who, string text)
    {
        Connector.Clear();
        await teams.SayAsync(who, text);
        return Connector.Requests.Last(r => r.Card is not null).Card!.AllText();
    }
}
