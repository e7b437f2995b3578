using System.Collections.Concurrent;
using System.Net;
using PartyGroupBot.Reminders;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Outbox;

/// <summary>
/// Nothing a stored step owes is lost (DESIGN.md, "Outbox"): the message is stored, claimed by the turn, before it is
/// sent; the turn tries it at once, and what fails waits in storage for the scan every instance runs, with back-off
/// from a second up, the connector's Retry-After honoured, until it is delivered or counts as failed for 发送状态.
/// </summary>
public sealed class Outbox(OutboxStore store, OutboxSender sender, OutboxOptions options, ILogger<Outbox> log)
{
    // After a 429 this instance leaves that conversation alone until Retry-After passes.
    private readonly ConcurrentDictionary<string, DateTimeOffset> _throttled = new();
    private long _scans;

    /// <summary>Completed scans, so tests can wait for "one more scan" rather than guess times.</summary>
    public long Scans => Interlocked.Read(ref _scans);

    private static DateTimeOffset Now => DateTimeOffset.UtcNow;

    /// <summary>
    /// Stores the message (keyed by the turn's activity, <see cref="CausingActivity"/>) and tries it now. True when it
    /// went out now; false when it waits for a retry, or an earlier attempt of the same turn stored it already.
    /// </summary>
    public async Task<bool> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var key = CausingActivity.Next("outbox") ?? Guid.NewGuid().ToString("N");
        var claimed = await store.AddClaimedAsync(message with
        {
            Key = key, Status = OutboxStatus.Claimed, NotBefore = Now, LeaseUntil = Now + options.Lease,
        }, ct);
        if (claimed is null) return false;
        if (_throttled.TryGetValue(claimed.Conversation, out var until) && until > Now)
        {
            await store.RescheduleAsync(claimed with { Attempt = claimed.Attempt - 1 }, until, "429", ct);
            return false;
        }
        return await DeliverAsync(claimed, ct);
    }

    public async Task<int> ScanOnceAsync(CancellationToken ct)
    {
        var sent = 0;
        foreach (var message in (await store.UnsentAsync(ct)).Where(m => m.Actionable(Now)).OrderBy(m => m.NotBefore))
        {
            if (_throttled.TryGetValue(message.Conversation, out var until) && until > Now) continue;
            var claimed = await store.TryClaimAsync(message, Now, options.Lease, ct);
            if (claimed is not null && await DeliverAsync(claimed, ct)) sent++;
        }
        Interlocked.Increment(ref _scans);
        return sent;
    }

    private async Task<bool> DeliverAsync(OutboxMessage claimed, CancellationToken ct)
    {
        try
        {
            await sender.SendAsync(claimed, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && !StorageOutage.Is(ex))
        {
            await FailedAsync(claimed, ex, ct);
            return false;
        }
        await store.DeliveredAsync(claimed, ct);
        return true;
    }

    private async Task FailedAsync(OutboxMessage claimed, Exception ex, CancellationToken ct)
    {
        var (status, retryAfter) = ReminderScanner.Describe(ex);
        var error = status is null ? ex.Message : $"{(int)status}: {ex.Message}";
        if (ex is ReminderUndeliverableException || status is HttpStatusCode.Forbidden || claimed.Attempt + 1 >= options.MaxAttempts)
        {
            log.LogWarning(ex, "Message {Key} to {To} failed for good; shown in 发送状态", claimed.Key, claimed.To);
            await store.FailedAsync(claimed, error, ct);
            return;
        }
        var ms = Math.Min(options.RetryMaxMs, options.RetryBaseMs * Math.Pow(2, Math.Min(claimed.Attempt, 20)));
        var delay = TimeSpan.FromMilliseconds(ms * (1 + Random.Shared.NextDouble() * 0.2));
        if (retryAfter is { } wait && wait > delay) delay = wait;
        if (status is HttpStatusCode.TooManyRequests)
        {
            if (_throttled.Count > 10_000) foreach (var (key, until) in _throttled) if (until < Now) _throttled.TryRemove(key, out _);
            _throttled[claimed.Conversation] = Now + delay;
        }
        log.LogInformation("Message {Key} to {To} failed ({Error}); retry in {Delay}", claimed.Key, claimed.To, error, delay);
        await store.RescheduleAsync(claimed, Now + delay, error, ct);
    }
}
