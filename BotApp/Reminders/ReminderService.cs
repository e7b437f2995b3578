namespace PartyGroupBot.Reminders;

/// <summary>Sends the due reminders; when configured it first plans the next ones (<see cref="ReminderOptions.PlanEvery"/>).</summary>
public sealed class ReminderService(
    ReminderScanner scanner, ReminderPlanning planning, ReminderClock clock, ReminderOptions options, ILogger<ReminderService> log)
    : Outbox.ScanLoop(clock, log)
{
    protected override bool Enabled => options.Enabled;
    protected override TimeSpan Interval => options.ScanInterval;
    protected override TimeSpan ChoreEvery => options.PlanEveryMs > 0 ? options.PlanEvery : TimeSpan.Zero;
    protected override Task ChoreAsync(CancellationToken ct) => planning.PlanAsync(ct);
    protected override Task ScanOnceAsync(CancellationToken ct) => scanner.ScanOnceAsync(ct);
}
