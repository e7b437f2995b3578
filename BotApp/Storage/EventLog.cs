using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Storage;

/// <summary>The events of one meeting and the hash that ends their chain.</summary>
public sealed record LoggedEvents(IReadOnlyList<MeetingEvent> Events, string LastHash);

/// <summary>What <see cref="MeetingLog.VerifyAsync"/> found: intact, or the first event that no longer matches.</summary>
public sealed record ChainReport(int EventCount, int? FirstBadSequence, string LastHash)
{
    public bool Intact => FirstBadSequence is null;
}

/// <summary>
/// A meeting's append-only event log: PartitionKey = meeting, RowKey = zero-padded sequence.
/// An append inserts the next sequence number, so two writers can never both succeed; nothing is overwritten (MN1).
/// Each row carries the hash of the one before it and its own, so a row changed in storage breaks the chain.
/// </summary>
public sealed class MeetingLog(TableStore store)
{
    private const string Table = "Events";

    public async Task<IReadOnlyList<MeetingEvent>> ReadAsync(string meeting, CancellationToken ct = default) =>
        (await ReadChainAsync(meeting, ct)).Events;

    public async Task<LoggedEvents> ReadChainAsync(string meeting, CancellationToken ct = default)
    {
        var events = new List<MeetingEvent>();
        var last = "";
        foreach (var row in await RowsAsync(meeting, ct))
        {
            events.Add(EventSerializer.Deserialize(row.GetString("Type"), row.GetString("Data")));
            last = row.GetString("Hash") ?? "";
        }
        return new LoggedEvents(events, last);
    }

    /// <summary>Appends at <paramref name="sequence"/>; false when someone else appended there first.</summary>
    public async Task<bool> TryAppendAsync(string meeting, int sequence, MeetingEvent e, string? previousHash = null, CancellationToken ct = default)
    {
        var table = await store.TableAsync(Table, ct);
        previousHash ??= sequence == 0 ? "" : await HashAtAsync(table, meeting, sequence - 1, ct);
        var (type, data) = EventSerializer.Serialize(e);
        var row = new TableEntity(meeting, RowKey(sequence))
        {
            ["Type"] = type,
            ["Data"] = data,
            ["PrevHash"] = previousHash,
            ["Hash"] = Hash(previousHash, sequence, type, data),
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

    /// <summary>Recomputes the chain from the first event; reports the first row that was changed, removed or re-linked.</summary>
    public async Task<ChainReport> VerifyAsync(string meeting, CancellationToken ct = default)
    {
        var expectedPrevious = "";
        var sequence = 0;
        foreach (var row in await RowsAsync(meeting, ct))
        {
            var hash = Hash(expectedPrevious, sequence, row.GetString("Type") ?? "", row.GetString("Data") ?? "");
            if (row.RowKey != RowKey(sequence) || row.GetString("PrevHash") != expectedPrevious || row.GetString("Hash") != hash)
                return new ChainReport(sequence, sequence, expectedPrevious);
            expectedPrevious = hash;
            sequence++;
        }
        return new ChainReport(sequence, null, expectedPrevious);
    }

    public static string Hash(string previousHash, int sequence, string type, string data) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{previousHash}\n{sequence}\n{type}\n{data}")));

    private static string RowKey(int sequence) => sequence.ToString("D10");

    private async Task<List<TableEntity>> RowsAsync(string meeting, CancellationToken ct)
    {
        var table = await store.TableAsync(Table, ct);
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == meeting, cancellationToken: ct))
            rows.Add(row);
        return rows;
    }

    private static async Task<string> HashAtAsync(TableClient table, string meeting, int sequence, CancellationToken ct)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(meeting, RowKey(sequence), cancellationToken: ct);
        return row.HasValue ? row.Value!.GetString("Hash") ?? "" : "";
    }
}
