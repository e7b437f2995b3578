using Azure;
using Azure.Data.Tables;

namespace PartyGroupBot.Storage;

/// <summary>
/// Activities already taken, shared by every instance: Teams retries a slow turn and may deliver one activity twice,
/// so each (conversation, activity id) is claimed by an insert before it is handled; the insert that loses sees 409.
/// An invoke's answer is kept with its claim, so a repeated click gets the same card as the first.
/// </summary>
public sealed class ActivityLedger(TableStore store)
{
    private const string Table = "Activities";

    /// <summary>How long a claim holds without renewal: a live turn renews it, a dead instance's claim runs out.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    /// <summary>Longer than this and a redelivery stops waiting (Teams itself has long given up on the answer).</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(2);

    /// <param name="IsFirst">This attempt is to handle the activity: it claimed it first, or took over an expired lease.</param>
    /// <param name="Answer">For a repeat, what the attempt that handled it answered ("" for a message).</param>
    public sealed record Claim(bool IsFirst, string? Answer);

    /// <summary>
    /// Claims the activity with a lease. A repeat waits while the first attempt's lease is live (it renews it while it
    /// runs) and gets its answer; only when the lease ran out with no answer does it take the activity over.
    /// </summary>
    public async Task<Claim> ClaimAsync(string conversationId, string activityId, CancellationToken ct)
    {
        var table = await store.TableAsync(Table, ct);
        var (pk, rk) = Keys(conversationId, activityId);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await table.AddEntityAsync(new TableEntity(pk, rk) { ["LeaseUntil"] = DateTimeOffset.UtcNow + Lease }, ct);
                return new Claim(true, null);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
            }
            while (true)
            {
                var row = await table.GetEntityIfExistsAsync<TableEntity>(pk, rk, cancellationToken: ct);
                if (!row.HasValue) break; // given back after an outage: claim it afresh
                var held = row.Value!;
                if (held.GetString("Answer") is { } answer) return new Claim(false, answer);
                var leaseUntil = held.GetDateTimeOffset("LeaseUntil") ?? (held.Timestamp ?? DateTimeOffset.MinValue) + Lease;
                if (leaseUntil < DateTimeOffset.UtcNow)
                {
                    try
                    {
                        await table.UpdateEntityAsync(new TableEntity(pk, rk) { ["LeaseUntil"] = DateTimeOffset.UtcNow + Lease },
                            held.ETag, TableUpdateMode.Replace, ct);
                        return new Claim(true, null);
                    }
                    catch (RequestFailedException ex) when (ex.Status is 412 or 404)
                    {
                        continue; // renewed, answered or taken over meanwhile: look again
                    }
                }
                if (waited.Elapsed > LongestWait) return new Claim(false, null);
                await Task.Delay(150, ct);
            }
        }
    }

    /// <summary>Keeps the claim alive while the turn runs; false when it was lost (taken over or answered).</summary>
    public async Task RenewAsync(string conversationId, string activityId, CancellationToken ct)
    {
        var table = await store.TableAsync(Table, ct);
        var (pk, rk) = Keys(conversationId, activityId);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(pk, rk, cancellationToken: ct);
        if (!row.HasValue || row.Value!.GetString("Answer") is not null) return;
        try
        {
            await table.UpdateEntityAsync(new TableEntity(pk, rk) { ["LeaseUntil"] = DateTimeOffset.UtcNow + Lease },
                row.Value.ETag, TableUpdateMode.Merge, ct);
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
        }
    }

    public async Task SaveAnswerAsync(string conversationId, string activityId, string answer, CancellationToken ct)
    {
        var table = await store.TableAsync(Table, ct);
        var (pk, rk) = Keys(conversationId, activityId);
        await table.UpsertEntityAsync(new TableEntity(pk, rk) { ["Answer"] = answer }, TableUpdateMode.Replace, ct);
    }

    /// <summary>The answer kept for an activity, if any (a ballot's, kept when its vote closed).</summary>
    public async Task<string?> AnswerAsync(string conversationId, string activityId, CancellationToken ct)
    {
        var table = await store.TableAsync(Table, ct);
        var (pk, rk) = Keys(conversationId, activityId);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(pk, rk, cancellationToken: ct);
        return row.HasValue ? row.Value!.GetString("Answer") : null;
    }

    /// <summary>Keeps many answers at once, one transaction per conversation of at most 100.</summary>
    public async Task KeepAnswersAsync(IEnumerable<(string ConversationId, string ActivityId, string Answer)> answers, CancellationToken ct)
    {
        var table = await store.TableAsync(Table, ct);
        var rows = answers.Select(a =>
        {
            var (pk, rk) = Keys(a.ConversationId, a.ActivityId);
            return new TableEntity(pk, rk) { ["Answer"] = a.Answer };
        });
        foreach (var conversation in rows.GroupBy(r => r.PartitionKey))
            foreach (var chunk in conversation.DistinctBy(r => r.RowKey).Chunk(100))
                await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), ct);
    }

    /// <summary>A turn that failed (e.g. a storage outage) gives its claim back, so Teams' retry is handled afresh.</summary>
    public async Task ReleaseAsync(string conversationId, string activityId, CancellationToken ct)
    {
        var table = await store.TableAsync(Table, ct);
        var (pk, rk) = Keys(conversationId, activityId);
        await table.DeleteEntityAsync(pk, rk, ETag.All, ct);
    }

    /// <summary>How long an activity is remembered: Teams redelivers within minutes; a ballot's answer is kept past its vote's close.</summary>
    public static readonly TimeSpan Keep = TimeSpan.FromDays(2);

    /// <summary>Deletes the rows last written before <paramref name="before"/>; returns how many went.</summary>
    public async Task<int> ExpireAsync(DateTimeOffset before, CancellationToken ct)
    {
        var table = await store.TableAsync(Table, ct);
        var old = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"Timestamp lt {before}"), select: ["PartitionKey", "RowKey"], cancellationToken: ct))
            old.Add(row);
        foreach (var conversation in old.GroupBy(r => r.PartitionKey))
            foreach (var chunk in conversation.Chunk(100))
                await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)), ct);
        return old.Count;
    }

    private static (string, string) Keys(string conversationId, string activityId) =>
        (GroupKey.Escape(conversationId), GroupKey.Escape(activityId));
}
