using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using PartyGroupBot.Bot;
using PartyGroupBot.Core.Profiles;
using PartyGroupBot.Core.Reminders;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Reminders;

/// <summary>Nothing to send to: no conversation stored, or the person is not in the group any more. Retrying would not help.</summary>
public sealed class ReminderUndeliverableException(string message) : Exception(message);

/// <summary>
/// Sends one stored reminder as a proactive card through a stored ConversationReference: a new post in the team's
/// channel, or the person's 1:1 chat (opened from the channel's service URL when the person never wrote to the bot).
/// </summary>
public sealed class ReminderSender(CloudAdapter adapter, ConversationStore conversations, GroupStore groups, IConfiguration config)
{
    private string AppId => config["MicrosoftAppId"] ?? "";

    public async Task SendAsync(ReminderRow row, CancellationToken ct)
    {
        var group = await groups.GetAsync(new GroupKey(row.TenantId, row.TeamId), ct);
        var profile = group?.Group.OwnProfile ?? (group is not null && RuleProfiles.Exists(group.Group.ProfileId)
            ? RuleProfiles.Get(group.Group.ProfileId) : RuleProfiles.ChengzhongHrss2021);
        var message = Messenger.Message(ReminderCard.Build(row.Reminder, profile));
        var channel = await conversations.GetAsync(row.TenantId, ConversationStore.ChannelKey(row.TeamId), ct);
        var to = row.Reminder.To;

        if (to.Kind == RecipientKind.Channel)
        {
            if (channel is null) throw new ReminderUndeliverableException($"No channel conversation stored for team {row.TeamId}.");
            await ContinueAsync(channel, message, ct);
            return;
        }

        var chat = await conversations.GetAsync(row.TenantId, ConversationStore.PersonKey(to.Value), ct);
        if (chat is not null)
        {
            await ContinueAsync(chat, message, ct);
            return;
        }
        if (channel is null || group is null || !group.TeamsAccounts.TryGetValue(to.Value, out var account))
            throw new ReminderUndeliverableException($"No chat with {to.Value} and no way to open one.");
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = channel.Bot,
            Members = [new ChannelAccount(account)],
            TenantId = row.TenantId,
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo(row.TenantId) },
        };
        Exception? failed = null;
        await adapter.CreateConversationAsync(AppId, channel.ChannelId, channel.ServiceUrl, null, parameters,
            async (t, c) => failed = await TryAsync(() => t.Adapter.SendActivitiesAsync(t, [NewPost(message, t.Activity.GetConversationReference())], c)), ct);
        if (failed is not null) throw failed;
    }

    /// <summary>
    /// The adapter runs the callback as a turn and hands its exceptions to OnTurnError, which logs and swallows them;
    /// a reminder must know its send failed, so the callback catches and this method rethrows.
    /// </summary>
    private async Task ContinueAsync(ConversationReference reference, IMessageActivity message, CancellationToken ct)
    {
        Exception? failed = null;
        await adapter.ContinueConversationAsync(AppId, reference,
            async (t, c) =>
            {
                Bot.ConnectorSerialization.Share(t);
                failed = await TryAsync(() => t.Adapter.SendActivitiesAsync(t, [NewPost(message, reference)], c));
            }, ct);
        if (failed is not null) throw failed;
    }

    /// <summary>A new message in the conversation, not a reply to whatever activity the reference last pointed at.</summary>
    private static Activity NewPost(IMessageActivity message, ConversationReference reference)
    {
        var post = (Activity)message;
        post.ApplyConversationReference(reference);
        post.ReplyToId = null;
        return post;
    }

    private static async Task<Exception?> TryAsync(Func<Task> send)
    {
        try
        {
            await send();
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }
}
