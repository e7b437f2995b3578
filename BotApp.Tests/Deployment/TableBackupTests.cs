using System.Diagnostics;
using PartyGroupBot.Tests.Http;
using PartyGroupBot.Tests.Infrastructure;
using PartyGroupBot.Tests.Resilience;

namespace PartyGroupBot.Tests.Deployment;

/// <summary>
/// The runbook's backup and restore (<c>dotnet BotApp.dll backup|restore folder</c>): a meeting's tables copied out, the
/// account lost, and the copy restored give back every row as it was, and the meeting goes on.
/// </summary>
[Trait("Category", "System")]
public sealed class TableBackupTests(SharedAzurite azurite) : BotTestBase(azurite)
{
    private readonly TeamsWorld _world = GroupSetup.World("backup");
    private readonly string _folder = Directory.CreateTempSubdirectory("pgb-backup-").FullName;

    protected override IEnumerable<string> Administrators => [_world[0].AadObjectId];

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_backup_restored_into_an_emptied_account_gives_back_every_row_and_the_meeting_goes_on()
    {
        Connector.Roster = _world.People;
        var teams = ClientFor(_world);
        await GroupSetup.SetUpAsync(teams, _world);
        var meetingId = await GroupSetup.StartMeetingAsync(teams, _world, "议题一\n议题二", method: "secret");
        foreach (var p in new[] { _world[0], _world[1], _world[2] }) await teams.PressAsync(p, "checkIn", new { meetingId });
        await teams.PressAsync(_world[0], "openVote", new { meetingId, itemId = "t1" });
        await teams.PressAsync(_world[1], "castVote", new { meetingId, itemId = "t1", choice = "yes" });
        var before = await Stored.SnapshotAsync(Azurite.ConnectionString, TablePrefix);
        var reference = await Stored.EventsAsync(Azurite.ConnectionString, TablePrefix);

        var backup = await RunAsync("backup");
        Assert.Contains("backup Groups: 1 rows", backup);
        Assert.Contains("backup BallotBoxes:", backup);

        // The account is lost: every table of this prefix deleted.
        var service = new Azure.Data.Tables.TableServiceClient(Azurite.ConnectionString);
        await foreach (var table in service.QueryAsync($"TableName ge '{TablePrefix}' and TableName lt '{TablePrefix}{{'"))
            await service.DeleteTableAsync(table.Name);
        Assert.Equal("", await Stored.SnapshotAsync(Azurite.ConnectionString, TablePrefix));

        Assert.Contains("restore Groups: 1 rows", await RunAsync("restore"));
        Assert.Equal(before, await Stored.SnapshotAsync(Azurite.ConnectionString, TablePrefix));
        Assert.Equal(reference, await Stored.EventsAsync(Azurite.ConnectionString, TablePrefix));

        // A fresh instance carries on from the restored rows: the next ballot counts beside the restored one.
        await RestartBotAsync();
        teams = ClientFor(_world);
        var ballot = await teams.PressAsync(_world[2], "castVote", new { meetingId, itemId = "t1", choice = "no" });
        Assert.False(ballot.IsRefusal(), ballot.AllText());
        Assert.Contains("已投票 2 人", ballot.AllText());
    }

    /// <summary>BotApp.dll as an operator runs it, with the settings as arguments.</summary>
    private async Task<string> RunAsync(string verb)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "BotApp.dll"), verb, _folder,
                     $"--Storage:ConnectionString={Azurite.ConnectionString}", $"--Storage:TablePrefix={TablePrefix}" })
            info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(process.ExitCode == 0, await error);
        return await output;
    }
}
