namespace PartyGroupBot.Tests.Infrastructure;

/// <summary>
/// The bot's clock in tests whose output shows times (golden minutes): it stands still until the test moves it, so
/// every time in the minutes is one the script set, not however long the machine took.
/// </summary>
public sealed class FakeClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    /// <summary>China Standard Time, as the minutes and the group's calendar read it.</summary>
    public DateOnly BeijingToday => DateOnly.FromDateTime(GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>Moves to a Beijing time of the current Beijing day; never backwards, as no real clock would.</summary>
    public void SetBeijing(int hour, int minute)
    {
        var target = new DateTimeOffset(BeijingToday.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(8)).UtcTicks;
        if (target < Interlocked.Read(ref _ticks)) throw new InvalidOperationException($"The clock does not go back to {hour:00}:{minute:00}.");
        Interlocked.Exchange(ref _ticks, target);
    }

    /// <summary>Moves forward by whole days, keeping the time of day (a notice sent days before its meeting).</summary>
    public void AdvanceDays(int days) => Interlocked.Add(ref _ticks, TimeSpan.FromDays(days).Ticks);
}
