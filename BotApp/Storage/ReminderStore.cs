using Azure;
using Azure.Data.Tables;
using PartyGroupBot.Core.Reminders;

namespace PartyGroupBot.Storage;

/// <summary>
/// Reminders on Azure Table storage. PartitionKey = due hour (UTC), RowKey = tenant|team|reminder id|attempt.
/// A cursor row remembers the oldest hour that may still hold unfinished rows, so a scan reads the partitions
/// from the cursor to the current hour and nothing later. An instance claims a row by a conditional update under
/// its ETag (412: another instance has it), so two instances never send one reminder twice.
/// Single-entity operations only: Azurite ignores If-Match inside batches (Azurite #1233).
/// </summary>
public sealed class ReminderStore(TableStore store)
{
    private const string Table = "Reminders";
    // Letters sort after digits, so the cursor row never falls inside an hour range query.
    private const string CursorPartition = "cursor";
    private const string CursorRow = "scan";
    private long _rowsRead;

    /// <summary>Reminder rows the scans of this instance have read from storage: the cost a scan pays.</summary>
    public long RowsRead => Interlocked.Read(ref _rowsRead);

    /// <summary>The hour partitions the last scan asked for, first and last (UTC "yyyyMMddHH").</summary>
    public (string From, string To)? LastScan { get; private set; }

    /// <summary>Stores a reminder; false when it is already stored (the stable id makes planning twice harmless).</summary>
    public async Task<bool> ScheduleAsync(string tenantId, string teamId, Reminder reminder, CancellationToken ct = default)
    {
        if (reminder.To.Kind == RecipientKind.Role)
            throw new ArgumentException("Resolve a role to people before storing a reminder.", nameof(reminder));
        var row = new ReminderRow(tenantId, teamId, reminder, ReminderStatus.Pending, 0, reminder.DueAt);
        return await InsertAsync(row, ct);
    }

