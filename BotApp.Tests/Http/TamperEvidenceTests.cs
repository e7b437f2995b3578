using Azure.Data.Tables;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>MN1: the record is never edited in place; a row changed in storage is found by `verify`.</summary>
[Trait("Category", "Http")]
public sealed class TamperEvidenceTests(SharedAzurite azurite) : BotTestBase(azurite)
{
    private readonly TeamsWorld _world = GroupSetup.World("tamper");

    protected override IEnumerable<string> Administrators => [_world[0].AadObjectId];

    private string _meetingId = "";

    private async Task<TeamsClient> MeetingWithBallotsAsync(bool closed = true, string method = "recorded")
    {
        Connector.Roster = _world.People;
        var teams = ClientFor(_world);
        await GroupSetup.SetUpAsync(teams, _world);
        var meetingId = _meetingId = await GroupSetup.StartMeetingAsync(teams, _world, "议题一", method);
        foreach (var i in new[] { 0, 1, 2 }) await teams.ClickAsync(_world[i], "checkIn", new { meetingId });
        await teams.ClickAsync(_world[0], "openVote", new { meetingId, itemId = "t1" });
        await teams.ClickAsync(_world[1], "castVote", new { meetingId, itemId = "t1", choice = "no" });
        // Open ballots join the chain when their vote closes.
        if (closed) await teams.ClickAsync(_world[0], "closeVote", new { meetingId, itemId = "t1" });
        return teams;
    }

    private async Task<string> VerifyAsync(TeamsClient teams, string command = "verify")
    {
        Connector.Clear();
        await teams.SayAsync(_world[2], command);
        return Connector.Requests.Single(r => r.Card is not null).Card!.AllText();
    }

    [Fact]
    public async Task Signed_minutes_carry_the_chain_head_and_a_log_cut_short_after_them_is_reported_against_it_MN1()
    {
        var teams = await MeetingWithBallotsAsync();
        Connector.Clear();
        await teams.ClickAsync(_world[0], "endMeeting", new { meetingId = _meetingId });
        var sign = Connector.Requests.Single(r => r.Card?.ToString().Contains("signMinutes") == true).Card!.Action("signMinutes")["data"]!;
        Connector.Clear();
        var signed = (await teams.ClickAsync(_world[0], "signMinutes", sign, personal: true)).AllText();
        var channel = Connector.Requests.Single(r => r.Path == $"/v3/conversations/{_world.ChannelId}/activities").Card!.AllText();
        var head = System.Text.RegularExpressions.Regex.Match(channel, "记录校验值：([0-9A-F]{16})").Groups[1].Value;
        Assert.Equal(16, head.Length);
        Assert.Contains(head, signed);
        Assert.Contains("相符", await VerifyAsync(teams, "核验记录 " + head));

        // Someone with the storage key cuts the log short: the sign-off and the end are gone, and the rest still chains.
        var events = new TableServiceClient(Azurite.ConnectionString).GetTableClient(TablePrefix + "Events");
        foreach (var row in events.Query<TableEntity>().OrderBy(e => e.RowKey).TakeLast(2))
            await events.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        Assert.DoesNotContain("记录已被改动", await VerifyAsync(teams));
        var text = await VerifyAsync(teams, "核验记录 " + head);
        Assert.Contains($"已发布的记录校验值 {head.ToLowerInvariant()} 在存储的记录中找不到", text);
    }

    [Fact]
    public async Task A_sealed_ballot_box_whose_counts_no_longer_match_its_voters_is_reported_MN1_V2()
    {
        var teams = await MeetingWithBallotsAsync(method: "secret");
        Assert.DoesNotContain("票箱已被改动", await VerifyAsync(teams));
        var boxes = new TableServiceClient(Azurite.ConnectionString).GetTableClient(TablePrefix + "BallotBoxes");
        var box = boxes.Query<TableEntity>().Single();
        Assert.True(box.GetBoolean("Sealed"));
        box["No"] = 0;
        box["Yes"] = 1;
        await boxes.UpdateEntityAsync(box, box.ETag, TableUpdateMode.Replace);
        Assert.DoesNotContain("票箱已被改动", await VerifyAsync(teams)); // one for one: the count still matches the voters
        box = boxes.Query<TableEntity>().Single();
        box["Yes"] = 2;
        await boxes.UpdateEntityAsync(box, box.ETag, TableUpdateMode.Replace);
        Assert.Contains("票箱已被改动", await VerifyAsync(teams));
    }

    [Fact]
    public async Task Set_up_changes_are_on_the_record_and_rewriting_one_is_reported_MN1()
    {
        Connector.Roster = _world.People;
        var teams = ClientFor(_world);
        await GroupSetup.SetUpAsync(teams, _world);
        await GroupSetup.SetUpAsync(teams, _world, "changji-transport-2020");
        var agenda = new TableServiceClient(Azurite.ConnectionString).GetTableClient(TablePrefix + "Agenda");
        var setups = agenda.Query<TableEntity>().Where(e => e.GetString("Type") == "GroupSetUp").OrderBy(e => e.RowKey).ToList();
        Assert.Equal(2, setups.Count);
        Assert.Contains("议题库：记录完整：共 4 条事件", await VerifyAsync(teams)); // two set-ups, each with its posting channel

        // Someone rewrites history: the first set-up now says the second profile.
        var first = setups[0];
        first["Data"] = first.GetString("Data").Replace("chengzhong-hrss-2021", "changji-transport-2020");
        await agenda.UpdateEntityAsync(first, first.ETag, TableUpdateMode.Replace);
        Assert.Contains("议题库：记录已被改动：从第 1 条事件起", await VerifyAsync(teams));
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
