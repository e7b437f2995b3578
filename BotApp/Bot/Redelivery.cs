using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>
/// Teams retries a slow turn and may deliver one activity twice (DESIGN.md): each activity is claimed in the
/// <see cref="ActivityLedger"/> before it is handled, and an invoke's answer is kept, so a repeat gets the first answer
/// and changes nothing. A turn that meets a storage outage gives its claim back, so the retry is handled afresh.
/// </summary>
public sealed class Redelivery(ActivityLedger ledger, ILogger<Redelivery> log)
{
    /// <summary>A message is handled once; a repeat does nothing.</summary>
    public async Task OnceAsync(ITurnContext turn, Func<Task> handle, CancellationToken ct)
    {
        var claim = await ClaimAsync(turn, ct);
        if (claim is { IsFirst: false }) return;
        await ReleasingOnOutageAsync(turn, async () => { await handle(); return 0; }, ct);
    }

    /// <summary>A card action is handled once; a repeat gets the answer the first one got.</summary>
    public async Task<JObject> OnceAsync(ITurnContext turn, Func<Task<JObject>> handle, CancellationToken ct)
    {
        var claim = await ClaimAsync(turn, ct);
        if (claim is { IsFirst: false, Answer: { } answer }) return JObject.Parse(answer);
        var card = await ReleasingOnOutageAsync(turn, handle, ct);
        if (claim is not null)
            await ledger.SaveAnswerAsync(turn.Activity.Conversation.Id, turn.Activity.Id, card.ToString(Newtonsoft.Json.Formatting.None), ct);
        return card;
    }

    private async Task<T> ReleasingOnOutageAsync<T>(ITurnContext turn, Func<Task<T>> handle, CancellationToken ct)
    {
        try
        {
            return await handle();
        }
        catch (Exception ex) when (StorageOutage.Is(ex))
        {
            await ReleaseAsync(turn, ct);
            throw;
        }
    }

    /// <summary>Null when the activity has no id to recognise it by.</summary>
    private async Task<ActivityLedger.Claim?> ClaimAsync(ITurnContext turn, CancellationToken ct) =>
        IsIdentified(turn) ? await ledger.ClaimAsync(turn.Activity.Conversation.Id, turn.Activity.Id, ct) : null;

    private async Task ReleaseAsync(ITurnContext turn, CancellationToken ct)
    {
        if (!IsIdentified(turn)) return;
        try
        {
            await ledger.ReleaseAsync(turn.Activity.Conversation.Id, turn.Activity.Id, ct);
        }
        catch (Exception ex) when (StorageOutage.Is(ex))
        {
            log.LogWarning(ex, "Could not release activity {Id}; a retry will wait for it, then run", turn.Activity.Id);
        }
    }

    private static bool IsIdentified(ITurnContext turn) =>
        !string.IsNullOrEmpty(turn.Activity.Id) && !string.IsNullOrEmpty(turn.Activity.Conversation?.Id);
}
