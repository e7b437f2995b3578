using System.Text.Json;
using Azure.Data.Tables;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Resilience;

/// <summary>Reads what the bot really stored, straight from the tables, to check nothing was lost, doubled or half-written.</summary>
public static class Stored
{
    public sealed record Ballot(string Partition, string ItemId, string VoterId, string Choice);

    public static async Task<IReadOnlyList<(string Partition, string RowKey, string Type, string Data)>> EventsAsync(string connectionString, string prefix)
    {
        var rows = new List<(string, string, string, string)>();
        var table = new TableServiceClient(connectionString).GetTableClient(prefix + "Events");
        try
        {
            await foreach (var e in table.QueryAsync<TableEntity>())
                rows.Add((e.PartitionKey, e.RowKey, e.GetString("Type"), e.GetString("Data")));
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            // No table yet: nothing stored.
        }
        return rows;
    }

    /// <summary>Rows beside a meeting's chain while its votes are open: open ballots and their markers.</summary>
    public static async Task<IReadOnlyList<(string Partition, string RowKey, string Type, string Data)>> OpenRowsAsync(
        string connectionString, string prefix, string? partition = null)
    {
        var rows = new List<(string, string, string, string)>();
        var table = new TableServiceClient(connectionString).GetTableClient(prefix + "OpenBallots");
        try
        {
            await foreach (var e in table.QueryAsync<TableEntity>())
                if (partition is null || e.PartitionKey == partition)
                    rows.Add((e.PartitionKey, e.RowKey, e.GetString("Type"), e.GetString("Data")));
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            // No table yet: nothing stored.
        }
        return rows;
    }

    /// <summary>Every ballot stored: in the meetings' chains, and still open beside them.</summary>
    public static async Task<IReadOnlyList<Ballot>> BallotsAsync(string connectionString, string prefix) =>
        (await EventsAsync(connectionString, prefix)).Concat(await OpenRowsAsync(connectionString, prefix))
            .Where(e => e.Type == "BallotCast")
            .Select(e =>
            {
                using var doc = JsonDocument.Parse(e.Data);
                var root = doc.RootElement;
                return new Ballot(e.Partition, root.GetProperty("itemId").GetString()!, root.GetProperty("voterId").GetString()!,
                    root.GetProperty("choice").GetString()!);
            })
            .ToList();

    /// <summary>Every row of one table (none when the table was never created).</summary>
    public static async Task<IReadOnlyList<TableEntity>> RowsAsync(string connectionString, string prefix, string table)
    {
        var rows = new List<TableEntity>();
        try
        {
            await foreach (var e in new TableServiceClient(connectionString).GetTableClient(prefix + table).QueryAsync<TableEntity>()) rows.Add(e);
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
        }
        return rows;
    }

    /// <summary>The rows of every group's 议题库 log.</summary>
    public static async Task<IReadOnlyList<(string Partition, string RowKey, string Type, string Data)>> AgendaAsync(string connectionString, string prefix)
    {
        var rows = new List<(string, string, string, string)>();
        var table = new TableServiceClient(connectionString).GetTableClient(prefix + "Agenda");
        try
        {
            await foreach (var e in table.QueryAsync<TableEntity>())
                rows.Add((e.PartitionKey, e.RowKey, e.GetString("Type"), e.GetString("Data")));
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
        }
        return rows;
    }

    /// <summary>
    /// Makes an activity's claim look like that of an instance that died mid-turn: no answer kept, the lease run out.
    /// </summary>
    public static async Task ExpireActivityClaimAsync(string connectionString, string prefix, string activityId)
    {
        var table = new TableServiceClient(connectionString).GetTableClient(prefix + "Activities");
        var rowKey = PartyGroupBot.Storage.GroupKey.Escape(activityId);
        await foreach (var e in table.QueryAsync<TableEntity>(e => e.RowKey == rowKey))
            await table.UpsertEntityAsync(new TableEntity(e.PartitionKey, e.RowKey) { ["LeaseUntil"] = DateTimeOffset.UtcNow.AddMinutes(-1) },
                TableUpdateMode.Replace);
    }

    public static async Task<int> CountAsync(string connectionString, string prefix, string type) =>
        (await EventsAsync(connectionString, prefix)).Count(e => e.Type == type);

    /// <summary>
    /// Every row of the meeting-state tables (groups, meeting logs, ballot boxes) with its properties, in key order:
    /// equal snapshots mean a turn changed nothing. Conversation references are left out: every activity may refresh them.
    /// </summary>
    public static async Task<string> SnapshotAsync(string connectionString, string prefix)
    {
        var service = new TableServiceClient(connectionString);
        var lines = new List<string>();
        foreach (var name in new[] { "Groups", "Events", "BallotBoxes" })
        {
            try
            {
                await foreach (var e in service.GetTableClient(prefix + name).QueryAsync<TableEntity>())
                    lines.Add($"{name}|{e.PartitionKey}|{e.RowKey}|" + string.Join(";", e.Where(p => p.Key is not ("odata.etag" or "Timestamp"))
                        .OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")));
            }
            catch (Azure.RequestFailedException ex) when (ex.Status == 404)
            {
            }
        }
        lines.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines);
    }
}

/// <summary>Groups with any roles (the shared GroupSetup has a fixed roster of seven).</summary>
public static class Groups
{
    public static object SetupData(TeamsWorld world, IReadOnlyList<string> roles)
    {
        var data = new Newtonsoft.Json.Linq.JObject { ["profile"] = "chengzhong-hrss-2021" };
        for (var i = 0; i < world.People.Count; i++) data["role." + world[i].AadObjectId] = roles[i];
        return data;
    }

    /// <summary>Person 0 is the secretary (and the administrator); the others are members with a vote.</summary>
    public static string[] SecretaryAndMembers(int people) => ["secretary", .. Enumerable.Repeat("member", people - 1)];

    public static async Task SetUpAsync(TeamsClient client, TeamsWorld world, IReadOnlyList<string> roles)
    {
        var saved = await client.ClickAsync(world[0], "saveSetup", SetupData(world, roles));
        Assert.Contains("设置已保存", saved.AllText());
    }
}
