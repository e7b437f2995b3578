using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>Sends cards outside the current reply: to the team's channel, to one person privately, or over a card everyone sees.</summary>
/// Everything but the shared card's update goes through the <see cref="Outbox.Outbox"/>: stored before it is sent, so a
/// message a stored step owes is never lost to a failed send.
public sealed class Messenger(ConversationStore conversations, Outbox.Outbox outbox, Outbox.SharedCardUpdates updates, ILogger<Messenger> log)
{
    // What this process already stored, so a vote does not pay a storage write for an unchanged reference.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _remembered = new();
    private const int MaxRemembered = 10_000;
    // Teams whose posting channel an administrator or the secretary set: no activity moves it.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _confirmed = new();

    public static IMessageActivity Message(JObject card) =>
        MessageFactory.Attachment(new Attachment { ContentType = CardJson.ContentType, Content = PlainText.Of(card) });

    /// <summary>
    /// Remembers where to reach this conversation later: the person's chat, or the team's channel (top level, not the
    /// thread). Once an administrator or the secretary has set the posting channel (set-up saved there, 发布频道), no
    /// other activity moves it: a guest's message in another channel would otherwise redirect the minutes (issue 13,
    /// item 2). A team whose channel nobody has set yet follows its latest channel activity, as before.
    /// </summary>
    public async Task RememberAsync(ITurnContext turn, TurnScope scope, CancellationToken ct)
    {
        if (scope.TenantId is null) return;
        var reference = turn.Activity.GetConversationReference();
        if (scope.TeamId is not null && turn.Activity.Conversation?.ConversationType == "channel")
        {
            // The reference shares the activity's conversation: the turn from here on, its ledger key, its ballot's click
            // and its replies, sees the channel's id without the thread, on every instance alike, whether stored or not.
            reference.Conversation.Id = reference.Conversation.Id.Split(';')[0];
            reference.ActivityId = null;
            var key = ConversationStore.ChannelKey(scope.TeamId);
            if (_confirmed.ContainsKey(scope.TenantId + "|" + key)) return;
            await SaveOnceAsync(scope.TenantId, key, reference, ct, confirmed: false);
        }
        else if (turn.Activity.Conversation?.ConversationType == "personal" && scope.ActorId is not null)
        {
            await SaveOnceAsync(scope.TenantId, ConversationStore.PersonKey(scope.ActorId), reference, ct);
        }
    }

    /// <summary>This channel becomes the team's posting channel, set for good; false outside a team's channel.</summary>
    public async Task<bool> RememberChannelAsync(ITurnContext turn, TurnScope scope, CancellationToken ct)
    {
        if (scope.TenantId is null || scope.TeamId is null || turn.Activity.Conversation?.ConversationType != "channel") return false;
        var reference = turn.Activity.GetConversationReference();
        reference.Conversation.Id = reference.Conversation.Id.Split(';')[0];
        reference.ActivityId = null;
        var key = ConversationStore.ChannelKey(scope.TeamId);
        await conversations.SaveAsync(scope.TenantId, key, reference, ct, confirmed: true);
        Remember(_confirmed, scope.TenantId + "|" + key, reference.ServiceUrl + "|" + reference.Conversation.Id);
        return true;
    }

    private async Task SaveOnceAsync(string tenantId, string key, ConversationReference reference, CancellationToken ct, bool? confirmed = null)
    {
        var cacheKey = tenantId + "|" + key;
        var value = reference.ServiceUrl + "|" + reference.Conversation.Id;
        if (_remembered.TryGetValue(cacheKey, out var known) && known == value) return;
        // A channel set by the secretary or an administrator, perhaps on another instance, is never overwritten here.
        if (confirmed == false && await conversations.IsConfirmedAsync(tenantId, key, ct))
        {
            Remember(_confirmed, cacheKey, value);
            return;
        }
        await conversations.SaveAsync(tenantId, key, reference, ct);
        Remember(_remembered, cacheKey, value);
    }

    /// <summary>Bounded: forgetting costs one storage read or write.</summary>
    private static void Remember(System.Collections.Concurrent.ConcurrentDictionary<string, string> memory, string key, string value)
    {
        if (memory.Count >= MaxRemembered) memory.Clear();
        memory[key] = value;
    }

    /// <summary>A new post in the team's channel; true when it went out now, false when the outbox retries it.</summary>
    public Task<bool> PostToChannelAsync(string tenantId, string teamId, JObject card, CancellationToken ct) =>
        outbox.SendAsync(new Outbox.OutboxMessage(tenantId, teamId, "", "channel", Compact(card)), ct);

    /// <summary>
    /// Privately to a member of the team's group, by AAD object id; false (and a warning) when set-up stored no Teams
    /// account for them. A send that fails is kept in the outbox and retried; the stored step stands.
    /// </summary>
    public async Task<bool> SendToMemberAsync(ITurnContext turn, TeamGroup team, string memberId, JObject card, CancellationToken ct)
    {
        if (!team.Stored.TeamsAccounts.TryGetValue(memberId, out var account))
        {
            log.LogWarning("No Teams account stored for {Member}; set-up must be saved again", memberId);
            return false;
        }
        await outbox.SendAsync(Private(turn, team.Key.TenantId, team.Key.TeamId, "person:" + memberId, account, card), ct);
        return true;
    }

    /// <summary>Opens (or reuses) the 1:1 chat with a Teams account and sends the card there, through the outbox.</summary>
    public async Task SendPrivatelyAsync(ITurnContext turn, string tenantId, string teamsAccountId, JObject card, CancellationToken ct, string? teamId = null) =>
        await outbox.SendAsync(Private(turn, tenantId, teamId ?? TurnScope.From(turn).TeamId ?? "", "account:" + teamsAccountId, teamsAccountId, card), ct);

    private static Outbox.OutboxMessage Private(ITurnContext turn, string tenantId, string teamId, string to, string account, JObject card) =>
        new(tenantId, teamId, "", to, Compact(card))
        {
            Account = account, ServiceUrl = turn.Activity.ServiceUrl, ChannelId = turn.Activity.ChannelId, BotId = turn.Activity.Recipient?.Id,
        };

    private static string Compact(JObject card) => card.ToString(Newtonsoft.Json.Formatting.None);

    /// <summary>
    /// Replaces the card the action came from, so everyone sees the new state, not only the person who clicked: at most
    /// once a second per card, latest state winning (<see cref="Outbox.SharedCardUpdates"/>).
    /// </summary>
    /// <param name="current">Rebuilds the card for everyone from storage when a coalesced update goes out.</param>
    public async Task UpdateForEveryoneAsync(ITurnContext turn, JObject card, CancellationToken ct, Func<CancellationToken, Task<JObject?>>? current = null)
    {
        if (string.IsNullOrEmpty(turn.Activity.ReplyToId)) return;
        try
        {
            await updates.UpdateAsync(turn, card, current, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The clicker already has the new card in the invoke response; others see it on their next refresh.
            log.LogWarning(ex, "Could not update card {ActivityId} for everyone", turn.Activity.ReplyToId);
        }
    }
}
