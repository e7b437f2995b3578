namespace PartyGroupBot.Outbox;

/// <summary>
/// A scan of stored rows every interval on every instance (the ETag claim makes sure only one acts on each row), with a
/// chore that is due less often run first. A failed pass is logged and loses nothing: its rows wait for the next pass.
/// </summary>
/// <param name="clock">What the interval is measured on, so a test that moves a clock moves the scans with it.</param>
public abstract class ScanLoop(TimeProvider clock, ILogger log) : BackgroundService
{
    protected abstract bool Enabled { get; }
    protected abstract TimeSpan Interval { get; }
    /// <summary>How often <see cref="ChoreAsync"/> is due; zero or less: never.</summary>
    protected virtual TimeSpan ChoreEvery => TimeSpan.Zero;
    protected virtual Task ChoreAsync(CancellationToken ct) => Task.CompletedTask;
    protected abstract Task ScanOnceAsync(CancellationToken ct);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled) return;
        var choreDone = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (ChoreEvery > TimeSpan.Zero && clock.GetUtcNow() - choreDone >= ChoreEvery)
                {
                    await ChoreAsync(stoppingToken);
                    choreDone = clock.GetUtcNow();
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning(ex, "{Loop}: its chore failed; scanning what is stored and trying again next interval", GetType().Name);
            }
            try
            {
                await ScanOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Storage away for a moment: nothing was lost, the rows wait for the next pass.
                log.LogWarning(ex, "{Loop}: the scan failed; trying again next interval", GetType().Name);
            }
            try
            {
                await Task.Delay(Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
