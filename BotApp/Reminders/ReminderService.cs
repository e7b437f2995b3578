namespace PartyGroupBot.Reminders;

/// <summary>Plans (when configured) and scans the due reminders every interval on every instance; the ETag claim makes sure only one sends each.</summary>
public sealed class ReminderService(
    ReminderScanner scanner, ReminderPlanning planning, ReminderClock clock, ReminderOptions options, ILogger<ReminderService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled) return;
        var planned = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (options.PlanEveryMs > 0 && clock.GetUtcNow() - planned >= options.PlanEvery)
                {
                    await planning.PlanAsync(stoppingToken);
                    planned = clock.GetUtcNow();
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning(ex, "Reminder planning failed; sending what is stored and trying again next interval");
            }
            try
            {
                await scanner.ScanOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Storage away for a moment: nothing was lost, the rows wait for the next pass.
                log.LogWarning(ex, "Reminder scan failed; trying again next interval");
            }
            try
            {
                // On the reminder clock, so a test that moves the host's clock moves the scans with it.
                await Task.Delay(options.ScanInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
