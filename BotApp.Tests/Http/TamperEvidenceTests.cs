using Azure.Data.Tables;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>MN1: the record is never edited in place; a row changed in storage is found by `verify`.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TamperEvidenceTests(Azurite azurite) : BotTestBase(azurite)
{
    private readonly TeamsWorld _world = GroupSetup.World("tamper");

    protected override IEnumerable<string> Administrators => [_world[0].AadObjectId];

    private async Task<TeamsClient> MeetingWithBallotsAsync(bool closed = true)
    {
        Connector.Roster = _world.People;
        var teams = ClientFor(_world);
        await GroupSetup.SetUpAsync(teams, _world);
        var meetingId = await GroupSetup.StartMeetingAsync(teams, _world, "议题一");
        foreach (var i in new[] { 0, 1, 2 }) await teams.ClickAsync(_world[i], "checkIn", new { meetingId });
        await teams.ClickAsync(_world[0], "openVote", new { meetingId, itemId = "t1" });
        await teams.ClickAsync(_world[1], "castVote", new { meetingId, itemId = "t1", choice = "no" });
        // Open ballots join the chain when their vote closes.
        if (closed) await teams.ClickAsync(_world[0], "closeVote", new { meetingId, itemId = "t1" });
        return teams;
    }

    private async Task<string> VerifyAsync(TeamsClient teams)
    {
        Connector.Clear();
        await teams.SayAsync(_world[2], "verify");
        return Connector.Requests.Single(r => r.Card is not null).Card!.AllText();
    }

    [Fact]
    public async Task An_untouched_record_verifies_MN1()
    {
        var teams = await MeetingWithBallotsAsync();
        Assert.Contains("记录完整：共 7 条事件", await VerifyAsync(teams));
    }

    [Theory]
    [InlineData(5, "第 6 条")] // the ballot: "no" turned into "yes"
    [InlineData(1, "第 2 条")] // the secretary's check-in handed to someone else
    public async Task Changing_any_stored_event_is_reported_with_the_first_bad_one_MN1(int sequence, string reported)
    {
        var teams = await MeetingWithBallotsAsync();
        var events = new TableServiceClient(Azurite.ConnectionString).GetTableClient(TablePrefix + "Events");
        var row = events.Query<TableEntity>().Single(e => e.RowKey == sequence.ToString("D10"));
        var original = row.GetString("Data");
        row["Data"] = original.Replace("\"no\"", "\"yes\"").Replace(_world[0].AadObjectId, _world[6].AadObjectId);
        Assert.NotEqual(original, row.GetString("Data"));
        await events.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);

        var text = await VerifyAsync(teams);
        Assert.Contains("记录已被改动", text);
        Assert.Contains(reported, text);
    }

    [Fact]
    public async Task Changing_a_ballot_while_its_vote_is_still_open_is_reported_too_MN1()
    {
        var teams = await MeetingWithBallotsAsync(closed: false);
        Assert.Contains("记录完整：共 6 条事件", await VerifyAsync(teams)); // five in the chain, the open ballot after them

        var open = new TableServiceClient(Azurite.ConnectionString).GetTableClient(TablePrefix + "OpenBallots");
        var ballot = open.Query<TableEntity>().Single(e => e.RowKey.StartsWith("b|"));
        ballot["Data"] = ballot.GetString("Data").Replace("\"no\"", "\"yes\"");
        await open.UpdateEntityAsync(ballot, ballot.ETag, TableUpdateMode.Replace);

        var text = await VerifyAsync(teams);
        Assert.Contains("记录已被改动", text);
        Assert.Contains("第 6 条", text);
    }

    [Fact]
    public async Task Removing_a_stored_event_is_reported_MN1()
    {
        var teams = await MeetingWithBallotsAsync();
        var events = new TableServiceClient(Azurite.ConnectionString).GetTableClient(TablePrefix + "Events");
        var row = events.Query<TableEntity>().Single(e => e.RowKey == 2.ToString("D10"));
        await events.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        Assert.Contains("从第 3 条事件起", await VerifyAsync(teams));
    }
}
