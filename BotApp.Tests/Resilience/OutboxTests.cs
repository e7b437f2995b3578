using PartyGroupBot.Tests.Http;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Resilience;

/// <summary>
/// Nothing a stored step owes is lost (issue 13, items 3 and 4; MN3): the draft minutes and the channel post of the signed
/// minutes are stored before they are sent, and sent by the bot itself once Teams takes them again, with nobody clicking.
/// </summary>
[Trait("Category", "Http")]
[TakesLong(36)]
public sealed class OutboxTests(SharedAzurite azurite) : BotTestBase(azurite)
{
    private readonly TeamsWorld _world = GroupSetup.World("outbox");

    protected override IEnumerable<string> Administrators => [_world[0].AadObjectId];

    private bool ChannelPost(ConnectorRequest r) => r.Method == "POST" && r.Path == $"/v3/conversations/{_world.ChannelId}/activities";

    private static bool PrivateSend(ConnectorRequest r) => r.Method == "POST" && r.Path.StartsWith("/v3/conversations/a:personal-");

    private static bool Draft(ConnectorRequest r) => r.Card?.ToString().Contains("signMinutes") == true;

    private async Task<IReadOnlyList<ConnectorRequest>> SentAsync(Func<ConnectorRequest, bool> sent, string what, TimeSpan within)
    {
        await Eventually.That(() => Connector.Requests.Any(sent), what, within);
        return Connector.Requests.Where(sent).ToList();
    }

    [Fact]
    public async Task Minutes_signed_while_the_connector_fails_for_30_seconds_reach_the_channel_afterwards_with_nobody_clicking_again_MN3()
    {
        Connector.Roster = _world.People;
        var teams = ClientFor(_world);
        await GroupSetup.SetUpAsync(teams, _world);
        var meetingId = await GroupSetup.StartMeetingAsync(teams, _world, "议题一");
        await teams.ClickAsync(_world[0], "checkIn", new { meetingId }); // MK1: the chair presides once checked in

        // The draft's private send fails: the meeting still ends, and the draft comes once Teams takes it again.
        Connector.Clear();
        Connector.FailWhile(PrivateSend, 503);
        var ended = await teams.ClickAsync(_world[0], "endMeeting", new { meetingId });
        Assert.Contains("会议已结束", ended.AllText());
        Assert.DoesNotContain(Connector.Requests, Draft);
        Connector.StopFailing();
        var draft = Assert.Single(await SentAsync(Draft, "the minutes draft, once Teams takes sends again", TimeSpan.FromSeconds(15)));
        var signData = draft.Card!.Action("signMinutes")["data"]!;

        // Teams fails every send for 30 s from the sign-off on.
        Connector.Clear();
        Connector.FailWhile(r => ChannelPost(r) || PrivateSend(r), 503);
        var signed = (await teams.ClickAsync(_world[0], "signMinutes", signData, personal: true)).AllText();
        Assert.Contains("发布到频道失败", signed);
        Assert.Contains("党组会议纪要", signed);

        // Meanwhile the secretary sees the minutes waiting for the channel; another member may not look.
        await teams.SayAsync(_world[0], "发送状态");
        var status = Connector.Requests.Last(r => r.Card is not null).Card!.AllText();
        Assert.Contains("党组会议纪要 → 频道", status);
        Assert.Contains("待发送", status);
        await teams.SayAsync(_world[2], "send status");
        Assert.Contains("只有党组书记", Connector.Requests.Last(r => r.Card is not null).Card!.AllText());

        await Task.Delay(TimeSpan.FromSeconds(30));
        Assert.DoesNotContain(Connector.Requests, r => ChannelPost(r) && r.Card?.AllText().Contains("党组会议纪要") == true);
        Assert.Contains(Connector.Failed, ChannelPost);
        Connector.StopFailing();

        var posted = await SentAsync(r => ChannelPost(r) && r.Card?.AllText().Contains("党组会议纪要") == true,
            "the signed minutes in the channel, with nobody clicking again", TimeSpan.FromSeconds(20));
        Assert.Single(posted);
        // The private cards owed meanwhile (briefings) follow on their own back-off; then the outbox is empty again.
        var now = "";
        await Eventually.That(async () =>
        {
            await teams.SayAsync(_world[0], "发送状态");
            now = Connector.Requests.Last(r => r.Card?.AllText().StartsWith("发送状态") == true).Card!.AllText();
            return now.Contains("所有消息均已送达");
        }, "the send status to say 所有消息均已送达 (the outbox empty)", TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(500), () => now);
    }
}
