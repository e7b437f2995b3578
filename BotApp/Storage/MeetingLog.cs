using Azure;
using Azure.Data.Tables;
using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Storage;

/// <summary>
/// A meeting's append-only event log: PartitionKey = meeting, RowKey = zero-padded sequence.
/// An append inserts the next sequence number, so two writers can never both succeed; nothing is overwritten.
/// </summary>
public sealed class MeetingLog(TableStore store)
{
    private const string Table = "Events";

    public async Task<IReadOnlyList<MeetingEvent>> ReadAsync(string meeting, CancellationToken ct = default)
    {
        var table = await store.TableAsync(Table, ct);
        var events = new List<MeetingEvent>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == meeting, cancellationToken: ct))
            events.Add(EventSerializer.Deserialize(row.GetString("Type"), row.GetString("Data")));
        return events;
    }

    /// <summary>Appends at <paramref name="sequence"/>; false when someone else appended there first.</summary>
    public async Task<bool> TryAppendAsync(string meeting, int sequence, MeetingEvent e, CancellationToken ct = default)
    {
        var table = await store.TableAsync(Table, ct);
        var (type, data) = EventSerializer.Serialize(e);
        var row = new TableEntity(meeting, sequence.ToString("D10"))
        {
            ["Type"] = type,
            ["Data"] = data,
        };
        try
        {
            await table.AddEntityAsync(row, ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }
}
