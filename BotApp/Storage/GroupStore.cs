using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using PartyGroupBot.Core.Groups;

namespace PartyGroupBot.Storage;

/// <summary>A group as stored: the Core group, each member's Teams account id (for private messages), and its current meeting.</summary>
public sealed record StoredGroup(
    PartyGroup Group,
    IReadOnlyDictionary<string, string> TeamsAccounts,
    string? ActiveMeetingId,
    ETag ETag,
    string? AadGroupId = null,
    string? TeamName = null);

/// <summary>Groups, members and roles: PartitionKey = tenant, RowKey = team.</summary>
public sealed class GroupStore(TableStore store)
{
    private const string Table = "Groups";

    public async Task<StoredGroup?> GetAsync(GroupKey key, CancellationToken ct = default)
    {
        var table = await store.TableAsync(Table, ct);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(key.Partition, key.Row, cancellationToken: ct);
        if (!found.HasValue) return null;
        var e = found.Value!;
        var members = JsonSerializer.Deserialize<List<StoredMember>>(e.GetString("Members"), EventSerializer.Options)!;
        return new StoredGroup(
            new PartyGroup(e.GetString("ProfileId"), members.Select(m => new GroupMember(m.Id, m.Name, m.Role)).ToList()),
            members.Where(m => m.TeamsId is not null).ToDictionary(m => m.Id, m => m.TeamsId!),
            e.GetString("ActiveMeetingId"),
            e.ETag,
            e.GetString("AadGroupId"),
            e.GetString("TeamName"));
    }

    /// <summary>Saves a set-up, keeping the current meeting pointer of the stored row.</summary>
    /// <param name="aadGroupId">The team's Microsoft 365 group id, which Graph needs to reach the channel's files.</param>
    /// <param name="teamName">The team's name as Teams gives it, to name the group in the personal chat.</param>
    public async Task SaveSetupAsync(
        GroupKey key, PartyGroup group, IReadOnlyDictionary<string, string> teamsAccounts, CancellationToken ct = default, string? aadGroupId = null,
        string? teamName = null)
    {
        var table = await store.TableAsync(Table, ct);
        var members = group.Members
            .Select(m => new StoredMember(m.Id, m.Name, m.Role, teamsAccounts.GetValueOrDefault(m.Id)))
            .ToList();
        var row = new TableEntity(key.Partition, key.Row)
        {
            ["ProfileId"] = group.ProfileId,
            ["Members"] = JsonSerializer.Serialize(members, EventSerializer.Options),
        };
        if (aadGroupId is not null) row["AadGroupId"] = aadGroupId;
        if (!string.IsNullOrWhiteSpace(teamName)) row["TeamName"] = teamName;
        await table.UpsertEntityAsync(row, TableUpdateMode.Merge, ct);
    }

    /// <summary>Points the group at its current meeting; false when the group changed since it was read.</summary>
    public async Task<bool> TrySetActiveMeetingAsync(GroupKey key, string meetingId, ETag etag, CancellationToken ct = default)
    {
        var table = await store.TableAsync(Table, ct);
        var row = new TableEntity(key.Partition, key.Row) { ["ActiveMeetingId"] = meetingId };
        try
        {
            await table.UpdateEntityAsync(row, etag, TableUpdateMode.Merge, ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return false;
        }
    }

    private sealed record StoredMember(string Id, string Name, Role Role, string? TeamsId);
}
