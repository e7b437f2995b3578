namespace PartyGroupBot.Outbox;

/// <summary>Sends the owed messages; once an hour it also lets the activity ledger's old rows go.</summary>
public sealed class OutboxService(Outbox outbox, OutboxOptions options, Storage.ActivityLedger ledger, ILogger<OutboxService> log)
    : ScanLoop(TimeProvider.System, log)
{
    protected override bool Enabled => options.Enabled;
    protected override TimeSpan Interval => TimeSpan.FromMilliseconds(options.ScanIntervalMs);
    protected override TimeSpan ChoreEvery => TimeSpan.FromHours(1);
    protected override Task ChoreAsync(CancellationToken ct) => ledger.ExpireAsync(DateTimeOffset.UtcNow - Storage.ActivityLedger.Keep, ct);
    protected override Task ScanOnceAsync(CancellationToken ct) => outbox.ScanOnceAsync(ct);
}
