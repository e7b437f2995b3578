using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;

namespace PartyGroupBot.Storage;

/// <summary>
/// Copies every table of the app (those named with its prefix) to a folder, one JSON Lines file per table, and back.
/// Each property keeps its Edm type, so a restore writes back exactly what was read. A restore upserts: rows written
/// since the backup stay, rows in the backup are put back as they were (docs/runbook.md says when to use it).
/// </summary>
public sealed class TableBackup(TableServiceClient service, string prefix)
{
    public async Task<IReadOnlyDictionary<string, int>> BackUpAsync(string folder, CancellationToken ct = default)
    {
        Directory.CreateDirectory(folder);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        await foreach (var item in service.QueryAsync($"TableName ge '{prefix}' and TableName lt '{prefix}{{'", cancellationToken: ct))
        {
            // The app's tables are the prefix and a PascalCase name; "pgb2Groups" belongs to another prefix.
            if (!item.Name.StartsWith(prefix, StringComparison.Ordinal) || item.Name.Length == prefix.Length || !char.IsUpper(item.Name[prefix.Length])) continue;
            var name = item.Name[prefix.Length..];
            await using var file = new StreamWriter(Path.Combine(folder, name + ".jsonl"));
            var count = 0;
            await foreach (var entity in service.GetTableClient(item.Name).QueryAsync<TableEntity>(cancellationToken: ct))
            {
                await file.WriteLineAsync(Write(entity).ToJsonString());
                count++;
            }
            counts[name] = count;
        }
        return counts;
    }

    public async Task<IReadOnlyDictionary<string, int>> RestoreAsync(string folder, CancellationToken ct = default)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal))
        {
            var table = service.GetTableClient(prefix + Path.GetFileNameWithoutExtension(path));
            await table.CreateIfNotExistsAsync(ct);
            var count = 0;
            foreach (var line in await File.ReadAllLinesAsync(path, ct))
            {
                if (line.Length == 0) continue;
                await table.UpsertEntityAsync(Read(JsonNode.Parse(line)!.AsObject()), TableUpdateMode.Replace, ct);
                count++;
            }
            counts[Path.GetFileNameWithoutExtension(path)] = count;
        }
        return counts;
    }

    private static JsonObject Write(TableEntity entity)
    {
        var row = new JsonObject { ["PartitionKey"] = entity.PartitionKey, ["RowKey"] = entity.RowKey };
        foreach (var (key, value) in entity)
        {
            if (key is "PartitionKey" or "RowKey" or "Timestamp" or "odata.etag" || value is null) continue;
            row[key] = value switch
            {
                string s => Typed("Edm.String", s),
                bool b => Typed("Edm.Boolean", b ? "true" : "false"),
                int i => Typed("Edm.Int32", i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                long l => Typed("Edm.Int64", l.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                double d => Typed("Edm.Double", d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
                DateTimeOffset t => Typed("Edm.DateTime", t.ToString("O")),
                DateTime t => Typed("Edm.DateTime", new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)).ToString("O")),
                Guid g => Typed("Edm.Guid", g.ToString()),
                byte[] bytes => Typed("Edm.Binary", Convert.ToBase64String(bytes)),
                BinaryData data => Typed("Edm.Binary", Convert.ToBase64String(data.ToArray())),
                _ => throw new NotSupportedException($"Property {key} of {entity.PartitionKey}|{entity.RowKey} has type {value.GetType()}"),
            };
        }
        return row;
    }

    private static JsonObject Typed(string type, string value) => new() { ["type"] = type, ["value"] = value };

    private static TableEntity Read(JsonObject row)
    {
        var entity = new TableEntity((string)row["PartitionKey"]!, (string)row["RowKey"]!);
        foreach (var (key, node) in row)
        {
            if (key is "PartitionKey" or "RowKey") continue;
            var value = (string)node!["value"]!;
            var invariant = System.Globalization.CultureInfo.InvariantCulture;
            entity[key] = (string)node["type"]! switch
            {
                "Edm.String" => value,
                "Edm.Boolean" => value == "true",
                "Edm.Int32" => int.Parse(value, invariant),
                "Edm.Int64" => long.Parse(value, invariant),
                "Edm.Double" => double.Parse(value, invariant),
                "Edm.DateTime" => DateTimeOffset.Parse(value, invariant, System.Globalization.DateTimeStyles.RoundtripKind),
                "Edm.Guid" => Guid.Parse(value),
                "Edm.Binary" => Convert.FromBase64String(value),
                var other => throw new NotSupportedException($"Unknown type {other} of {key}"),
            };
        }
        return entity;
    }
}
