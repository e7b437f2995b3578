namespace PartyGroupBot.Outbox;

/// <summary>Every instance scans the owed messages every interval; the ETag claim makes sure only one sends each.</summary>
public sealed class OutboxService(Outbox outbox, OutboxOptions options, ILogger<OutboxService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
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
