using System.Diagnostics;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Bench;

/// <summary>One card click's answer as the bench sees it: the card, the time to the answer, or what went wrong.</summary>
public sealed record Click(JObject? Card, double Ms, string? Error)
{
    /// <summary>The bot answered with its refusal banner (a rule's refusal, or 存储服务暂时不可用).</summary>
    public bool Refused => Card is not null && RefusalCard.IsRefusal(Card);
    public bool Accepted => Error is null && Card is not null && !Refused;
    public string Text => Card is null ? "" : string.Join(" | ", Card.Descendants().OfType<JProperty>()
        .Where(p => p.Name == "text" && p.Value.Type == JTokenType.String).Select(p => (string)p.Value!));
}

/// <summary>
/// Sends card clicks through the tests' <see cref="TeamsClient"/> (real Bot Framework activities, as Teams sends them
/// for a channel), to one bot or, with two instances, to either at random; names each turn for the <see cref="TurnMeter"/>.
/// </summary>
public sealed class Turns(IReadOnlyList<BotServer> bots, HttpClient http, FakeConnector connector)
{
    private static readonly AsyncLocal<Random?> Rng = new();

    public int Instances => bots.Count;

    public async Task<Click> ClickAsync(GroupRun g, TeamsPerson who, string kind, string verb, object data, string replyToId = "card-1")
    {
        var instance = bots.Count == 1 ? 0 : Random.Shared.Next(bots.Count);
        // With two instances a vote is "cold" on an instance that has not served its group yet (its caches are empty).
        var named = bots.Count > 1 && kind is "vote" or "secret" ? kind + (g.ServedBefore(instance) ? "-warm" : "-cold") : kind;
        TurnKind.Value = named;
        var client = g.Client(instance, () => new TeamsClient(http, bots[instance], connector, g.World));
        var watch = Stopwatch.StartNew();
        try
        {
            var card = await client.ClickAsync(who, verb, data, replyToId);
            return new Click(card, watch.Elapsed.TotalMilliseconds, null);
        }
        catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or TaskCanceledException or Newtonsoft.Json.JsonException)
        {
            var what = ex is InvalidOperationException ? ex.Message.Split(':')[0] : ex.GetType().Name;
            return new Click(null, watch.Elapsed.TotalMilliseconds, what);
        }
        finally
        {
            TurnKind.Value = null;
        }
    }
}
