namespace PartyGroupBot.Bench;

/// <summary>
/// Teams' per-bot, per-conversation limit on sending and updating messages: 7 in 1 s, 8 in 2 s, 60 in 30 s, 1800 in an
/// hour (learn.microsoft.com, "Optimize your bot: rate limiting"). Used as the connector fake's failure switch: a request
/// past a limit is answered 429 with Retry-After, as the service does.
/// </summary>
public sealed class TeamsRateLimit
{
    private static readonly (TimeSpan Window, int Max)[] Limits =
        [(TimeSpan.FromSeconds(1), 7), (TimeSpan.FromSeconds(2), 8), (TimeSpan.FromSeconds(30), 60), (TimeSpan.FromHours(1), 1800)];
    private readonly Dictionary<string, Queue<DateTime>> _sent = new(StringComparer.Ordinal);
    private long _refused;

    public long Refused => Interlocked.Read(ref _refused);

    /// <summary>True when this request is over the limit (refuse it); otherwise it counts against the conversation.</summary>
    public bool Exceeds(string method, string path)
    {
        var parts = path.Trim('/').Split('/');
        if (parts is not ["v3", "conversations", var conversation, "activities", ..] || method is not ("POST" or "PUT")) return false;
        conversation = conversation.Split(';')[0];
        var now = DateTime.UtcNow;
        lock (_sent)
        {
            if (!_sent.TryGetValue(conversation, out var times)) _sent[conversation] = times = new Queue<DateTime>();
            while (times.Count > 0 && now - times.Peek() > Limits[^1].Window) times.Dequeue();
            foreach (var (window, max) in Limits)
                if (times.Count(t => now - t <= window) >= max)
                {
                    Interlocked.Increment(ref _refused);
                    return true;
                }
            times.Enqueue(now);
            return false;
        }
    }
}
