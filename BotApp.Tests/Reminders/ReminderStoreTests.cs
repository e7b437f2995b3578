using Azure.Data.Tables;
using PartyGroupBot.Core.Reminders;
using PartyGroupBot.Storage;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Reminders;

/// <summary>Reminder rows on Azurite: partitioned by due hour, claimed by ETag, retried and never dropped.</summary>
[Trait("Category", "Storage")]
public sealed class ReminderStoreTests(SharedAzurite azurite) : IClassFixture<SharedAzurite>
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 1, 20, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private TableStore NewTables(string? prefix = null) =>
        new(new TableServiceClient(azurite.ConnectionString), prefix ?? "r" + Guid.NewGuid().ToString("N")[..10]);

    private static Reminder Due(string id, DateTimeOffset at, string to = "channel") =>
        new(id, ReminderKind.MinutesUnsigned, Recipient.Parse(to), at) { SubjectId = "m-" + id };

    [Fact]
    public async Task A_scan_reads_only_the_due_partitions_ten_rows_among_a_thousand_groups()
    {
        var store = new ReminderStore(NewTables());
        // 1,000 groups, each with a reminder due somewhere in the next month, none in the current hour.
        await Parallel.ForEachAsync(Enumerable.Range(0, 1000), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (g, ct) =>
            await store.ScheduleAsync("tenant", $"team-{g}", Due($"future-{g}", Now.AddHours(1 + g % 720).AddMinutes(g % 40)), ct));
        // Ten groups have one due now: in the last hour and this one.
        for (var g = 0; g < 10; g++)
            Assert.True(await store.ScheduleAsync("tenant", $"team-{g}", Due($"due-{g}", Now.AddMinutes(-5 * g - 1))));

        var due = await store.ReadDueAsync(Now);

        Assert.Equal(10, due.Count);
        Assert.All(due, r => Assert.StartsWith("due-", r.Reminder.Id));
        Assert.Equal(10, store.RowsRead);
        Assert.Equal(("2026030200", "2026030201"), store.LastScan);
    }

    [Fact]
    public async Task The_same_reminder_planned_twice_is_stored_once()
    {
        var store = new ReminderStore(NewTables());
        Assert.True(await store.ScheduleAsync("tenant", "team", Due("r", Now.AddMinutes(-1))));
        Assert.False(await store.ScheduleAsync("tenant", "team", Due("r", Now.AddMinutes(-1))));
        Assert.Single(await store.ReadDueAsync(Now));
    }

    [Fact]
    public async Task Two_instances_claim_by_ETag_and_only_one_wins_each_reminder()
    {
        var prefix = "r" + Guid.NewGuid().ToString("N")[..10];
        var a = new ReminderStore(NewTables(prefix));
        var b = new ReminderStore(NewTables(prefix));
        for (var i = 0; i < 5; i++) await a.ScheduleAsync("tenant", "team", Due($"r{i}", Now.AddMinutes(-i)));

        var seenByA = await a.ReadDueAsync(Now);
        var seenByB = await b.ReadDueAsync(Now);
        var claims = await Task.WhenAll(seenByA.Select(r => a.TryClaimAsync(r, "a", Now, Lease))
            .Concat(seenByB.Select(r => b.TryClaimAsync(r, "b", Now, Lease))));

        Assert.Equal(5, claims.Count(c => c is not null));
        Assert.Equal(5, claims.Where(c => c is not null).Select(c => c!.Reminder.Id).Distinct().Count());
    }

    [Fact]
    public async Task A_claim_whose_lease_ran_out_is_taken_over_so_a_crashed_instance_loses_nothing()
    {
        var store = new ReminderStore(NewTables());
        await store.ScheduleAsync("tenant", "team", Due("r", Now.AddMinutes(-1)));
        Assert.NotNull(await store.TryClaimAsync((await store.ReadDueAsync(Now)).Single(), "crashed", Now, Lease));

        Assert.Empty(await store.ReadDueAsync(Now.AddMinutes(1)));
        var later = Now + Lease + TimeSpan.FromSeconds(1);
        var again = Assert.Single(await store.ReadDueAsync(later));
        Assert.NotNull(await store.TryClaimAsync(again, "survivor", later, Lease));
    }

    [Fact]
    public async Task A_failed_send_is_kept_and_comes_back_at_its_retry_time_in_a_later_partition()
    {
        var store = new ReminderStore(NewTables());
        await store.ScheduleAsync("tenant", "team", Due("r", Now.AddMinutes(-1)));
        var claimed = await store.TryClaimAsync((await store.ReadDueAsync(Now)).Single(), "a", Now, Lease);

        var retryAt = Now.AddHours(2);
        await store.RescheduleAsync(claimed!, retryAt, "502 from the connector");

        Assert.Empty(await store.ReadDueAsync(Now.AddMinutes(1)));
        var retry = Assert.Single(await store.ReadDueAsync(retryAt));
        Assert.Equal((1, "r", "502 from the connector"), (retry.Attempt, retry.Reminder.Id, retry.LastError));
        Assert.Equal("2026030203", retry.PartitionKey);
        Assert.True(await store.MarkSentAsync((await store.TryClaimAsync(retry, "a", retryAt, Lease))!, retryAt));

        var history = (await store.AllAsync()).OrderBy(r => r.Attempt).Select(r => (r.Attempt, r.Status)).ToList();
        Assert.Equal([(0, ReminderStatus.Rescheduled), (1, ReminderStatus.Sent)], history);
        Assert.Empty(await store.ReadDueAsync(retryAt.AddHours(1)));
    }

    [Fact]
    public async Task A_reminder_stored_late_behind_the_scan_is_still_found()
    {
        var store = new ReminderStore(NewTables());
        await store.ScheduleAsync("tenant", "team", Due("early", Now.AddMinutes(-1)));
        var claimed = await store.TryClaimAsync((await store.ReadDueAsync(Now)).Single(), "a", Now, Lease);
        await store.MarkSentAsync(claimed!, Now);
        // The first scan after it moves the cursor up to the current hour; the next one starts there.
        await store.ReadDueAsync(Now.AddHours(3));
        await store.ReadDueAsync(Now.AddHours(3));
        Assert.Equal(("2026030204", "2026030204"), store.LastScan);

        // Planned only now, for an hour the scans have already passed.
        await store.ScheduleAsync("tenant", "team", Due("late", Now.AddMinutes(30)));

        Assert.Equal("late", Assert.Single(await store.ReadDueAsync(Now.AddHours(3))).Reminder.Id);
    }
}
