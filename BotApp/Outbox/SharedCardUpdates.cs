using System.Collections.Concurrent;
using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Bot;
using PartyGroupBot.Reminders;

namespace PartyGroupBot.Outbox;

/// <summary>
/// Teams' rate limit (DESIGN.md): a card everyone sees (roll call, ballot) is replaced at most once a second, latest state
/// winning. The first change in a quiet second goes out at once; changes meanwhile are folded into one update sent when
/// the second is over, rebuilt from storage at that moment when the caller can (so a ballot cast on another instance is
/// in it too), and the final state always goes out. Each update takes its conversation's slot in the shared
/// <see cref="ConversationThrottle"/>; a 429 waits its Retry-After and sends the latest state again.
/// </summary>
public sealed class SharedCardUpdates(CloudAdapter adapter, ConversationThrottle throttle, IConfiguration config, ILogger<SharedCardUpdates> log)
{
    /// <summary>At most one update per card in this time (Teams:CardUpdateIntervalMs; 0: every change at once unless one is in flight).</summary>
    private TimeSpan PerCard => TimeSpan.FromMilliseconds(config.GetValue("Teams:CardUpdateIntervalMs", 1000));
    private const int MaxCards = 10_000;
    private const int MaxAttempts = 8;

    private sealed class Slot
    {
        public required ConversationReference Reference;
        public required string ActivityId;
        public JObject Latest = new();
        public Func<CancellationToken, Task<JObject?>>? Current;
        public bool Dirty;
        public bool Running;
        public DateTimeOffset LastSent = DateTimeOffset.MinValue;
    }

    private readonly ConcurrentDictionary<string, Slot> _cards = new();
    private string AppId => config["MicrosoftAppId"] ?? "";

    /// <param name="current">Rebuilds the card for everyone from storage at send time; null: send <paramref name="card"/>.</param>
    public async Task UpdateAsync(ITurnContext turn, JObject card, Func<CancellationToken, Task<JObject?>>? current, CancellationToken ct)
    {
        var reference = turn.Activity.GetConversationReference();
        var key = $"{reference.ServiceUrl}|{reference.Conversation.Id}|{turn.Activity.ReplyToId}";
        if (_cards.Count > MaxCards) Forget();
        var slot = _cards.GetOrAdd(key, _ => new Slot { Reference = reference, ActivityId = turn.Activity.ReplyToId });
        bool sendNow;
        lock (slot)
        {
            slot.Latest = card;
            slot.Current = current ?? slot.Current;
            slot.Dirty = true;
            sendNow = !slot.Running && DateTimeOffset.UtcNow - slot.LastSent >= PerCard;
            if (slot.Running) return;
            slot.Running = true;
        }
        // A quiet card is updated within the turn, as before; a busy one from the background, once a second.
        if (sendNow) await SendLatestAsync(slot, fromStorage: false, ct);
        lock (slot)
        {
            if (!slot.Dirty)
            {
                slot.Running = false;
                return;
            }
        }
        _ = Task.Run(() => RunAsync(slot), CancellationToken.None);
    }

    private async Task RunAsync(Slot slot)
    {
        var attempts = 0;
        while (true)
        {
            var wait = slot.LastSent + PerCard - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.Zero) await Task.Delay(wait, CancellationToken.None);
            lock (slot)
            {
                if (!slot.Dirty || attempts >= MaxAttempts)
                {
                    slot.Running = false;
                    return;
                }
            }
            attempts = await SendLatestAsync(slot, fromStorage: true, CancellationToken.None) ? 0 : attempts + 1;
        }
    }

    /// <summary>Sends the latest state; false when Teams asked to wait (the slot stays dirty and the wait is set).</summary>
    private async Task<bool> SendLatestAsync(Slot slot, bool fromStorage, CancellationToken ct)
    {
        JObject card;
        Func<CancellationToken, Task<JObject?>>? current;
        lock (slot)
        {
            slot.Dirty = false;
            (card, current) = (slot.Latest, slot.Current);
        }
        var rebuilt = fromStorage && current is not null ? await TryAsync(current) : null;
        var retryAfter = await SendAsync(slot, rebuilt ?? card, ct);
        slot.LastSent = DateTimeOffset.UtcNow;
        if (retryAfter is not { } pause) return true;
        lock (slot) slot.Dirty = true;
        slot.LastSent = DateTimeOffset.UtcNow + pause - PerCard;
        return false;
    }

    private async Task<JObject?> TryAsync(Func<CancellationToken, Task<JObject?>> current)
    {
        try
        {
            return await current(CancellationToken.None);
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Could not rebuild a shared card; sending the last one built");
            return null;
        }
    }

    /// <summary>Null when sent (or failed for good: the clicker has the card, others see it on their next refresh); else how long to wait.</summary>
    private async Task<TimeSpan?> SendAsync(Slot slot, JObject card, CancellationToken ct)
    {
        var conversation = slot.Reference.Conversation.Id.Split(';')[0];
        try
        {
            await throttle.WaitTurnAsync(conversation, ct);
            Exception? failed = null;
            await adapter.ContinueConversationAsync(AppId, slot.Reference, async (t, c) =>
            {
                ConnectorSerialization.Share(t);
                var update = Messenger.Message(card);
                update.Id = slot.ActivityId;
                try { await t.UpdateActivityAsync(update, c); }
                catch (Exception ex) { failed = ex; }
            }, ct);
            if (failed is not null) throw failed;
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var (status, retryAfter) = ReminderScanner.Describe(ex);
            if (status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.InternalServerError)
            {
                var pause = retryAfter ?? PerCard;
                if (status is HttpStatusCode.TooManyRequests) await TryHoldAsync(conversation, pause);
                return pause;
            }
            log.LogWarning(ex, "Could not update card {ActivityId} for everyone", slot.ActivityId);
            return null;
        }
    }

    private async Task TryHoldAsync(string conversation, TimeSpan pause)
    {
        try { await throttle.HoldAsync(conversation, pause, CancellationToken.None); }
        catch (Exception ex) { log.LogWarning(ex, "Could not share the throttle of {Conversation}", conversation); }
    }

    /// <summary>Bounded: cards quiet for a minute are forgotten.</summary>
    private void Forget()
    {
        foreach (var (key, slot) in _cards)
            if (!slot.Running && DateTimeOffset.UtcNow - slot.LastSent > TimeSpan.FromMinutes(1)) _cards.TryRemove(key, out _);
    }
}
