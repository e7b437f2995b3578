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
        if (claim is not null) await ledger.SaveAnswerAsync(turn.Activity.Conversation.Id, turn.Activity.Id, "", ct);
    }

    /// <summary>A card action is handled once; a repeat gets the answer the first one got.</summary>
    public async Task<JObject> OnceAsync(ITurnContext turn, Func<Task<JObject>> handle, CancellationToken ct)
    {
        var claim = await ClaimAsync(turn, ct);
        if (claim is { IsFirst: false, Answer: { } answer }) return JObject.Parse(answer);
        // Waited longer than anyone waits for a click: say so rather than run it a second time.
        if (claim is { IsFirst: false }) return Cards.RefusalCard.Build(TurnScope.From(turn).Texts["notice.storage"]);
        var card = await ReleasingOnOutageAsync(turn, handle, ct);
        if (claim is not null)
            await ledger.SaveAnswerAsync(turn.Activity.Conversation.Id, turn.Activity.Id, card.ToString(Newtonsoft.Json.Formatting.None), ct);
        return card;
    }

    /// <summary>
    /// Runs the turn with its activity as the cause of what it appends (<see cref="CausingActivity"/>), renewing its
    /// claim while it runs so that a redelivery waits for it instead of running it again.
    /// </summary>
    private async Task<T> ReleasingOnOutageAsync<T>(ITurnContext turn, Func<Task<T>> handle, CancellationToken ct)
    {
        using var cause = IsIdentified(turn) ? CausingActivity.Begin(turn.Activity.Id) : null;
        using var running = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var renewing = IsIdentified(turn) ? RenewWhileRunningAsync(turn, running.Token) : Task.CompletedTask;
        try
        {
            return await handle();
        }
        catch (Exception ex) when (StorageOutage.Is(ex))
        {
            await ReleaseAsync(turn, ct);
            throw;
        }
        finally
        {
            await running.CancelAsync();
            await renewing;
        }
    }

    private async Task RenewWhileRunningAsync(ITurnContext turn, CancellationToken ct)
    {
        try
        {
            while (true)
            {
                await Task.Delay(ActivityLedger.Lease / 3, ct);
                await ledger.RenewAsync(turn.Activity.Conversation.Id, turn.Activity.Id, ct);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex) when (StorageOutage.Is(ex))
        {
            log.LogWarning(ex, "Could not renew the claim on activity {Id}", turn.Activity.Id);
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
