using Azure.Data.Tables;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>V2, MN6: a secret ballot leaves no link between a voter and a choice, in answers, posts or storage.</summary>
[Trait("Category", "Http")]
public sealed class SecretBallotTests(SharedAzurite azurite) : BotTestBase(azurite)
{
    private readonly TeamsWorld _world = GroupSetup.World("secret");

    protected override IEnumerable<string> Administrators => [_world[0].AadObjectId];

    [Fact]
    public async Task A_secret_ballot_shows_counts_only_and_stores_no_voter_with_a_choice_V2()
    {
        Connector.Roster = _world.People;
        var teams = ClientFor(_world);
        await GroupSetup.SetUpAsync(teams, _world);
        var meetingId = await GroupSetup.StartMeetingAsync(teams, _world, "民主推荐候选人", method: "secret");
        var voters = new[] { _world[1], _world[2], _world[3], _world[0] };
        foreach (var p in voters) await teams.ClickAsync(p, "checkIn", new { meetingId });
        await teams.ClickAsync(_world[0], "openVote", new { meetingId, itemId = "t1" });

        Assert.Contains("[V5]", (await teams.ClickAsync(_world[0], "castVote", new { meetingId, itemId = "t1", choice = "yes" })).AllText());
        var choices = new[] { "yes", "no", "abstain", "yes" };
        var answers = new List<string>();
        for (var i = 0; i < voters.Length; i++)
            answers.Add((await teams.ClickAsync(voters[i], "castVote", new { meetingId, itemId = "t1", choice = choices[i] })).AllText());
        Assert.Contains("已投票 4 人", answers[^1]);
        Assert.Contains("[V11]", (await teams.ClickAsync(_world[2], "castVote", new { meetingId, itemId = "t1", choice = "yes" })).AllText());
        // While the vote is still open, too: no table, the activity ledger and the outbox included, pairs a voter with a choice.
        Assert.True(await ScanEveryTableAsync(voters) > 3, "the scan must have read the meeting's rows");
        Assert.Contains(new TableServiceClient(Azurite.ConnectionString).Query(t => t.Name == TablePrefix + "Activities"), t => true);

        // No answer or card update names a voter next to a choice.
        var updates = Connector.Requests.Where(r => r.Method == "PUT").Select(r => r.Card!.AllText());
        foreach (var text in answers.Concat(updates))
            foreach (var voter in voters)
                Assert.DoesNotContain(voter.Name, text.Split('\n').Where(line => line.Contains("赞成") || line.Contains("反对") || line.Contains("弃权")));

        // V3: two yes of five who should attend is not more than half.
        var result = (await teams.ClickAsync(_world[0], "closeVote", new { meetingId, itemId = "t1" })).FactsWith("结果");
        Assert.Equal(("未通过", "2", "1", "1"), (result["结果"], result["赞成"], result["反对"], result["弃权"]));

        // After the close, every entity in every table of this bot: none holds a voter id together with a choice.
        Assert.True(await ScanEveryTableAsync(voters) > 3, "the scan must have read the meeting's rows");

        // The signed minutes give the counts, not who voted how.
        await teams.ClickAsync(_world[0], "endMeeting", new { meetingId });
        var draft = Connector.Requests.Last(r => r.Card?.AllText().Contains("草稿") == true).Card!;
        await teams.ClickAsync(_world[0], "signMinutes", draft.Action("signMinutes")["data"]!, personal: true);
        var minutes = Connector.Requests.Single(r => r.Path == $"/v3/conversations/{_world.ChannelId}/activities").Card!.AllText();
        Assert.Contains("无记名投票", minutes);
        Assert.DoesNotContain("表决情况", minutes);
    }

    /// <summary>V2: reads every entity of every table of this bot; fails on one holding a voter's id with a choice. Returns the rows read.</summary>
    private async Task<int> ScanEveryTableAsync(IEnumerable<TeamsPerson> voters)
    {
        var service = new TableServiceClient(Azurite.ConnectionString);
        var rows = 0;
        await foreach (var table in service.QueryAsync(t => t.Name.CompareTo(TablePrefix) >= 0 && t.Name.CompareTo(TablePrefix + "~") < 0))
        {
            await foreach (var entity in service.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                rows++;
                var flat = string.Join("|", entity.Select(p => $"{p.Key}={p.Value}"));
                if (voters.Any(v => flat.Contains(v.AadObjectId)))
                    Assert.DoesNotMatch("(?i)\"?choice\"?\\s*[:=]", flat);
            }
        }
        return rows;
    }
}