    /// <summary>Rows due by <paramref name="now"/> that this instance may try to claim, read from due partitions only.</summary>
    public async Task<IReadOnlyList<ReminderRow>> ReadDueAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        var table = await store.TableAsync(Table, ct);
        var cursor = await ReadCursorAsync(table, ct);
        if (cursor is null) return [];
        var current = ReminderRow.Hour(now);
        LastScan = (cursor.Value.Hour, current);
        var rows = new List<ReminderRow>();
        // Only unfinished rows come back; the partition range is what keeps the scan small.
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey ge {cursor.Value.Hour} and PartitionKey le {current} and (Status eq {nameof(ReminderStatus.Pending)} or Status eq {nameof(ReminderStatus.Claimed)})");
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            Interlocked.Increment(ref _rowsRead);
            rows.Add(ReminderRows.From(e));
        }
        await AdvanceCursorAsync(table, cursor.Value, rows, current, ct);
        return rows.Where(r => r.Actionable(now)).OrderBy(r => r.NotBefore).ToList();
    }

    /// <summary>The claimed row with its new ETag, or null when another instance changed it first (412) or it is gone.</summary>
    public async Task<ReminderRow?> TryClaimAsync(ReminderRow row, string instance, DateTimeOffset now, TimeSpan lease, CancellationToken ct = default)
    {
        if (!row.Actionable(now)) return null;
        var claimed = row with { Status = ReminderStatus.Claimed, ClaimedBy = instance, LeaseUntil = now + lease };
        return await TryReplaceAsync(claimed, ct);
    }

    /// <summary>False when the claim was lost (the lease ran out and another instance took it).</summary>
    public async Task<bool> MarkSentAsync(ReminderRow claimed, DateTimeOffset now, CancellationToken ct = default) =>
        await TryReplaceAsync(claimed with { Status = ReminderStatus.Sent, SentAt = now, LeaseUntil = null }, ct) is not null;

    /// <summary>
    /// Keeps a failed reminder: the next attempt is inserted first in the partition of its retry time, then this row
    /// is closed. A crash in between leaves this row claimed; when its lease runs out the retry is inserted again,
    /// which the same RowKey turns into a no-op.
    /// </summary>
    public async Task RescheduleAsync(ReminderRow claimed, DateTimeOffset retryAt, string error, CancellationToken ct = default)
    {
        var next = claimed with
        {
            Status = ReminderStatus.Pending, Attempt = claimed.Attempt + 1, NotBefore = retryAt,
            LeaseUntil = null, ClaimedBy = null, LastError = error, ETag = default,
        };
        await InsertAsync(next, ct);
        await TryReplaceAsync(claimed with { Status = ReminderStatus.Rescheduled, LastError = error }, ct);
    }

    public async Task MarkUndeliverableAsync(ReminderRow claimed, string error, CancellationToken ct = default) =>
        await TryReplaceAsync(claimed with { Status = ReminderStatus.Undeliverable, LastError = error, LeaseUntil = null }, ct);

    /// <summary>Every row of a group's reminder, all attempts: for tests and for reporting what happened.</summary>
    public async Task<IReadOnlyList<ReminderRow>> AllAsync(CancellationToken ct = default)
    {
        var table = await store.TableAsync(Table, ct);
        var rows = new List<ReminderRow>();
        await foreach (var e in table.QueryAsync<TableEntity>(e => e.PartitionKey != CursorPartition, cancellationToken: ct))
            rows.Add(ReminderRows.From(e));
        return rows;
    }

    private async Task<bool> InsertAsync(ReminderRow row, CancellationToken ct)
    {
        var table = await store.TableAsync(Table, ct);
        try
        {
            await table.AddEntityAsync(ReminderRows.ToEntity(row), ct);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
        await MoveCursorBackAsync(table, row.PartitionKey, ct);
        return true;
    }

    private async Task<ReminderRow?> TryReplaceAsync(ReminderRow row, CancellationToken ct)
    {
        var table = await store.TableAsync(Table, ct);
        try
        {
            var response = await table.UpdateEntityAsync(ReminderRows.ToEntity(row), row.ETag, TableUpdateMode.Replace, ct);
            return row with { ETag = response.Headers.ETag ?? default };
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return null;
        }
    }

    private readonly record struct Cursor(string Hour, ETag ETag);

    private static async Task<Cursor?> ReadCursorAsync(TableClient table, CancellationToken ct)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(CursorPartition, CursorRow, cancellationToken: ct);
        return found.HasValue ? new Cursor(found.Value!.GetString("Hour"), found.Value.ETag) : null;
    }

    /// <summary>A row stored behind the cursor (a late reminder, a retry) pulls the cursor back so the next scan reads it.</summary>
    private static async Task MoveCursorBackAsync(TableClient table, string hour, CancellationToken ct)
    {
        while (true)
        {
            var cursor = await ReadCursorAsync(table, ct);
            if (cursor is { } c && string.CompareOrdinal(c.Hour, hour) <= 0) return;
            var entity = new TableEntity(CursorPartition, CursorRow) { ["Hour"] = hour };
            try
            {
                if (cursor is { } known) await table.UpdateEntityAsync(entity, known.ETag, TableUpdateMode.Replace, ct);
                else await table.AddEntityAsync(entity, ct);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Someone else moved or created it meanwhile: look again.
            }
        }
    }

    /// <summary>
    /// Moves the cursor to the oldest hour that still has unfinished rows (never past the current hour), under the ETag
    /// read before the scan: if a reminder was stored behind it meanwhile, the update fails and the cursor stays.
    /// </summary>
    private static async Task AdvanceCursorAsync(TableClient table, Cursor cursor, List<ReminderRow> unfinished, string current, CancellationToken ct)
    {
        var oldestOpen = unfinished.Select(r => r.PartitionKey).Append(current).Min(StringComparer.Ordinal)!;
        if (string.CompareOrdinal(oldestOpen, cursor.Hour) <= 0) return;
        try
        {
            await table.UpdateEntityAsync(new TableEntity(CursorPartition, CursorRow) { ["Hour"] = oldestOpen }, cursor.ETag, TableUpdateMode.Replace, ct);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            // Another scan or a late reminder changed it; the next scan decides again.
        }
    }
}
