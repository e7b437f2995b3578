using Azure.Data.Tables;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace PartyGroupBot.Storage;

/// <summary>Conversation references for proactive messages: a team's channel, or a person's 1:1 chat with the bot.</summary>
public sealed class ConversationStore(TableStore store)
{
    private const string Table = "Conversations";

    public static string ChannelKey(string teamId) => "team|" + GroupKey.Escape(teamId);
    public static string PersonKey(string aadObjectId) => "user|" + GroupKey.Escape(aadObjectId);

    /// <param name="confirmed">Set by an administrator or the secretary (set-up saved there, 发布频道): no other activity moves it.</param>
    public async Task SaveAsync(string tenantId, string key, ConversationReference reference, CancellationToken ct = default, bool confirmed = false)
    {
        var table = await store.TableAsync(Table, ct);
        await table.UpsertEntityAsync(new TableEntity(GroupKey.Escape(tenantId), key)
        {
            ["Reference"] = JsonConvert.SerializeObject(reference),
            ["Confirmed"] = confirmed,
        }, TableUpdateMode.Replace, ct);
    }

    /// <summary>Whether the stored reference was set by an administrator or the secretary.</summary>
    public async Task<bool> IsConfirmedAsync(string tenantId, string key, CancellationToken ct = default)
    {
        var table = await store.TableAsync(Table, ct);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(GroupKey.Escape(tenantId), key, ["Confirmed"], ct);
        return found.HasValue && found.Value!.GetBoolean("Confirmed") == true;
    }

    public async Task<ConversationReference?> GetAsync(string tenantId, string key, CancellationToken ct = default)
    {
        var table = await store.TableAsync(Table, ct);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(GroupKey.Escape(tenantId), key, cancellationToken: ct);
        return found.HasValue ? JsonConvert.DeserializeObject<ConversationReference>(found.Value!.GetString("Reference")) : null;
    }
}
