using System.Net;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Resilience;

/// <summary>Card clicks with globally unique activity ids, as Teams sends them (TeamsClient numbers ids per client).</summary>
public static class Clicks
{
    public static Activity Invoke(this TeamsClient teams, TeamsPerson from, string verb, object data, string replyToId = "card-1")
    {
        var activity = teams.Channel(from, ActivityTypes.Invoke);
        activity.Id = "r-" + Guid.NewGuid().ToString("N");
        activity.Name = "adaptiveCard/action";
        activity.ReplyToId = replyToId;
        activity.Value = JObject.FromObject(new { action = new { type = "Action.Execute", verb, data }, trigger = "manual" });
        return activity;
    }

    /// <summary>Posts an invoke and returns the card the bot answered with; fails the test on anything but a 200 card answer.</summary>
    public static async Task<JObject> SendAsync(this TeamsClient teams, Activity activity)
    {
        var response = await teams.PostAsync(activity);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(string?)((JObject)activity.Value)["action"]?["verb"]} answered {(int)response.StatusCode}: {text}");
        var body = JObject.Parse(text);
        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        return (JObject)body["value"]!;
    }

    public static Task<JObject> PressAsync(this TeamsClient teams, TeamsPerson from, string verb, object data, string replyToId = "card-1") =>
        teams.SendAsync(teams.Invoke(from, verb, data, replyToId));

    /// <summary>startMeeting's data for an unscheduled meeting (AG4) on these titles, proposed and approved first.</summary>
    public static async Task<object> UnscheduledAsync(this TeamsClient teams, TeamsWorld world, string items, string method = "recorded") =>
        new { itemIds = string.Join(",", await Http.GroupSetup.ApprovedTopicsAsync(teams, world, items, method)) };

    /// <summary>The bot's refusal card: its first text block is red ("Attention").</summary>
    public static bool IsRefusal(this JObject card) => (string?)card["body"]?.FirstOrDefault()?["color"] == "Attention";

    public const string TryAgain = "存储服务暂时不可用";
}
