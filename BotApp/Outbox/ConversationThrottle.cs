using Azure;
using Azure.Data.Tables;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Outbox;

/// <summary>
/// Teams' rate limit is per bot per conversation (7 in 1 s, 8 in 2 s, 60 in 30 s; DESIGN.md): one row per conversation,
/// shared by every instance, holds when the next operation may go, as Microsoft's Company Communicator does. Each send
/// takes the next slot under the row's ETag and waits for it, so the instances together stay under 60 in 30 s.
/// </summary>
public sealed class ConversationThrottle(TableStore store, IConfiguration config)
{
    private const string Table = "Throttle";
    /// <summary>
    /// Two operations a second, sustained: 60 in 30 s, and never more than 8 in 2 s. Teams:ThrottleSpacingMs changes it;
    /// 0 turns the throttle off (the tests whose connector has no limits).
    /// </summary>
    private TimeSpan Spacing => TimeSpan.FromMilliseconds(config.GetValue("Teams:ThrottleSpacingMs", 500));

    /// <summary>Takes the conversation's next slot and waits for it.</summary>
    public async Task WaitTurnAsync(string conversation, CancellationToken ct)
    {
        if (Spacing <= TimeSpan.Zero) return;
        var slot = await TakeSlotAsync(conversation, ct);
        var wait = slot - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero) await Task.Delay(wait, ct);
    }

    /// <summary>After a 429 the conversation's next slot is no sooner than Retry-After, for every instance.</summary>
    public async Task HoldAsync(string conversation, TimeSpan retryAfter, CancellationToken ct)
    {
        var table = await store.TableAsync(Table, ct);
        var until = DateTimeOffset.UtcNow + retryAfter;
        await table.UpsertEntityAsync(new TableEntity("conversation", GroupKey.Escape(conversation)) { ["NextFree"] = until }, TableUpdateMode.Replace, ct);
    }

    private async Task<DateTimeOffset> TakeSlotAsync(string conversation, CancellationToken ct)
    {
        var table = await store.TableAsync(Table, ct);
        var key = GroupKey.Escape(conversation);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var now = DateTimeOffset.UtcNow;
            var row = await table.GetEntityIfExistsAsync<TableEntity>("conversation", key, cancellationToken: ct);
            var nextFree = row.HasValue ? row.Value!.GetDateTimeOffset("NextFree") ?? now : now;
            var slot = nextFree > now ? nextFree : now;
            var taken = new TableEntity("conversation", key) { ["NextFree"] = slot + Spacing };
            try
            {
                if (row.HasValue) await table.UpdateEntityAsync(taken, row.Value!.ETag, TableUpdateMode.Replace, ct);
                else await table.AddEntityAsync(taken, ct);
                return slot;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another send took the slot first: take the next one.
            }
        }
        return DateTimeOffset.UtcNow + Spacing;
    }
}
