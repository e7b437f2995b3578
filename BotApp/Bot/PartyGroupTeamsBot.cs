using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>The Teams entry point: parse the turn, hand it to a command or card action, answer with a card.</summary>
public sealed class PartyGroupTeamsBot(
    MessageCommands commands, CardActions actions, Messenger messenger, Redelivery redelivery,
    IConfiguration config, ILogger<PartyGroupTeamsBot> log)
    : TeamsActivityHandler
{
    // A store that did not answer while the conversation was remembered will not answer the turn either: the turn says
    // "try again" at once instead of waiting out a second round of timeouts, by when Teams has stopped waiting.
    private const string StorageAway = "PartyGroupBot.StorageAway";

    /// <summary>Every turn, card clicks included, tells where the team's channel and each person's chat are.</summary>
    public override async Task OnTurnAsync(ITurnContext turn, CancellationToken ct)
    {
        // The Agents Playground always says en-US; a local run sets Bot:Locale to see the Chinese cards users get.
        if (config["Bot:Locale"] is { Length: > 0 } locale) turn.Activity.Locale = locale;
        ConnectorSerialization.Share(turn);
        log.LogInformation("{Type} {Name} from {Actor} in {Conversation}", turn.Activity.Type, turn.Activity.Name,
            turn.Activity.From?.AadObjectId, turn.Activity.Conversation?.Id);
        try
        {
            await messenger.RememberAsync(turn, TurnScope.From(turn), ct);
        }
        catch (Exception ex) when (StorageOutage.Is(ex))
        {
            // Nothing was changed; the turn's handler tells the user without trying storage again.
            log.LogWarning(ex, "Storage outage while remembering a conversation");
            turn.TurnState.Set(StorageAway, ex);
        }
        await base.OnTurnAsync(turn, ct);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turn, CancellationToken ct)
    {
        var scope = TurnScope.From(turn);
        try
        {
            ThrowIfStorageAway(turn);
            await redelivery.OnceAsync(turn, () => commands.HandleAsync(turn, scope, ct), ct);
        }
        catch (Exception ex) when (StorageOutage.Is(ex))
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
            ThrowIfStorageAway(turn);
            var (verb, data) = (invokeValue.Action?.Verb, CardData.From(invokeValue.Action?.Data));
            Task<JObject> Handle() => actions.HandleAsync(turn, scope, verb, data, ct);
            card = CardActions.AnswersRepeatsItself(verb) ? await Handle() : await redelivery.OnceAsync(turn, Handle, ct);
        }
        catch (Exception ex) when (StorageOutage.Is(ex))
        {
            log.LogWarning(ex, "Storage outage during {Verb}", invokeValue.Action?.Verb);
            card = RefusalCard.Build(scope.Texts["notice.storage"]);
        }
        return Answer(card);
    }

    private static void ThrowIfStorageAway(ITurnContext turn)
    {
        if (turn.TurnState.Get<Exception>(StorageAway) is { } outage) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(outage);
    }

    private static AdaptiveCardInvokeResponse Answer(JObject card) =>
        new() { StatusCode = 200, Type = CardJson.ContentType, Value = PlainText.Of(card) };
}
