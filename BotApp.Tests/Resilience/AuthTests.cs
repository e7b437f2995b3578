using System.Net;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using PartyGroupBot.Tests.Http;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Resilience;

/// <summary>With a bot registration configured, only requests carrying a valid Bot Framework token are served.</summary>
[Trait("Category", "Http")]
public sealed class AuthTests(SharedAzurite azurite) : IAsyncLifetime, IClassFixture<SharedAzurite>
{
    private readonly string _appId = Guid.NewGuid().ToString();
    private readonly TeamsWorld _world = GroupSetup.World("auth");
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private readonly FakeConnector _connector = new();
    private readonly string _prefix = "a" + Guid.NewGuid().ToString("N")[..10];
    private BotServer _bot = null!;

    public async Task InitializeAsync()
    {
        await _connector.StartAsync();
        _connector.Roster = _world.People;
        _bot = await BotServer.StartAsync(azurite, _prefix, [_world[0].AadObjectId],
            $"--MicrosoftAppId={_appId}", "--MicrosoftAppPassword=not-a-real-secret", "--MicrosoftAppType=MultiTenant");
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        _http.Dispose();
    }

    private async Task<HttpResponseMessage> PostAsync(Activity activity, string? authorization)
    {
        var json = JsonConvert.SerializeObject(activity, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });
        using var request = new HttpRequestMessage(HttpMethod.Post, _bot.MessagesUrl) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return await _http.SendAsync(request);
    }

    private static string Base64Url(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private (Activity Invoke, Activity Message) Activities()
    {
        var teams = new TeamsClient(_http, _bot, _connector, _world);
        var setup = teams.Invoke(_world[0], "saveSetup", GroupSetup.SaveSetupData(_world, "chengzhong-hrss-2021"));
        var message = teams.Channel(_world[0], ActivityTypes.Message);
        message.Text = "setup";
        return (setup, message);
    }

    /// <summary>Forged tokens: unreadable, unsigned ("alg":"none") for this bot, and unsigned for another bot.</summary>
    private string[] ForgedTokens()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var none = Base64Url("""{"alg":"none","typ":"JWT"}""");
        return
        [
            "Bearer not-a-token",
            "Bearer " + none + "." + Base64Url($$"""{"iss":"https://api.botframework.com","aud":"{{_appId}}","nbf":{{now - 60}},"exp":{{now + 3600}},"serviceurl":"{{_connector.Url}}"}""") + ".",
            "Bearer " + none + "." + Base64Url($$"""{"iss":"https://api.botframework.com","aud":"{{Guid.NewGuid()}}","nbf":{{now - 60}},"exp":{{now + 3600}}}""") + ".",
        ];
    }

    private async Task<List<string>> AnswersAsync(IEnumerable<string?> authorizations)
    {
        var (invoke, message) = Activities();
        var answers = new List<string>();
        foreach (var authorization in authorizations)
            foreach (var activity in new[] { invoke, message })
                answers.Add($"{activity.Type} '{authorization ?? "(none)"}' → {(int)(await PostAsync(activity, authorization)).StatusCode}");
        return answers;
    }

    /// <summary>Nothing reached the handlers: no group saved, no reply sent.</summary>
    private async Task NothingHappenedAsync()
    {
        Assert.Equal("", await Stored.SnapshotAsync(azurite.ConnectionString, _prefix));
        Assert.DoesNotContain(_connector.Requests, r => r.Method is "POST" or "PUT");
    }

    [Fact]
    public async Task Requests_without_a_Bot_Framework_token_get_401_and_change_nothing()
    {
        var answers = await AnswersAsync([null, "", "Bearer", "Basic dXNlcjpwYXNz"]);
        var notRefused = answers.Where(a => !a.EndsWith("→ 401")).ToList();
        Assert.True(notRefused.Count == 0, "not answered 401:\n" + string.Join("\n", notRefused));

        // Forged tokens are not served either (today they fail with 500; the skipped test below wants 401).
        var forged = await AnswersAsync(ForgedTokens());
        Assert.DoesNotContain(forged, a => a.EndsWith("→ 200"));
        await NothingHappenedAsync();
    }

    [Fact]
    public async Task Requests_with_a_forged_or_unreadable_token_get_401_and_change_nothing()
    {
        var answers = await AnswersAsync(ForgedTokens());
        var notRefused = answers.Where(a => !a.EndsWith("→ 401")).ToList();
        Assert.True(notRefused.Count == 0, "not answered 401:\n" + string.Join("\n", notRefused));
        await NothingHappenedAsync();
    }
}
