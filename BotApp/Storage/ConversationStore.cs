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

    public async Task SaveAsync(string tenantId, string key, ConversationReference reference, CancellationToken ct = default)
    {
        var table = await store.TableAsync(Table, ct);
        await table.UpsertEntityAsync(new TableEntity(GroupKey.Escape(tenantId), key)
        {
            ["Reference"] = JsonConvert.SerializeObject(reference),
        }, TableUpdateMode.Replace, ct);
    }

    public async Task<ConversationReference?> GetAsync(string tenantId, string key, CancellationToken ct = default)
    {
        var table = await store.TableAsync(Table, ct);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(GroupKey.Escape(tenantId), key, cancellationToken: ct);
        return found.HasValue ? JsonConvert.DeserializeObject<ConversationReference>(found.Value!.GetString("Reference")) : null;
    }
}
