using Azure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>The Teams entry point: parse the turn, hand it to a command or card action, answer with a card.</summary>
public sealed class PartyGroupTeamsBot(
    MessageCommands commands, CardActions actions, Messenger messenger, ActivityLedger ledger,
    IConfiguration config, ILogger<PartyGroupTeamsBot> log)
    : TeamsActivityHandler
{
    /// <summary>Every turn, card clicks included, tells where the team's channel and each person's chat are.</summary>
    public override async Task OnTurnAsync(ITurnContext turn, CancellationToken ct)
    {
        // The Agents Playground always says en-US; a local run sets Bot:Locale to see the Chinese cards users get.
        if (config["Bot:Locale"] is { Length: > 0 } locale) turn.Activity.Locale = locale;
        log.LogInformation("{Type} {Name} from {Actor} in {Conversation}", turn.Activity.Type, turn.Activity.Name,
            turn.Activity.From?.AadObjectId, turn.Activity.Conversation?.Id);
        try
        {
            await messenger.RememberAsync(turn, TurnScope.From(turn), ct);
        }
        catch (Exception ex) when (IsStorageOutage(ex))
        {
            // The turn's own handler meets the same outage and tells the user; nothing was changed.
            log.LogWarning(ex, "Storage outage while remembering a conversation");
        }
        await base.OnTurnAsync(turn, ct);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turn, CancellationToken ct)
    {
        var scope = TurnScope.From(turn);
        try
        {
            var claim = await ClaimAsync(turn, ct);
            if (claim is { IsFirst: false }) return; // Teams delivered it again; it was answered once.
            try
            {
                await commands.HandleAsync(turn, scope, ct);
            }
            catch (Exception ex) when (IsStorageOutage(ex))
            {
                await ReleaseAsync(turn, ct);
                throw;
            }
        }
        catch (Exception ex) when (IsStorageOutage(ex))
        {
            log.LogWarning(ex, "Storage outage during a message turn");
            await turn.SendActivityAsync(Messenger.Message(RefusalCard.Build(scope.Texts["notice.storage"])), ct);
        }
    }

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
        ITurnContext<IInvokeActivity> turn, AdaptiveCardInvokeValue invokeValue, CancellationToken ct)
    {
        var scope = TurnScope.From(turn);
        JObject card;
        try
        {
            var claim = await ClaimAsync(turn, ct);
            if (claim is { IsFirst: false, Answer: { } answer })
                return Answer(JObject.Parse(answer)); // The same click again: the same answer, nothing done twice.
            try
            {
                card = await actions.HandleAsync(turn, scope, invokeValue.Action?.Verb, CardData.From(invokeValue.Action?.Data), ct);
            }
            catch (Exception ex) when (IsStorageOutage(ex))
            {
                await ReleaseAsync(turn, ct);
                throw;
            }
            if (claim is not null) await ledger.SaveAnswerAsync(turn.Activity.Conversation.Id, turn.Activity.Id, card.ToString(Newtonsoft.Json.Formatting.None), ct);
        }
        catch (Exception ex) when (IsStorageOutage(ex))
        {
            log.LogWarning(ex, "Storage outage during {Verb}", invokeValue.Action?.Verb);
            card = RefusalCard.Build(scope.Texts["notice.storage"]);
        }
        return Answer(card);
    }

    private static AdaptiveCardInvokeResponse Answer(JObject card) =>
        new() { StatusCode = 200, Type = CardJson.ContentType, Value = card };

    /// <summary>Null when the activity has no id to recognise it by.</summary>
    private async Task<ActivityLedger.Claim?> ClaimAsync(ITurnContext turn, CancellationToken ct) =>
        string.IsNullOrEmpty(turn.Activity.Id) || string.IsNullOrEmpty(turn.Activity.Conversation?.Id)
            ? null
            : await ledger.ClaimAsync(turn.Activity.Conversation.Id, turn.Activity.Id, ct);

    private async Task ReleaseAsync(ITurnContext turn, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(turn.Activity.Id) || string.IsNullOrEmpty(turn.Activity.Conversation?.Id)) return;
        try
        {
            await ledger.ReleaseAsync(turn.Activity.Conversation.Id, turn.Activity.Id, ct);
        }
        catch (Exception ex) when (IsStorageOutage(ex))
        {
            log.LogWarning(ex, "Could not release activity {Id}; a retry will wait for it, then run", turn.Activity.Id);
        }
    }

    /// <summary>Table storage unreachable or failing: the turn wrote nothing it must take back, so the user can simply retry.</summary>
    private static bool IsStorageOutage(Exception ex) => ex switch
    {
        StorageUnavailableException => true,
        RequestFailedException r => r.Status == 0 || r.Status >= 500,
        AggregateException a => a.InnerExceptions.Any(IsStorageOutage),
        _ => ex.InnerException is not null && IsStorageOutage(ex.InnerException),
    };
}
