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

    public sealed record Claim(bool IsFirst, string? Answer);

    public async Task<Claim> ClaimAsync(string conversationId, string activityId, CancellationToken ct)
    {
        var table = await store.TableAsync(Table, ct);
        var (pk, rk) = Keys(conversationId, activityId);
        try
        {
            await table.AddEntityAsync(new TableEntity(pk, rk), ct);
            return new Claim(true, null);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // A twin is being handled elsewhere: give it a moment to leave its answer.
            for (var wait = 0; wait < 50; wait++)
            {
                var row = await table.GetEntityIfExistsAsync<TableEntity>(pk, rk, cancellationToken: ct);
                if (!row.HasValue) return await ClaimAsync(conversationId, activityId, ct);
                if (row.Value!.GetString("Answer") is { } answer) return new Claim(false, answer);
                await Task.Delay(100, ct);
            }
            return new Claim(false, null);
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

    private static (string, string) Keys(string conversationId, string activityId) =>
        (GroupKey.Escape(conversationId), GroupKey.Escape(activityId));
}
