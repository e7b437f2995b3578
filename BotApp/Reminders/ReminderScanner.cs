using System.Collections.Concurrent;
using System.Net;
using Microsoft.Bot.Schema;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Reminders;

/// <summary>
/// One pass over the due reminders: claim each by ETag, send it, record the outcome. A failed send is rescheduled
/// with exponential back-off (or the connector's Retry-After on 429) and never dropped; a refusal for good (403,
/// nothing to send to) is recorded and reported, not looped.
/// </summary>
public sealed class ReminderScanner(ReminderStore store, ReminderSender sender, ReminderClock clock, ReminderOptions options, ILogger<ReminderScanner> log)
{
    private readonly string _instance = $"{Environment.MachineName}/{Guid.NewGuid():N}";
    // Throttling is per conversation: after a 429 this instance leaves that conversation alone until Retry-After passes.
    private readonly ConcurrentDictionary<string, DateTimeOffset> _throttled = new();
    private long _scans;

    /// <summary>Completed passes, so tests can wait for "two more scans" instead of guessing times.</summary>
    public long Scans => Interlocked.Read(ref _scans);

    public async Task<int> ScanOnceAsync(CancellationToken ct)
    {
        var sent = 0;
        var now = clock.GetUtcNow();
        foreach (var row in await store.ReadDueAsync(now, ct))
        {
            if (_throttled.TryGetValue(row.Conversation, out var until) && until > now) continue;
            var claimed = await store.TryClaimAsync(row, _instance, now, options.Lease, ct);
            if (claimed is null) continue; // another instance has it
            try
            {
                await sender.SendAsync(claimed, ct);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                await FailedAsync(claimed, ex, ct);
                continue;
            }
            if (!await store.MarkSentAsync(claimed, clock.GetUtcNow(), ct))
                log.LogWarning("Reminder {Id} was sent after its claim ran out", claimed.Reminder.Id);
            sent++;
        }
        Interlocked.Increment(ref _scans);
        return sent;
    }

    private async Task FailedAsync(ReminderRow claimed, Exception ex, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var (status, retryAfter) = Describe(ex);
        var error = status is null ? ex.Message : $"{status}: {ex.Message}";
        if (ex is ReminderUndeliverableException || status is HttpStatusCode.Forbidden)
        {
            log.LogWarning(ex, "Reminder {Id} to {To} cannot be delivered; recorded", claimed.Reminder.Id, claimed.Reminder.To);
            await store.MarkUndeliverableAsync(claimed, error, ct);
            return;
        }
        var delay = Backoff(claimed.Attempt);
        if (retryAfter is { } wait && wait > delay) delay = wait;
        if (status is HttpStatusCode.TooManyRequests) _throttled[claimed.Conversation] = now + delay;
        log.LogInformation("Reminder {Id} send failed ({Error}); retry in {Delay}", claimed.Reminder.Id, error, delay);
        await store.RescheduleAsync(claimed, now + delay, error, ct);
    }

    /// <summary>Doubling from the base, capped, with up to 20 % jitter so instances do not retry in step.</summary>
    private TimeSpan Backoff(int attempt)
    {
        var ms = Math.Min(options.RetryMaxMs, options.RetryBaseMs * Math.Pow(2, Math.Min(attempt, 20)));
        return TimeSpan.FromMilliseconds(ms * (1 + Random.Shared.NextDouble() * 0.2));
    }

    internal static (HttpStatusCode? Status, TimeSpan? RetryAfter) Describe(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is ErrorResponseException { Response: { } response })
            {
                TimeSpan? retryAfter = null;
                if (response.Headers is { } headers && headers.TryGetValue("Retry-After", out var values)
                    && int.TryParse(values.FirstOrDefault(), out var seconds))
                    retryAfter = TimeSpan.FromSeconds(seconds);
                return (response.StatusCode, retryAfter);
            }
            if (e is HttpRequestException { StatusCode: { } code }) return (code, null);
        }
        return (null, null);
    }
}
