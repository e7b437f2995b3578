namespace PartyGroupBot.Outbox;

/// <summary>Configuration section "Outbox": how often every instance looks for owed messages, and the retry back-off.</summary>
public sealed class OutboxOptions
{
    public bool Enabled { get; set; } = true;
    public int ScanIntervalMs { get; set; } = 1_000;
    /// <summary>First retry after this; doubling up to <see cref="RetryMaxMs"/>, so the first retries come within seconds.</summary>
    public int RetryBaseMs { get; set; } = 1_000;
    public int RetryMaxMs { get; set; } = 10_000;
    /// <summary>After this many failed attempts a message counts as failed for good: shown in 发送状态, sent again by 重新发送.</summary>
    public int MaxAttempts { get; set; } = 60;
    public int LeaseSeconds { get; set; } = 60;

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    public static OutboxOptions From(IConfiguration config) => config.GetSection("Outbox").Get<OutboxOptions>() ?? new();
}
