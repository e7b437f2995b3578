using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>Sends cards outside the current reply: to the team's channel, to one person privately, or over a card everyone sees.</summary>
public sealed class Messenger(CloudAdapter adapter, ConversationStore conversations, IConfiguration config, ILogger<Messenger> log)
{
    // What this process already stored, so a vote does not pay a storage write for an unchanged reference.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _remembered = new();

    private string AppId => config["MicrosoftAppId"] ?? "";

    public static IMessageActivity Message(JObject card) =>
        MessageFactory.Attachment(new Attachment { ContentType = CardJson.ContentType, Content = card });

    /// <summary>Remembers where to reach this conversation later: the channel (top level, not the thread) or the person's chat.</summary>
    public async Task RememberAsync(ITurnContext turn, TurnScope scope, CancellationToken ct)
    {
        if (scope.TenantId is null) return;
        var reference = turn.Activity.GetConversationReference();
        if (scope.TeamId is not null && turn.Activity.Conversation?.ConversationType == "channel")
        {
            reference.Conversation.Id = reference.Conversation.Id.Split(';')[0];
            reference.ActivityId = null;
            await SaveOnceAsync(scope.TenantId, ConversationStore.ChannelKey(scope.TeamId), reference, ct);
        }
        else if (turn.Activity.Conversation?.ConversationType == "personal" && scope.ActorId is not null)
        {
            await SaveOnceAsync(scope.TenantId, ConversationStore.PersonKey(scope.ActorId), reference, ct);
        }
    }

    private async Task SaveOnceAsync(string tenantId, string key, ConversationReference reference, CancellationToken ct)
    {
        var cacheKey = tenantId + "|" + key;
        var value = reference.ServiceUrl + "|" + reference.Conversation.Id;
        if (_remembered.TryGetValue(cacheKey, out var known) && known == value) return;
        await conversations.SaveAsync(tenantId, key, reference, ct);
        _remembered[cacheKey] = value;
    }

    public async Task PostToChannelAsync(string tenantId, string teamId, JObject card, CancellationToken ct)
    {
        var reference = await conversations.GetAsync(tenantId, ConversationStore.ChannelKey(teamId), ct)
            ?? throw new InvalidOperationException($"No channel conversation stored for team {teamId}.");
        await Surfacing(callback => adapter.ContinueConversationAsync(AppId, reference, callback, ct), async (t, c) =>
        {
            ConnectorSerialization.Share(t);
            // Straight to the adapter: TurnContext would make this a reply to the continuation activity,
            // and the minutes are a new post in the channel, not a reply in some thread.
            var post = (Activity)Message(card);
            post.ApplyConversationReference(reference);
            post.ReplyToId = null;
            await t.Adapter.SendActivitiesAsync(t, [post], c);
        });
    }

    /// <summary>
    /// Privately to a member of the team's group, by AAD object id; false (and a warning) when set-up stored no Teams
    /// account for them. A failed send throws, for the caller to decide whether its stored event still stands.
    /// </summary>
    public async Task<bool> SendToMemberAsync(ITurnContext turn, TeamGroup team, string memberId, JObject card, CancellationToken ct)
    {
        if (!team.Stored.TeamsAccounts.TryGetValue(memberId, out var account))
        {
            log.LogWarning("No Teams account stored for {Member}; set-up must be saved again", memberId);
            return false;
        }
        await SendPrivatelyAsync(turn, team.Key.TenantId, account, card, ct);
        return true;
    }

    /// <summary>Opens (or reuses) the 1:1 chat with a member and sends the card there.</summary>
    public async Task SendPrivatelyAsync(ITurnContext turn, string tenantId, string teamsAccountId, JObject card, CancellationToken ct)
    {
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = turn.Activity.Recipient,
            Members = [new ChannelAccount(teamsAccountId)],
            TenantId = tenantId,
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo(tenantId) },
        };
        await Surfacing(callback => adapter.CreateConversationAsync(AppId, turn.Activity.ChannelId, turn.Activity.ServiceUrl, null, parameters, callback, ct),
            async (t, c) => await t.SendActivityAsync(Message(card), c));
    }

    /// <summary>
    /// The adapter runs a proactive callback as a turn, and its turn-error handler would log and swallow a failed send;
    /// catching inside and rethrowing outside lets the caller know the card did not go out.
    /// </summary>
    private static async Task Surfacing(Func<BotCallbackHandler, Task> run, BotCallbackHandler send)
    {
        Exception? failed = null;
        await run(async (t, c) =>
        {
            try { await send(t, c); }
            catch (Exception ex) { failed = ex; }
        });
        if (failed is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failed);
    }

    /// <summary>Replaces the card the action came from, so everyone sees the new state, not only the person who clicked.</summary>
    public async Task UpdateForEveryoneAsync(ITurnContext turn, JObject card, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(turn.Activity.ReplyToId)) return;
        var update = Message(card);
        update.Id = turn.Activity.ReplyToId;
        try
        {
            await turn.UpdateActivityAsync(update, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The clicker already has the new card in the invoke response; others see it on their next refresh.
            log.LogWarning(ex, "Could not update card {ActivityId} for everyone", turn.Activity.ReplyToId);
        }
    }
}
