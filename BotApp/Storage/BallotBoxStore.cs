using System.Collections.Immutable;
using Azure;
using Azure.Data.Tables;
using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Storage;

/// <summary>
/// Secret ballot boxes (V2): one row per item with counts and the sorted voter set, changed only by a
/// conditional update under its ETag. Never in a batch: Azurite ignores If-Match there (Azurite #1233).
/// </summary>
public sealed class BallotBoxStore(TableStore store)
{
    private const string Table = "BallotBoxes";

    /// <summary>
    /// The box of an item, or of one candidate of a personnel item (V7); an empty box with no ETag while no ballot was
    /// accepted: reading never writes, so a click on any item creates no row (issue 13, item 9).
    /// </summary>
    public async Task<(SecretBallotBox Box, ETag ETag)> ReadAsync(string meeting, string itemId, string? candidateId = null, CancellationToken ct = default)
    {
        var table = await store.TableAsync(Table, ct);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(meeting, Row(itemId, candidateId), cancellationToken: ct);
        if (found.HasValue) return (ToBox(found.Value!), found.Value!.ETag);
        return (candidateId is null ? SecretBallotBox.Empty(itemId) : SecretBallotBox.Empty(itemId, candidateId), default);
    }

    /// <summary>Every box of a meeting, for verification (MN1): a sealed box's counts must add up to its voter set.</summary>
    public async Task<IReadOnlyList<SecretBallotBox>> OfMeetingAsync(string meeting, CancellationToken ct = default)
    {
        var table = await store.TableAsync(Table, ct);
        var boxes = new List<SecretBallotBox>();
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {meeting}"), cancellationToken: ct))
            boxes.Add(ToBox(e));
        return boxes;
    }

    /// <summary>
    /// False when the box changed since it was read (412), or was created meanwhile (409): reload and re-run the command.
    /// A box read with no ETag is created here, with the first accepted ballot.
    /// </summary>
    public async Task<bool> TryReplaceAsync(string meeting, SecretBallotBox box, ETag etag, CancellationToken ct = default)
    {
        var table = await store.TableAsync(Table, ct);
        try
        {
            if (etag == default) await table.AddEntityAsync(ToEntity(meeting, box), ct);
            else await table.UpdateEntityAsync(ToEntity(meeting, box), etag, TableUpdateMode.Replace, ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>Escaped: an id with / # or ? from a tampered card is a clean refusal, not a storage error.</summary>
    private static string Row(string itemId, string? candidateId) =>
        GroupKey.Escape(candidateId is null ? itemId : $"{itemId}|{candidateId}");

    private static TableEntity ToEntity(string meeting, SecretBallotBox box) => new(meeting, Row(box.ItemId, box.CandidateId))
    {
        ["ItemId"] = box.ItemId,
        ["CandidateId"] = box.CandidateId,
        ["Defer"] = box.Defer,
        ["Yes"] = box.Yes,
        ["No"] = box.No,
        ["Abstain"] = box.Abstain,
        ["Voters"] = string.Join(",", box.Voters),
        ["Sealed"] = box.Sealed,
    };

    private static SecretBallotBox ToBox(TableEntity e) => new(
        e.GetString("ItemId") ?? e.RowKey,
        e.GetInt32("Yes") ?? 0,
        e.GetInt32("No") ?? 0,
        e.GetInt32("Abstain") ?? 0,
        (e.GetString("Voters") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .ToImmutableSortedSet(StringComparer.Ordinal),
        e.GetBoolean("Sealed") ?? false)
    {
        CandidateId = e.GetString("CandidateId"),
        Defer = e.GetInt32("Defer") ?? 0,
    };
}
