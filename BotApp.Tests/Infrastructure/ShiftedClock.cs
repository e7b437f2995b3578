namespace PartyGroupBot.Tests.Infrastructure;

/// <summary>The host's clock moved to a chosen instant and running at real speed, so meetings over HTTP happen on a known day.</summary>
public sealed class ShiftedClock(DateTimeOffset start) : TimeProvider
{
    private readonly TimeSpan _offset = start - DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow + _offset;
}
