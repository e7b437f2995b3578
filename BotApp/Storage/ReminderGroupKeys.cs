using System.Runtime.CompilerServices;
using Azure.Data.Tables;

namespace PartyGroupBot.Storage;

/// <summary>Every group's key, for the reminder planning pass. Reads the keys only, not the rosters.</summary>
public sealed class ReminderGroupKeys(TableStore store)
{
    // GroupStore's table; its rows are keyed tenant / team.
    private const string GroupsTable = "Groups";

    public async IAsyncEnumerable<GroupKey> AllAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        var table = await store.TableAsync(GroupsTable, ct);
        await foreach (var e in table.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"], cancellationToken: ct))
            yield return new GroupKey(e.PartitionKey, e.RowKey);
    }
}
