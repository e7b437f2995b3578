using Azure;
using Azure.Data.Tables;

using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Storage;

/// <summary>
/// While an item's vote is open, its open ballots are rows of their own beside the meeting's chain (table
/// OpenBallots, same partition key as the meeting), one per (item, candidate, voter): members voting at once insert
/// different rows instead of racing for the chain's next sequence, and a second ballot is an insert that fails (V11).
/// Two markers gate them: a member's ballot must touch the floor marker, the chair's the open marker; closing the
/// floor, the chair's own ballot (V5) and closing the vote (V10) take the markers away, so no ballot lands after them.
/// At close the ballots join the chain in the order cast, and then their rows go. The table holds only open votes,
/// so reading it stays cheap however long the record grows.
/// </summary>
public sealed class OpenVoteStore(TableStore store)
{
    private const string Table = "OpenBallots";

    public Task<TableClient> TableAsync(CancellationToken ct) => store.TableAsync(Table, ct);

    public async Task<IReadOnlyList<TableEntity>> ReadAsync(string meeting, CancellationToken ct)
    {
        var table = await TableAsync(ct);
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {meeting}"), cancellationToken: ct))
            rows.Add(row);
        return rows;
    }

    /// <summary>Both markers, before the VoteOpened event: a marker for an item that did not open lets no ballot in.</summary>
    public async Task OpenAsync(string meeting, AgendaItem item, CancellationToken ct)
    {
        var table = await TableAsync(ct);
        await table.SubmitTransactionAsync(
            OpenVoteRows.FloorMarkers(item).Append(OpenVoteRows.OpenMarker(item.Id))
                .Select(key => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(meeting, key))),
            ct);
    }

    public async Task DeleteIfThereAsync(string meeting, string rowKey, CancellationToken ct)
    {
        var table = await TableAsync(ct);
        try
        {
            await table.DeleteEntityAsync(meeting, rowKey, ETag.All, ct);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Already gone: closing again after an interruption finishes the job.
        }
    }

    /// <summary>
    /// Rows of ballots now in the chain, a hundred to a transaction; if one is gone already (a close pressed twice),
    /// the rest go one by one. Left behind they would be harmless: the fold skips what the chain holds.
    /// </summary>
    public async Task DeleteAsync(string meeting, IEnumerable<string> rowKeys, CancellationToken ct)
    {
        var table = await TableAsync(ct);
        foreach (var chunk in rowKeys.Chunk(100))
        {
            try
            {
                await table.SubmitTransactionAsync(
                    chunk.Select(k => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(meeting, k), ETag.All)), ct);
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 404)
            {
                foreach (var rowKey in chunk) await DeleteIfThereAsync(meeting, rowKey, ct);
            }
        }
    }
}
