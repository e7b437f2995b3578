using System.Net;
using System.Text;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PartyGroupBot.Tests.Infrastructure;

/// <summary>Posts real Bot Framework activities to the bot's HTTP endpoint, as Teams does for a channel.</summary>
public sealed class TeamsClient(HttpClient http, IBotEndpoint bot, FakeConnector connector, TeamsWorld world)
{
    private static readonly JsonSerializerSettings Settings = new() { NullValueHandling = NullValueHandling.Ignore };

    public string? Locale { get; set; }

    /// <summary>What the bot sent through the connector this client's requests go to.</summary>
    public FakeConnector Connector => connector;

    public Activity Channel(TeamsPerson from, string type)
    {
        var activity = new Activity
        {
            Type = type,
            // Unique like Teams activity ids: the bot recognises a redelivered activity by its id.
            Id = "in-" + Guid.NewGuid().ToString("N"),
            Timestamp = DateTimeOffset.UtcNow,
            ServiceUrl = connector.Url,
            ChannelId = "msteams",
            Locale = Locale,
            From = new ChannelAccount(from.Mri, from.Name) { AadObjectId = from.AadObjectId },
            Recipient = new ChannelAccount(TeamsWorld.BotId, TeamsWorld.BotName),
            Conversation = new ConversationAccount(isGroup: true, conversationType: "channel",
                id: $"{world.ChannelId};messageid=1000", tenantId: world.TenantId),
            ChannelData = new TeamsChannelData
            {
                Tenant = new TenantInfo(world.TenantId),
                Team = new TeamInfo(world.TeamId, world.TeamName) { AadGroupId = world.AadGroupId },
                Channel = new ChannelInfo(world.ChannelId, "General"),
            },
        };
        return activity;
    }

    public Activity Personal(TeamsPerson from, string type)
    {
        var activity = Channel(from, type);
        activity.Conversation = new ConversationAccount(isGroup: false, conversationType: "personal",
            id: "a:personal-" + from.Mri, tenantId: world.TenantId);
        activity.ChannelData = new TeamsChannelData { Tenant = new TenantInfo(world.TenantId) };
        return activity;
    }

    /// <summary>"@PartyGroupBot text" in the channel, with the mention entity Teams adds.</summary>
    public async Task<HttpResponseMessage> SayAsync(TeamsPerson from, string text)
    {
        var activity = Channel(from, ActivityTypes.Message);
        activity.Text = $"<at>{TeamsWorld.BotName}</at> {text}";
        activity.Entities = [new Mention(new ChannelAccount(TeamsWorld.BotId, TeamsWorld.BotName), $"<at>{TeamsWorld.BotName}</at>")];
        return await PostAsync(activity);
    }

    /// <summary>Clicks an Action.Execute button: an adaptiveCard/action invoke. Returns the card the bot answers with.</summary>
    public async Task<JObject> ClickAsync(TeamsPerson from, string verb, object data, string replyToId = "card-1", bool personal = false)
    {
        var activity = personal ? Personal(from, ActivityTypes.Invoke) : Channel(from, ActivityTypes.Invoke);
        activity.Name = "adaptiveCard/action";
        activity.ReplyToId = replyToId;
        activity.Value = JObject.FromObject(new
        {
            action = new { type = "Action.Execute", verb, data },
            trigger = "manual",
        });
        var response = await PostAsync(activity);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"Invoke {verb} answered {(int)response.StatusCode}: {text}");
        var body = JObject.Parse(text);
        if ((int?)body["statusCode"] != 200 || (string?)body["type"] != "application/vnd.microsoft.card.adaptive")
            throw new InvalidOperationException($"Invoke {verb} answered {text}");
        return (JObject)body["value"]!;
    }

    public async Task<HttpResponseMessage> PostAsync(Activity activity) =>
        await PostRawAsync(JsonConvert.SerializeObject(activity, Settings));

    public async Task<HttpResponseMessage> PostRawAsync(string json, string contentType = "application/json") =>
        await http.PostAsync(bot.MessagesUrl, new StringContent(json, Encoding.UTF8, contentType));
}
