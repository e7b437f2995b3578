using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Storage;

/// <summary>
/// The events of one log and the hash that ends their chain; for a meeting, with its open ballots and their markers
/// (<see cref="OpenVoteRows"/>), which live beside the chain until their vote closes.
/// </summary>
public sealed record LoggedEvents<TEvent>(IReadOnlyList<TEvent> Events, string LastHash)
{
    public IReadOnlyList<TableEntity> Side { get; init; } = [];

    /// <summary>
    /// The activities (with their append's ordinal, <see cref="CausingActivity"/>) that caused these events, each with
    /// the sequence of the first event it appended.
    /// </summary>
    public IReadOnlyDictionary<string, int> Causes { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// The events before the ones <paramref name="cause"/> appended, when an earlier attempt of the same turn appended
    /// them already: running the command again would append them twice.
    /// </summary>
    public IReadOnlyList<TEvent>? Before(string? cause) =>
        cause is not null && Causes.TryGetValue(cause, out var at) ? Events.Take(at).ToList() : null;
}

/// <summary>What <see cref="EventLog{TEvent}.VerifyAsync"/> found: intact, or the first event that no longer matches.</summary>
public sealed record ChainReport(int EventCount, int? FirstBadSequence, string LastHash)
{
    public bool Intact => FirstBadSequence is null;

    /// <summary>The hash of each intact row in order: a head issued with signed minutes must be one of them (MN1).</summary>
    public IReadOnlyList<string> Hashes { get; init; } = [];

