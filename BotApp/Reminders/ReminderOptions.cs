namespace PartyGroupBot.Reminders;

/// <summary>Configuration section "Reminders". Tests shorten the intervals and pin the clock; production keeps the defaults.</summary>
public sealed class ReminderOptions
{
    public bool Enabled { get; set; } = true;
    public int ScanIntervalMs { get; set; } = 60_000;
    /// <summary>How long a claim holds: longer than any send takes, short enough that a crashed instance's reminders go out soon.</summary>
    public int LeaseSeconds { get; set; } = 300;
    /// <summary>First retry delay after a failed send; doubles each attempt up to <see cref="RetryMaxMs"/>.</summary>
    public int RetryBaseMs { get; set; } = 30_000;
    public int RetryMaxMs { get; set; } = 3_600_000;
    /// <summary>
    /// How often each instance plans every group's reminders into storage: every five minutes unless set; 0 plans
    /// nothing, so only reminders stored by other code are sent (local runs and tests, through their settings).
    /// </summary>
    public int PlanEveryMs { get; set; } = 300_000;
    /// <summary>A reminder missed while no instance ran is still sent if it fell due within this many hours.</summary>
    public int PlanLookBackHours { get; set; } = 24;
    /// <summary>When set, the reminder clock starts at this instant and runs at real speed (for tests and rehearsals).</summary>
    public DateTimeOffset? ClockStart { get; set; }

    public TimeSpan ScanInterval => TimeSpan.FromMilliseconds(ScanIntervalMs);
    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);
    public TimeSpan PlanEvery => TimeSpan.FromMilliseconds(PlanEveryMs);
    public TimeSpan PlanLookBack => TimeSpan.FromHours(PlanLookBackHours);
    /// <summary>Stored a little ahead so the due hour's partition holds it; short, so a change of plan (minutes signed) rarely comes too late.</summary>
    public TimeSpan PlanAhead => PlanEvery + ScanInterval;

    public static ReminderOptions From(IConfiguration config) => config.GetSection("Reminders").Get<ReminderOptions>() ?? new();
}

/// <summary>The reminders' clock: the host's clock, shifted when <see cref="ReminderOptions.ClockStart"/> is set.</summary>
public sealed class ReminderClock(TimeProvider system, ReminderOptions options) : TimeProvider
{
    private readonly TimeSpan _offset = options.ClockStart is { } start ? start - system.GetUtcNow() : TimeSpan.Zero;

    public override DateTimeOffset GetUtcNow() => system.GetUtcNow() + _offset;

    // Waits run on the host's clock: a shift moves what time it is, not how long an interval lasts.
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        system.CreateTimer(callback, state, dueTime, period);

    public override long GetTimestamp() => system.GetTimestamp();

    public override long TimestampFrequency => system.TimestampFrequency;
}
