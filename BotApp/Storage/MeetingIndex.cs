using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Reminders;

namespace PartyGroupBot.Storage;

/// <summary>
/// Every meeting a group has started, one small row each beside its log, so reminder planning reads a group's meetings of a
/// period in one query instead of only the group's latest meeting or every meeting's log (PD1, DL1, DL6, MN3).
/// PartitionKey = the group, RowKey = the start in UTC and the meeting id, so a period is a range of row keys.
/// </summary>
public sealed class MeetingIndex(TableStore store, ILogger<MeetingIndex> log)
{
    private const string Table = "MeetingIndex";
    private const string Instant = "yyyyMMddHHmmssfff";

    /// <summary>
    /// Writes what the meeting's log now says: after it starts, ends and is signed. The log is the record; the row only
    /// follows it, so a failed write is logged rather than undoing the turn, and the next change writes the whole row again.
    /// </summary>
    public async Task SaveAsync(GroupKey key, MeetingState state, CancellationToken ct = default)
    {
        try
        {
            var table = await store.TableAsync(Table, ct);
            await table.UpsertEntityAsync(new TableEntity(key.Agenda, RowKey(state.Started.At, state.Id))
            {
                ["MeetingId"] = state.Id,
                ["Kind"] = state.Kind.ToString(),
                ["StartedAt"] = state.Started.At,
                ["IsSeminar"] = state.IsSeminar,
                ["EndedAt"] = state.EndedAt,
                ["MinutesSignedAt"] = state.Signature?.At,
            }, TableUpdateMode.Replace, ct);
        }
        catch (Exception ex) when (ex is RequestFailedException || StorageOutage.Is(ex))
        {
            log.LogWarning(ex, "Could not index meeting {Meeting}; its reminders count it only while it is the group's latest", state.Id);
        }
    }

    /// <summary>The group's meetings started at or after <paramref name="since"/>, oldest first.</summary>
    public async IAsyncEnumerable<CalendarMeeting> SinceAsync(GroupKey key, DateTimeOffset since, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var table = await store.TableAsync(Table, ct);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {key.Agenda} and RowKey ge {since.UtcDateTime.ToString(Instant, CultureInfo.InvariantCulture)}");
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            if (!Enum.TryParse<MeetingKind>(e.GetString("Kind"), out var kind)) continue;
            var started = e.GetDateTimeOffset("StartedAt")!.Value;
            yield return new CalendarMeeting(e.GetString("MeetingId"), kind, started, started)
            {
                IsSeminar = e.GetBoolean("IsSeminar") ?? false,
                EndedAt = e.GetDateTimeOffset("EndedAt"),
                MinutesSignedAt = e.GetDateTimeOffset("MinutesSignedAt"),
            };
        }
    }

    private static string RowKey(DateTimeOffset startedAt, string meetingId) =>
        $"{startedAt.UtcDateTime.ToString(Instant, CultureInfo.InvariantCulture)}|{GroupKey.Escape(meetingId)}";
}