    /// <summary>Whether a head printed on signed minutes (its first hex digits) is still in the stored chain.</summary>
    public bool Holds(string issuedHead) =>
        issuedHead.Length >= 8 && Hashes.Any(h => h.StartsWith(issuedHead, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A meeting's log: PartitionKey = tenant|team|meeting.</summary>
public sealed class MeetingLog(TableStore store) : EventLog<MeetingEvent>(store, "Events");

/// <summary>A group's 议题库 log (proposals, schedules, decisions): PartitionKey = tenant|team.</summary>
public sealed class AgendaLog(TableStore store) : EventLog<AgendaEvent>(store, "Agenda");

/// <summary>
/// An append-only event log: PartitionKey = the log (a meeting, a group's agenda), RowKey = zero-padded sequence.
/// An append inserts the next sequence number, so two writers can never both succeed; nothing is overwritten (MN1).
/// Each row carries the hash of the one before it and its own, so a row changed in storage breaks the chain.
/// </summary>
public abstract class EventLog<TEvent>(TableStore store, string table) where TEvent : class
{
    public async Task<IReadOnlyList<TEvent>> ReadAsync(string log, CancellationToken ct = default) =>
        (await ReadChainAsync(log, ct)).Events;

    /// <summary>
    /// The whole log. Rows never change once written, so what this process has read before is kept; one point read
    /// of the next sequence tells whether anything came since, and only then are the rows after it asked for. (A
    /// query, unlike a point read, costs Azurite a walk over the whole table.) <see cref="VerifyAsync"/> always reads
    /// everything afresh.
    /// </summary>
    public async Task<LoggedEvents<TEvent>> ReadChainAsync(string log, CancellationToken ct = default)
    {
        _known.TryGetValue(log, out var known);
        if (known is not null)
        {
            var client = await store.TableAsync(table, ct);
            var next = await client.GetEntityIfExistsAsync<TableEntity>(log, RowKey(known.Events.Count), ["RowKey"], ct);
            if (!next.HasValue) return known;
        }
        var events = known?.Events.ToList() ?? [];
        var causes = new Dictionary<string, int>(known?.Causes ?? new Dictionary<string, int>());
        var last = known?.LastHash ?? "";
        var after = events.Count == 0 ? null : RowKey(events.Count - 1);
        foreach (var row in await RowsAsync(log, ct, after))
        {
            if (row.GetString("Cause") is { } cause) causes.TryAdd(cause, events.Count);
            events.Add(EventSerializer.Deserialize<TEvent>(row.GetString("Type"), row.GetString("Data")));
            last = row.GetString("Hash") ?? "";
        }
        var read = new LoggedEvents<TEvent>(events, last) { Causes = causes };
        Remember(log, read);
        return read;
    }

    private void Remember(string log, LoggedEvents<TEvent> read)
    {
        if (read.Events.Count == 0) return;
        if (_known.Count >= MaxKnownLogs) _known.Clear();
        _known.AddOrUpdate(log, read, (_, held) => held.Events.Count >= read.Events.Count ? held : read);
    }

    private const int MaxKnownLogs = 5_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, LoggedEvents<TEvent>> _known = new();

    /// <summary>Appends at <paramref name="sequence"/>; false when someone else appended there first.</summary>
    /// <param name="cause">The activity that caused it (<see cref="CausingActivity"/>), kept on the row.</param>
    public async Task<bool> TryAppendAsync(string log, int sequence, TEvent e, string? previousHash = null, CancellationToken ct = default, string? cause = null)
    {
        var client = await store.TableAsync(table, ct);
        previousHash ??= sequence == 0 ? "" : await HashAtAsync(client, log, sequence - 1, ct);
        var (type, data) = EventSerializer.Serialize(e);
        var row = new TableEntity(log, RowKey(sequence))
        {
            ["Type"] = type,
            ["Data"] = data,
            ["PrevHash"] = previousHash,
            ["Hash"] = Hash(previousHash, sequence, type, data),
            ["Cause"] = cause,
        };
        try
        {
            await client.AddEntityAsync(row, ct);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
        if (_known.TryGetValue(log, out var held) && held.Events.Count == sequence)
            Remember(log, new LoggedEvents<TEvent>([.. held.Events, e], row.GetString("Hash")!) { Causes = With(held.Causes, cause, sequence) });
        return true;
    }

    /// <summary>Appends several events at once from <paramref name="sequence"/> in one transaction: all or none.</summary>
    public async Task<bool> TryAppendAllAsync(string log, int sequence, IReadOnlyList<TEvent> events, string previousHash, CancellationToken ct = default, string? cause = null)
    {
        var client = await store.TableAsync(table, ct);
        var actions = new List<TableTransactionAction>();
        var firstSequence = sequence;
        foreach (var e in events)
        {
            var (type, data) = EventSerializer.Serialize(e);
            var hash = Hash(previousHash, sequence, type, data);
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(log, RowKey(sequence))
            {
                ["Type"] = type, ["Data"] = data, ["PrevHash"] = previousHash, ["Hash"] = hash, ["Cause"] = cause,
            }));
            previousHash = hash;
            sequence++;
        }
        try
        {
            await client.SubmitTransactionAsync(actions, ct);
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
        if (_known.TryGetValue(log, out var held) && held.Events.Count == firstSequence)
            Remember(log, new LoggedEvents<TEvent>([.. held.Events, .. events], previousHash) { Causes = With(held.Causes, cause, firstSequence) });
        return true;
    }

    private static IReadOnlyDictionary<string, int> With(IReadOnlyDictionary<string, int> causes, string? cause, int sequence) =>
        cause is null ? causes : new Dictionary<string, int>(causes) { [cause] = sequence };

    /// <summary>The cause kept on the row at <paramref name="sequence"/>, if any.</summary>
    public async Task<string?> CauseAtAsync(string log, int sequence, CancellationToken ct = default)
    {
        var client = await store.TableAsync(table, ct);
        var row = await client.GetEntityIfExistsAsync<TableEntity>(log, RowKey(sequence), ["Cause"], ct);
        return row.HasValue ? row.Value!.GetString("Cause") : null;
    }

    /// <summary>Recomputes the chain from the first event; reports the first row that was changed, removed or re-linked.</summary>
    public async Task<ChainReport> VerifyAsync(string log, CancellationToken ct = default)
    {
        var expectedPrevious = "";
        var sequence = 0;
        var hashes = new List<string>();
        foreach (var row in await RowsAsync(log, ct))
        {
            var hash = Hash(expectedPrevious, sequence, row.GetString("Type") ?? "", row.GetString("Data") ?? "");
            if (row.RowKey != RowKey(sequence) || row.GetString("PrevHash") != expectedPrevious || row.GetString("Hash") != hash)
                return new ChainReport(sequence, sequence, expectedPrevious) { Hashes = hashes };
            hashes.Add(hash);
            expectedPrevious = hash;
            sequence++;
        }
        return new ChainReport(sequence, null, expectedPrevious) { Hashes = hashes };
    }

    public static string Hash(string previousHash, int sequence, string type, string data) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{previousHash}\n{sequence}\n{type}\n{data}")));

    private static string RowKey(int sequence) => sequence.ToString("D10");

    private async Task<List<TableEntity>> RowsAsync(string log, CancellationToken ct, string? afterRowKey = null)
    {
        var client = await store.TableAsync(table, ct);
        var filter = afterRowKey is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {log}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {log} and RowKey gt {afterRowKey}");
        var rows = new List<TableEntity>();
        await foreach (var row in client.QueryAsync<TableEntity>(filter, cancellationToken: ct))
            rows.Add(row);
        return rows;
    }

    private static async Task<string> HashAtAsync(TableClient table, string log, int sequence, CancellationToken ct)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(log, RowKey(sequence), cancellationToken: ct);
        return row.HasValue ? row.Value!.GetString("Hash") ?? "" : "";
    }
}
