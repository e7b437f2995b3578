using Azure;
using Azure.Data.Tables;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Outbox;

/// <summary>
/// The messages stored steps still owe, on Azure Table storage. Claimed by a conditional update under the row's ETag,
/// as the reminders are, so two instances never send one message twice; a delivered message's row is deleted, so the
/// table holds only what is owed and a scan reads little.
/// </summary>
public sealed class OutboxStore(TableStore store)
{
    private const string Table = "Outbox";

    /// <summary>Stores a message already claimed by the turn that owes it; false when an earlier attempt of that turn stored it.</summary>
    public async Task<OutboxMessage?> AddClaimedAsync(OutboxMessage message, CancellationToken ct)
    {
        var table = await store.TableAsync(Table, ct);
        try
        {
            var response = await table.AddEntityAsync(message.ToEntity(), ct);
            return message with { ETag = response.Headers.ETag ?? default };
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return null;
        }
    }

    /// <summary>Every message owed and not claimed by a live instance, due or not.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> UnsentAsync(CancellationToken ct)
    {
        var table = await store.TableAsync(Table, ct);
        var rows = new List<OutboxMessage>();
        var filter = TableClient.CreateQueryFilter($"Status eq {nameof(OutboxStatus.Pending)} or Status eq {nameof(OutboxStatus.Claimed)}");
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: ct)) rows.Add(OutboxMessage.From(e));
        return rows;
    }

    /// <summary>A group's messages still owed or failed, for 发送状态.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> OfGroupAsync(GroupKey group, CancellationToken ct)
    {
        var table = await store.TableAsync(Table, ct);
        var rows = new List<OutboxMessage>();
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {group.Agenda}"), cancellationToken: ct))
            rows.Add(OutboxMessage.From(e));
        return rows;
    }

    public Task<OutboxMessage?> TryClaimAsync(OutboxMessage message, DateTimeOffset now, TimeSpan lease, CancellationToken ct) =>
        message.Actionable(now)
            ? TryReplaceAsync(message with { Status = OutboxStatus.Claimed, LeaseUntil = now + lease }, ct)
            : Task.FromResult<OutboxMessage?>(null);

    /// <summary>Delivered: the row goes, unless the claim was lost meanwhile (then the other holder finishes it).</summary>
    public async Task DeliveredAsync(OutboxMessage claimed, CancellationToken ct)
    {
        var table = await store.TableAsync(Table, ct);
        try
        {
            await table.DeleteEntityAsync(claimed.PartitionKey, claimed.RowKey, claimed.ETag, ct);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
        }
    }

    public Task<OutboxMessage?> RescheduleAsync(OutboxMessage claimed, DateTimeOffset at, string error, CancellationToken ct) =>
        TryReplaceAsync(claimed with { Status = OutboxStatus.Pending, Attempt = claimed.Attempt + 1, NotBefore = at, LeaseUntil = null, LastError = error }, ct);

    public Task<OutboxMessage?> FailedAsync(OutboxMessage claimed, string error, CancellationToken ct) =>
        TryReplaceAsync(claimed with { Status = OutboxStatus.Failed, Attempt = claimed.Attempt + 1, LeaseUntil = null, LastError = error }, ct);

    /// <summary>重新发送: a failed or waiting message of the group is due now, from a fresh back-off.</summary>
    public async Task<int> ResendAsync(GroupKey group, DateTimeOffset now, CancellationToken ct)
    {
        var again = 0;
        foreach (var m in await OfGroupAsync(group, ct))
            if (m.Status != OutboxStatus.Claimed || m.LeaseUntil < now)
                if (await TryReplaceAsync(m with { Status = OutboxStatus.Pending, Attempt = 0, NotBefore = now, LeaseUntil = null }, ct) is not null)
                    again++;
        return again;
    }

    private async Task<OutboxMessage?> TryReplaceAsync(OutboxMessage message, CancellationToken ct)
    {
        var table = await store.TableAsync(Table, ct);
        try
        {
            var response = await table.UpdateEntityAsync(message.ToEntity(), message.ETag, TableUpdateMode.Replace, ct);
            return message with { ETag = response.Headers.ETag ?? default };
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return null;
        }
    }
}
