using Azure.Data.Tables;

namespace PartyGroupBot.Storage;

/// <summary>Opens the app's tables. A prefix keeps test runs (and deployments sharing an account) apart.</summary>
public sealed class TableStore(TableServiceClient service, string prefix)
{
    private readonly Dictionary<string, TableClient> _tables = new();
    private readonly SemaphoreSlim _lock = new(1, 1);

    public async Task<TableClient> TableAsync(string name, CancellationToken ct = default)
    {
        await _lock.WaitAsync(ct);
        try
        {
            if (_tables.TryGetValue(name, out var table)) return table;
            table = service.GetTableClient(prefix + name);
            await table.CreateIfNotExistsAsync(ct);
            _tables[name] = table;
            return table;
        }
        finally
        {
            _lock.Release();
        }
    }
}
