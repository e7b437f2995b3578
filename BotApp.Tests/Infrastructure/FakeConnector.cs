using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace PartyGroupBot.Tests.Infrastructure;

/// <summary>One request the bot's connector client really sent.</summary>
public sealed record ConnectorRequest(string Method, string Path, JObject? Body)
{
    /// <summary>The adaptive card in a sent or updated activity, if any.</summary>
    public JObject? Card => Body?["attachments"]?.FirstOrDefault(a => (string?)a["contentType"] == "application/vnd.microsoft.card.adaptive")?["content"] as JObject;
}

/// <summary>
/// Stands in for the Bot Connector service (no local one exists): answers the routes the Bot Framework SDK calls
/// (send, reply, update, paged team members, create conversation) and records every request for the tests to check.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<ConnectorRequest> _requests = new();
    private WebApplication? _app;
    private int _nextId;

    public string Url { get; private set; } = "";
    public IReadOnlyList<TeamsPerson> Roster { get; set; } = [];
    public IReadOnlyList<ConnectorRequest> Requests => _requests.ToList();

    /// <summary>How long each answer takes, as the real service's does (the bench sets 50–150 ms); none by default.</summary>
    public Func<TimeSpan>? Latency { get; set; }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapMethods("/{**path}", ["GET", "POST", "PUT", "DELETE"], async (HttpContext http) => await (await AnswerAsync(http)).ExecuteAsync(http));
        await _app.StartAsync();
        Url = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
    }

    public void Clear() => _requests.Clear();

    /// <summary>
    /// Teams as it is: 50–150 ms per request, and per conversation at most 7 operations a second, 8 in two seconds and
    /// 60 in thirty, beyond which it answers 429 with Retry-After (those requests go to <see cref="Throttled"/>).
    /// </summary>
    public bool TeamsLimits { get; set; }

    private readonly ConcurrentQueue<ConnectorRequest> _throttled = new();
    private readonly Dictionary<string, List<DateTime>> _operations = new();

    /// <summary>Requests Teams' rate limit refused with 429.</summary>
    public IReadOnlyList<ConnectorRequest> Throttled => _throttled.ToList();

    private static string ConversationOf(string path)
    {
        var parts = path.Trim('/').Split('/');
        return parts is ["v3", "conversations", var conversation, ..] ? conversation.Split(';')[0] : "";
    }

    /// <summary>Seconds to wait when this operation would break one of Teams' windows; null when it is allowed (and counted).</summary>
    private int? RateLimited(string conversation)
    {
        if (conversation.Length == 0) return null;
        lock (_operations)
        {
            var now = DateTime.UtcNow;
            if (!_operations.TryGetValue(conversation, out var times)) _operations[conversation] = times = [];
            times.RemoveAll(t => now - t > TimeSpan.FromSeconds(30));
            int In(double seconds) => times.Count(t => now - t < TimeSpan.FromSeconds(seconds));
            if (In(1) >= 7 || In(2) >= 8) return 1;
            if (In(30) >= 60) return 30;
            times.Add(now);
            return null;
        }
    }

    private async Task<IResult> AnswerAsync(HttpContext http)
    {
        var path = Uri.UnescapeDataString(http.Request.Path.Value ?? "");
        var text = await new StreamReader(http.Request.Body).ReadToEndAsync();
        var body = text.Length > 0 && text.TrimStart().StartsWith('{') ? JObject.Parse(text) : null;
        var request = new ConnectorRequest(http.Request.Method, path, body);
        if (Latency?.Invoke() is { } latency && latency > TimeSpan.Zero) await Task.Delay(latency);
        if (_slow is { } slow && slow.Matches(request)) await Task.Delay(slow.Delay);
        if (TeamsLimits)
        {
            await Task.Delay(Random.Shared.Next(50, 151));
            if (RateLimited(ConversationOf(path)) is { } retryAfter)
            {
                _throttled.Enqueue(request);
                http.Response.Headers.RetryAfter = retryAfter.ToString();
                return Results.Json(new { error = new { code = "TooManyRequests", message = "rate limit" } }, statusCode: 429);
            }
        }
        if (_failure is { } failure && failure.Matches(request))
        {
            _failed.Enqueue(request);
            return failure.Answer(http);
        }
        _requests.Enqueue(request);

        var parts = path.Trim('/').Split('/');
        if (parts is ["v3", "conversations", _, "pagedmembers"]) return Page(http.Request.Query["continuationToken"]);
        if (http.Request.Method == "POST" && parts is ["v3", "conversations"])
            return Json(new { id = "a:personal-" + body?["members"]?[0]?["id"], activityId = NextId() });
        if (parts is ["v3", "conversations", _, "activities", ..]) return Json(new { id = NextId() });
        return Results.NotFound();
    }

    /// <summary>Pages of three, so the bot must follow the continuation token to see the whole roster.</summary>
    private IResult Page(string? token)
    {
        var start = int.TryParse(token, out var s) ? s : 0;
        var page = Roster.Skip(start).Take(3).Select(p => new { id = p.Mri, name = p.Name, aadObjectId = p.AadObjectId });
        var next = start + 3 < Roster.Count ? (start + 3).ToString() : null;
        return Json(new { members = page, continuationToken = next });
    }

    /// <summary>A failure switch for retry tests: while set, matching requests are refused with this status
    /// (and Retry-After, for 429) and recorded in <see cref="Failed"/> instead of <see cref="Requests"/>.</summary>
    public sealed record Failure(Func<ConnectorRequest, bool> Matches, int Status, TimeSpan? RetryAfter = null)
    {
        public IResult Answer(HttpContext http)
        {
            if (RetryAfter is { } wait) http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString();
            return Results.Json(new { error = new { code = "ServiceError", message = $"failing on purpose with {Status}" } }, statusCode: Status);
        }
    }

    private readonly ConcurrentQueue<ConnectorRequest> _failed = new();
    private volatile Failure? _failure;

    /// <summary>Requests refused by the failure switch.</summary>
    public IReadOnlyList<ConnectorRequest> Failed => _failed.ToList();

    public void FailWhile(Func<ConnectorRequest, bool> matches, int status, TimeSpan? retryAfter = null) =>
        _failure = new Failure(matches, status, retryAfter);

    public void StopFailing() => _failure = null;

    private sealed record Slowness(Func<ConnectorRequest, bool> Matches, TimeSpan Delay);
    private volatile Slowness? _slow;

    /// <summary>A slow connector: while set, matching requests are answered only after <paramref name="delay"/>.</summary>
    public void SlowWhile(Func<ConnectorRequest, bool> matches, TimeSpan delay) => _slow = new Slowness(matches, delay);

    public void StopBeingSlow() => _slow = null;

    private static IResult Json(object value) =>
        Results.Content(Newtonsoft.Json.JsonConvert.SerializeObject(value), "application/json");

    private string NextId() => "act-" + Interlocked.Increment(ref _nextId);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
