using Stopwatch = System.Diagnostics.Stopwatch;
using System.Net;
using System.Text;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PartyGroupBot.Bench;

/// <summary>A team as Teams describes it in activities: one tenant, a team whose General channel has the team's id.</summary>
public sealed class BenchGroup(string tenantId, string teamId, IReadOnlyList<BenchPerson> people)
{
    public string TenantId { get; } = tenantId;
    public string TeamId { get; } = teamId;
    public string ChannelId => TeamId;
    public IReadOnlyList<BenchPerson> People { get; } = people;
    public BenchPerson Secretary => People[0];
    public string MeetingId { get; set; } = "";
    public int NextItem { get; set; } = 1;
    /// <summary>Events in the current meeting's log as far as the bench knows (accepted turns only).</summary>
    public int LogLength;
}

public sealed record Click(JObject? Card, double Ms, string? Error)
{
    /// <summary>The bot answered with its refusal card (red text), e.g. a rule refusal or 存储服务暂时不可用.</summary>
    public bool Refused => Card?["body"]?.FirstOrDefault()?["color"]?.ToString() == "Attention";
    public bool Accepted => Error is null && Card is not null && !Refused;
    public string Text => Card is null ? "" : string.Join(" | ", Card.Descendants().OfType<JProperty>()
        .Where(p => p.Name == "text" && p.Value.Type == JTokenType.String).Select(p => (string)p.Value!));
}

/// <summary>Posts real Bot Framework activities (as Teams sends them for a channel card click) and times the answer.</summary>
public sealed class BenchClient(HttpClient http, string connectorUrl)
{
    private static readonly JsonSerializerSettings Settings = new() { NullValueHandling = NullValueHandling.Ignore };
    private long _next;

    public Activity Invoke(BenchGroup group, BenchPerson from, string verb, object data, string replyToId)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Invoke,
            Name = "adaptiveCard/action",
            Id = "bench-" + Interlocked.Increment(ref _next),
            Timestamp = DateTimeOffset.UtcNow,
            ServiceUrl = connectorUrl,
            ChannelId = "msteams",
            From = new ChannelAccount(from.Mri, from.Name) { AadObjectId = from.AadObjectId },
            Recipient = new ChannelAccount("28:partygroupbot", "PartyGroupBot"),
            Conversation = new ConversationAccount(isGroup: true, conversationType: "channel",
                id: $"{group.ChannelId};messageid=1000", tenantId: group.TenantId),
            ChannelData = new TeamsChannelData
            {
                Tenant = new TenantInfo(group.TenantId),
                Team = new TeamInfo(group.TeamId, "党组"),
                Channel = new ChannelInfo(group.ChannelId, "General"),
            },
            ReplyToId = replyToId,
            Value = JObject.FromObject(new { action = new { type = "Action.Execute", verb, data }, trigger = "manual" }),
        };
        return activity;
    }

    public async Task<Click> ClickAsync(string url, string kind, BenchGroup group, BenchPerson from, string verb, object data,
        string replyToId = "card-1")
    {
        var json = JsonConvert.SerializeObject(Invoke(group, from, verb, data, replyToId), Settings);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add(TurnMeter.Header, kind);
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            var ms = watch.Elapsed.TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.OK) return new Click(null, ms, $"HTTP {(int)response.StatusCode}");
            var body = JObject.Parse(text);
            if ((int?)body["statusCode"] != 200) return new Click(null, ms, $"invoke status {body["statusCode"]}");
            return new Click(body["value"] as JObject, ms, null);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
        {
            return new Click(null, watch.Elapsed.TotalMilliseconds, ex.GetType().Name);
        }
    }
}
