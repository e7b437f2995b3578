using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.MinutesDocs;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>A message a stored step owes: decided with the step's outcome, sent by <see cref="Deliveries"/>.</summary>
public abstract record Delivery;

/// <summary>Privately to a member of the team's group.</summary>
public sealed record ToMember(string MemberId, JObject Card) : Delivery;

/// <summary>Privately to a Teams account that is not in the group (an observer, Q5), by its id in the team's roster.</summary>
public sealed record ToAccount(string TeamsAccountId, JObject Card) : Delivery;

/// <summary>
/// A new message in the conversation the click came from, sent within the turn (the ballot after openVote: the meeting's
/// next step, not a notice). If it cannot be sent the turn fails, so the clicker sees it did not work.
/// </summary>
public sealed record InThisConversation(JObject Card) : Delivery;

/// <summary>A new post in the team's channel; while the outbox still has to send it, the answer says so on top (<paramref name="WaitingKey"/>).</summary>
public sealed record ToChannel(JObject Card, string? WaitingKey = null) : Delivery;

/// <summary>The card the action came from, replaced for everyone; <paramref name="Current"/> rebuilds it for a coalesced update.</summary>
public sealed record ForEveryone(JObject Card, Func<CancellationToken, Task<JObject?>>? Current = null) : Delivery
{
    /// <summary>The clicker and everyone see the same card (the roll call).</summary>
    public static Outcome Answering(JObject card, Func<CancellationToken, Task<JObject?>>? current = null) => new(card, [new ForEveryone(card, current)]);
}

/// <summary>A document into the channel's files through Graph, off the invoke's path (Teams waits only seconds).</summary>
public sealed record ToChannelFiles(string GroupId, string ChannelId, string FileName, Func<byte[]> Document) : Delivery;

/// <summary>What a verb's turn gives: the clicker's answer, and who else is told what.</summary>
public sealed record Outcome(JObject Answer, IReadOnlyList<Delivery> Deliveries)
{
    public static implicit operator Outcome(JObject answer) => new(answer, []);
}

/// <summary>
/// Where a turn's messages leave: everything through the <see cref="Messenger"/>, so through the outbox (stored before
/// it is sent) but the shared card's coalesced update. The stored step stands whatever happens to one message.
/// </summary>
public sealed class Deliveries(Messenger messenger, ILogger<Deliveries> log, MinutesArchive? archive = null)
{
    /// <returns>The answer, with a notice on top when a channel post waits in the outbox.</returns>
    public async Task<JObject> SendAsync(ITurnContext turn, TurnScope scope, TeamGroup team, Outcome outcome, CancellationToken ct)
    {
        var answer = outcome.Answer;
        // A member with no stored Teams account gets nothing more this turn: one warning, not one per card.
        var unreachable = new HashSet<string>();
        foreach (var delivery in outcome.Deliveries)
        {
            try
            {
                switch (delivery)
                {
                    case ToMember m when !unreachable.Contains(m.MemberId):
                        if (!await messenger.SendToMemberAsync(turn, team, m.MemberId, m.Card, ct)) unreachable.Add(m.MemberId);
                        break;
                    case InThisConversation m:
                        await turn.SendActivityAsync(Messenger.Message(m.Card), ct);
                        break;
                    case ToAccount a:
                        await messenger.SendPrivatelyAsync(turn, team.Key.TenantId, a.TeamsAccountId, a.Card, ct, team.Key.TeamId);
                        break;
                    case ToChannel c:
                        if (!await messenger.PostToChannelAsync(team.Key.TenantId, team.Key.TeamId, c.Card, ct) && c.WaitingKey is { } waiting)
                        {
                            log.LogWarning("A post to the channel of {Team} waits in the outbox", team.Key.TeamId);
                            answer = RefusalCard.Over(RefusalCard.Build(scope.Texts[waiting]), answer);
                        }
                        break;
                    case ForEveryone e:
                        await messenger.UpdateForEveryoneAsync(turn, e.Card, ct, e.Current);
                        break;
                    case ToChannelFiles f when archive is not null:
                        _ = ArchiveAsync(archive, f);
                        break;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException && !StorageOutage.Is(ex) && delivery is not InThisConversation)
            {
                log.LogError(ex, "A message owed by a stored step ({Delivery}) could not be handed to the outbox", delivery.GetType().Name);
            }
        }
        return answer;
    }

    /// <summary>Never able to undo the step that owes it: a failure is logged for the office to upload by hand.</summary>
    private async Task ArchiveAsync(MinutesArchive to, ToChannelFiles file)
    {
        try
        {
            await to.UploadAsync(file.GroupId, file.ChannelId, file.FileName, file.Document(), CancellationToken.None);
        }
        catch (Exception ex)
        {
            log.LogError(ex, "Archiving {File} to the channel's files failed", file.FileName);
        }
    }
}
