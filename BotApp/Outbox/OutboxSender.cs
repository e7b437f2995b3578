using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Bot;
using PartyGroupBot.Reminders;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Outbox;

/// <summary>
/// Delivers one owed message: a new post in the team's channel through its stored reference, or a private chat opened
/// with the person's Teams account from the service URL of the turn that owed it (else the channel's).
/// </summary>
public sealed class OutboxSender(CloudAdapter adapter, ConversationStore conversations, ConversationThrottle throttle, IConfiguration config)
{
    private string AppId => config["MicrosoftAppId"] ?? "";

    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var card = Messenger.Message(JObject.Parse(message.Card));
        var channel = await conversations.GetAsync(message.TenantId, ConversationStore.ChannelKey(message.TeamId), ct);
        if (message.To == "channel")
        {
            if (channel is null) throw new ReminderUndeliverableException($"No channel conversation stored for team {message.TeamId}.");
            await throttle.WaitTurnAsync(channel.Conversation.Id.Split(';')[0], ct);
            await Surfacing(callback => adapter.ContinueConversationAsync(AppId, channel, callback, ct), async (t, c) =>
            {
                ConnectorSerialization.Share(t);
                // Straight to the adapter: TurnContext would make this a reply to the continuation activity.
                var post = (Activity)card;
                post.ApplyConversationReference(channel);
                post.ReplyToId = null;
                await t.Adapter.SendActivitiesAsync(t, [post], c);
            });
            return;
        }
        var serviceUrl = message.ServiceUrl ?? channel?.ServiceUrl;
        var bot = message.BotId is { } botId ? new ChannelAccount(botId) : channel?.Bot;
        if (message.Account is null || serviceUrl is null)
            throw new ReminderUndeliverableException($"No Teams account or service URL to reach {message.To}.");
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = bot,
            Members = [new ChannelAccount(message.Account)],
            TenantId = message.TenantId,
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo(message.TenantId) },
        };
        await Surfacing(callback => adapter.CreateConversationAsync(AppId, message.ChannelId ?? "msteams", serviceUrl, null, parameters, callback, ct),
            async (t, c) => await t.SendActivityAsync(card, c));
    }

    /// <summary>The adapter hands a proactive callback's exceptions to OnTurnError, which swallows them: catch inside, rethrow outside.</summary>
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
}
