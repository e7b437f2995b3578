namespace PartyGroupBot.Outbox;

/// <summary>Every instance scans the owed messages every interval; the ETag claim makes sure only one sends each.
/// It also lets the activity ledger's old rows go, once an hour.</summary>
public sealed class OutboxService(Outbox outbox, OutboxOptions options, Storage.ActivityLedger ledger, ILogger<OutboxService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled) return;
        var expired = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (DateTimeOffset.UtcNow - expired > TimeSpan.FromHours(1))
                {
                    expired = DateTimeOffset.UtcNow;
                    await ledger.ExpireAsync(expired - Storage.ActivityLedger.Keep, stoppingToken);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning(ex, "Expiring old activity ledger rows failed; trying again next hour");
            }
            try
            {
                await outbox.ScanOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Storage away for a moment: nothing was lost, the rows wait for the next pass.
                log.LogWarning(ex, "Outbox scan failed; trying again next interval");
            }
            try
            {
                await Task.Delay(options.ScanIntervalMs, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
