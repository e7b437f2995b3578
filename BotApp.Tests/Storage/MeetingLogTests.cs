using Azure.Data.Tables;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Storage;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Storage;

/// <summary>The meeting event log on real Table storage (Azurite).</summary>
[Trait("Category", "Storage")]
public sealed class MeetingLogTests(SharedAzurite azurite) : IClassFixture<SharedAzurite>
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(8));

    private MeetingLog NewLog(string prefix) =>
        new(new TableStore(new TableServiceClient(azurite.ConnectionString), prefix));

    private static MeetingStarted Started() => new(Nine, "m1", MeetingKind.PartyGroupMeeting, "chengzhong-hrss-2021",
        "s", "s", [new GroupMember("s", "王书记", Role.Secretary), new GroupMember("a", "李", Role.Member)],
        [new AgendaItem("1", "议题一", VotingMethod.Recorded)]);

    [Fact]
    public async Task Events_read_back_in_order_from_a_new_client_MN1()
    {
        var prefix = "log" + Guid.NewGuid().ToString("N")[..8];
        var log = NewLog(prefix);
        Assert.True(await log.TryAppendAsync("p", 0, Started()));
        Assert.True(await log.TryAppendAsync("p", 1, new MemberCheckedIn(Nine.AddMinutes(1), "s")));
        Assert.True(await log.TryAppendAsync("p", 2, new MemberCheckedIn(Nine.AddMinutes(7), "a")));

        var reread = MeetingState.Fold(await NewLog(prefix).ReadAsync("p"));
        Assert.Equal(3, reread.Version);
        Assert.Equal(["s", "a"], reread.CheckIns.Select(c => c.MemberId));
        Assert.Equal(Nine.AddMinutes(7), reread.CheckIns[1].At);
        Assert.Equal("王书记", reread.Roster[0].Name);
        Assert.Equal(Role.Secretary, reread.Roster[0].Role);
    }

    [Fact]
    public async Task A_second_writer_at_the_same_sequence_is_refused_and_nothing_is_overwritten_MN1()
    {
        var log = NewLog("log" + Guid.NewGuid().ToString("N")[..8]);
        await log.TryAppendAsync("p", 0, Started());
        Assert.True(await log.TryAppendAsync("p", 1, new MemberCheckedIn(Nine, "s")));
        Assert.False(await log.TryAppendAsync("p", 1, new MemberCheckedIn(Nine, "a")));

        var events = await log.ReadAsync("p");
        Assert.Equal("s", Assert.IsType<MemberCheckedIn>(events[1]).MemberId);
        Assert.Equal(2, events.Count);
    }
}

/// <summary>The activity ledger forgets: rows older than the cut-off go, newer ones stay (issue 13, item 9).</summary>
[Trait("Category", "Storage")]
public sealed class ActivityLedgerExpiryTests(SharedAzurite azurite) : IClassFixture<SharedAzurite>
{
    [Fact]
    public async Task Rows_last_written_before_the_cutoff_expire_and_newer_ones_stay()
    {
        var tables = new TableStore(new TableServiceClient(azurite.ConnectionString), "al" + Guid.NewGuid().ToString("N")[..8]);
        var ledger = new ActivityLedger(tables);
        await ledger.ClaimAsync("conv", "old", CancellationToken.None);
        await ledger.SaveAnswerAsync("conv", "old", "{}", CancellationToken.None);
        await Task.Delay(1500);
        var cutoff = DateTimeOffset.UtcNow;
        await Task.Delay(1500);
        await ledger.ClaimAsync("conv", "new", CancellationToken.None);

        Assert.Equal(1, await ledger.ExpireAsync(cutoff, CancellationToken.None));
        Assert.Null(await ledger.AnswerAsync("conv", "old", CancellationToken.None));
        Assert.Equal(0, await ledger.ExpireAsync(cutoff, CancellationToken.None));
        // The newer row was still there until its own time came.
        Assert.Equal(1, await ledger.ExpireAsync(DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None));
    }
}
