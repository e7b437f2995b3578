using Azure.Monitor.OpenTelemetry.AspNetCore;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using OpenTelemetry.Logs;

namespace PartyGroupBot.Hosting;

/// <summary>
/// OpenTelemetry through the Azure Monitor distro (requests, dependencies such as Table storage and the connector, logs)
/// when Application Insights is configured (<c>APPLICATIONINSIGHTS_CONNECTION_STRING</c>, an App Service setting).
/// Every log written during a turn carries the turn's tenant, team, conversation, activity, verb and meeting ids as
/// scope; never the card data itself, which holds a ballot's choice, nor any title.
/// </summary>
public static class Telemetry
{
    public const string ConnectionStringKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    public static void AddBotTelemetry(this IServiceCollection services, IConfiguration config)
    {
        if (config[ConnectionStringKey] is not { Length: > 0 } connection) return;
        services.AddOpenTelemetry().UseAzureMonitor(o =>
        {
            o.ConnectionString = connection;
            // Keep every turn: the distro's default (5 traces a second) drops the traces of a vote's burst of clicks and,
            // with them, their logs; a party group's traffic is a few turns a minute, and each one may need explaining.
            o.TracesPerSecond = null;
            o.SamplingRatio = 1.0F;
        });
        services.Configure<OpenTelemetryLoggerOptions>(o => o.IncludeScopes = true);
    }
}

/// <summary>Opens the log scope of a turn: ids only, taken from the activity and the card data's ids.</summary>
public sealed class TurnLogScope(ILogger<TurnLogScope> log) : Microsoft.Bot.Builder.IMiddleware
{
    /// <summary>The only card data fields that reach logs: ids. A choice, a title, a reason or an opinion never does.</summary>
    private static readonly string[] IdFields = ["meetingId", "itemId"];

    public async Task OnTurnAsync(ITurnContext turn, NextDelegate next, CancellationToken ct)
    {
        using (log.BeginScope(Fields(turn.Activity))) await next(ct);
    }

    public static Dictionary<string, object?> Fields(Activity activity)
    {
        var data = activity.GetChannelData<Microsoft.Bot.Schema.Teams.TeamsChannelData>();
        var fields = new Dictionary<string, object?>
        {
            ["TenantId"] = data?.Tenant?.Id ?? activity.Conversation?.TenantId,
            ["TeamId"] = data?.Team?.Id,
            ["ConversationId"] = activity.Conversation?.Id,
            ["ActivityId"] = activity.Id,
            ["ActivityType"] = activity.Type,
        };
        if (activity.Value is JObject value && value["action"] is JObject action)
        {
            fields["Verb"] = action.Value<string>("verb");
            if (action["data"] is JObject cardData)
                foreach (var id in IdFields)
                    if (cardData[id] is JValue { Type: JTokenType.String or JTokenType.Integer } field)
                        fields[char.ToUpperInvariant(id[0]) + id[1..]] = field.ToString();
        }
        return fields;
    }
}
