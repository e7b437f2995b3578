using Azure.Data.Tables;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Bot;
using PartyGroupBot.Cards;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bench;

/// <summary>
/// The baseline, served by BotAppHost itself: the cheapest turn that writes one row. An <c>echo</c> card click takes the
/// bot's own endpoint, guards, adapter and Teams activity handling, writes one row through the project's TableStore (its
/// Table client and retry options) and answers a one-line card; every other turn goes to the real bot untouched. The
/// bench registers it in BotAppHost's overrides, so the bot's code does not change for it.
/// </summary>
public sealed class EchoTurn(PartyGroupTeamsBot bot, TableStore tables) : TeamsActivityHandler
{
    public const string Verb = "echo";

    public static void Register(IServiceCollection services)
    {
        services.AddTransient<PartyGroupTeamsBot>();
        services.AddTransient<IBot, EchoTurn>();
    }

    public override Task OnTurnAsync(ITurnContext turn, CancellationToken ct) =>
        IsEcho(turn.Activity) ? base.OnTurnAsync(turn, ct) : bot.OnTurnAsync(turn, ct);

    private static bool IsEcho(Activity activity) =>
        activity.Type == ActivityTypes.Invoke && activity.Name == "adaptiveCard/action"
        && (activity.Value as JObject)?["action"]?["verb"]?.ToString() == Verb;

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
        ITurnContext<IInvokeActivity> turn, AdaptiveCardInvokeValue invokeValue, CancellationToken ct)
    {
        var table = await tables.TableAsync("Echo", ct);
        var team = turn.Activity.Conversation.Id.Split(';')[0];
        await table.AddEntityAsync(new TableEntity(GroupKey.Escape(team), turn.Activity.Id ?? Guid.NewGuid().ToString("N"))
        {
            ["From"] = turn.Activity.From?.AadObjectId,
        }, ct);
        var card = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JArray(new JObject { ["type"] = "TextBlock", ["text"] = "echo" }),
        };
        return new AdaptiveCardInvokeResponse { StatusCode = 200, Type = CardJson.ContentType, Value = card };
    }
}
