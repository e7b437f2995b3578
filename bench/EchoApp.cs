using Azure.Core;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace PartyGroupBot.Bench;

/// <summary>
/// The baseline: the cheapest useful turn. The same host shape as BotAppHost (Kestrel, minimal API POST /api/messages,
/// ConfigurationBotFrameworkAuthentication, one CloudAdapter from a factory, a TeamsActivityHandler), the same Table
/// client options, and a bot that answers an adaptiveCard/action invoke with a one-line card after exactly one Table
/// storage write. Vote latency over this is what the meeting logic and its storage pattern cost.
/// </summary>
public static class EchoApp
{
    public static async Task<(WebApplication App, string MessagesUrl)> StartAsync(string connectionString, TurnMeter meter)
    {
        var builder = WebApplication.CreateBuilder(["--urls=http://127.0.0.1:0", "--environment=Bench", "--MicrosoftAppId=",
            "--Logging:LogLevel:Default=Warning"]);
        var services = builder.Services;
        services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        services.AddSingleton(sp => new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>()));
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<CloudAdapter>());
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);
        var table = new TableServiceClient(connectionString, options).GetTableClient("benchEcho");
        await table.CreateIfNotExistsAsync();
        services.AddSingleton(table);
        services.AddTransient<IBot, EchoBot>();

        var app = builder.Build();
        meter.Attach(app);
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken ct) =>
            adapter.ProcessAsync(request, response, bot, ct));
        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, url + "/api/messages");
    }

    private sealed class EchoBot(TableClient table) : TeamsActivityHandler
    {
        protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
            ITurnContext<IInvokeActivity> turn, AdaptiveCardInvokeValue invokeValue, CancellationToken ct)
        {
            await table.AddEntityAsync(new TableEntity(turn.Activity.Conversation.Id.Split(';')[0].Replace('/', '_').Replace('#', '_').Replace('?', '_'),
                turn.Activity.Id ?? Guid.NewGuid().ToString("N"))
            {
                ["Verb"] = invokeValue.Action?.Verb,
                ["From"] = turn.Activity.From?.AadObjectId,
            }, ct);
            var card = new JObject
            {
                ["type"] = "AdaptiveCard",
                ["version"] = "1.5",
                ["body"] = new JArray(new JObject { ["type"] = "TextBlock", ["text"] = "echo: " + invokeValue.Action?.Verb }),
            };
            return new AdaptiveCardInvokeResponse { StatusCode = 200, Type = "application/vnd.microsoft.card.adaptive", Value = card };
        }
    }
}
