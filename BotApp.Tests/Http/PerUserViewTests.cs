using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>Each member's client refreshes the ballot to their own view (refresh.userIds); the chair sees who is awaited (V5).</summary>
[Trait("Category", "Http")]
public sealed class PerUserViewTests(SharedAzurite azurite) : BotTestBase(azurite)
{
    private readonly TeamsWorld _world = GroupSetup.World("views");

    protected override IEnumerable<string> Administrators => [_world[0].AadObjectId];

    private async Task<(TeamsClient, string)> OpenVoteAsync(string method)
    {
        Connector.Roster = _world.People;
        var teams = ClientFor(_world);
        await GroupSetup.SetUpAsync(teams, _world);
        var meetingId = await GroupSetup.StartMeetingAsync(teams, _world, "议题一", method);
        foreach (var i in new[] { 0, 1, 2 }) await teams.ClickAsync(_world[i], "checkIn", new { meetingId });
        Connector.Clear();
        await teams.ClickAsync(_world[0], "openVote", new { meetingId, itemId = "t1" });
        return (teams, meetingId);
    }

    [Fact]
    public async Task The_ballot_asks_each_present_members_client_for_its_own_view()
    {
        var (_, _) = await OpenVoteAsync("recorded");
        var ballot = Connector.Requests.Single(r => r.Method == "POST" && r.Card is not null).Card!;
        var userIds = ballot["refresh"]!["userIds"]!.Select(u => (string)u!).Order();
        Assert.Equal(new[] { _world[0].Mri, _world[1].Mri, _world[2].Mri }.Order(), userIds);
        Assert.Equal("refreshBallot", (string?)ballot["refresh"]!["action"]!["verb"]);
    }

    [Fact]
    public async Task A_member_sees_their_own_ballot_and_the_chair_sees_who_is_awaited_V5()
    {
        var (teams, meetingId) = await OpenVoteAsync("recorded");
        var item = new { meetingId, itemId = "t1" };
        Assert.Contains("请你表决", (await teams.ClickAsync(_world[1], "refreshBallot", item)).AllText());
        await teams.ClickAsync(_world[1], "castVote", new { meetingId, itemId = "t1", choice = "no" });
        Assert.Contains("你的表决：反对", (await teams.ClickAsync(_world[1], "refreshBallot", item)).AllText());

        var chairView = (await teams.ClickAsync(_world[0], "refreshBallot", item)).AllText();
        Assert.Contains($"待表决：{_world[2].Name}", chairView);
        Assert.Contains("须待其他成员表决后最后表态 [V5]", chairView);
        await teams.ClickAsync(_world[2], "castVote", new { meetingId, itemId = "t1", choice = "yes" });
        Assert.Contains("请你最后表态 [V5]", (await teams.ClickAsync(_world[0], "refreshBallot", item)).AllText());
    }

    [Fact]
    public async Task A_secret_ballot_view_shows_counts_and_never_a_choice_V2()
    {
        var (teams, meetingId) = await OpenVoteAsync("secret");
        var item = new { meetingId, itemId = "t1" };
        await teams.ClickAsync(_world[1], "castVote", new { meetingId, itemId = "t1", choice = "no" });
        var own = (await teams.ClickAsync(_world[1], "refreshBallot", item)).AllText();
        Assert.Contains("你已投票（无记名投票，不显示选择）", own);
        Assert.DoesNotContain("你的表决", own);
        var chairView = (await teams.ClickAsync(_world[0], "refreshBallot", item)).AllText();
        Assert.Contains("尚有 1 人未表决", chairView);
        Assert.DoesNotContain(_world[2].Name, chairView);
    }
}
