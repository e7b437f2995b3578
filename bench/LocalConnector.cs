using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PartyGroupBot.Bench;

/// <summary>
/// A minimal Bot Connector (no local one exists): the routes the Bot Framework SDK calls for this bot — send, reply,
/// update, paged team members, create conversation. It answers at once and only counts what it was asked, so the bench
/// measures the bot, not the connector.
/// </summary>
public sealed class LocalConnector : IAsyncDisposable
{
    private readonly Dictionary<string, IReadOnlyList<BenchPerson>> _rosters = new(StringComparer.Ordinal);
    private WebApplication? _app;
    private int _nextId;
    private long _posts, _updates, _creates, _rosterPages;

    public string Url { get; private set; } = "";
    public int Port => new Uri(Url).Port;
    public long Posts => Interlocked.Read(ref _posts);
    public long Updates => Interlocked.Read(ref _updates);
    public long Creates => Interlocked.Read(ref _creates);
    public long RosterPages => Interlocked.Read(ref _rosterPages);

    public void SetRoster(string teamId, IReadOnlyList<BenchPerson> people)
    {
        lock (_rosters) _rosters[teamId] = people;
    }

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

    private async Task<IResult> AnswerAsync(HttpContext http)
    {
        var path = Uri.UnescapeDataString(http.Request.Path.Value ?? "");
        var text = await new StreamReader(http.Request.Body).ReadToEndAsync();
        var parts = path.Trim('/').Split('/');
        if (parts is ["v3", "conversations", var team, "pagedmembers"])
        {
            Interlocked.Increment(ref _rosterPages);
            return Page(team, http.Request.Query["pageSize"], http.Request.Query["continuationToken"]);
        }
        if (http.Request.Method == "POST" && parts is ["v3", "conversations"])
        {
            Interlocked.Increment(ref _creates);
            var body = text.Length > 0 ? JObject.Parse(text) : null;
            return Json(new { id = "a:personal-" + body?["members"]?[0]?["id"], activityId = NextId() });
        }
        if (parts is ["v3", "conversations", _, "activities", ..])
        {
            if (http.Request.Method == "PUT") Interlocked.Increment(ref _updates); else Interlocked.Increment(ref _posts);
            return Json(new { id = NextId() });
        }
        return Results.NotFound();
    }

    private IResult Page(string team, string? pageSizeText, string? token)
    {
        IReadOnlyList<BenchPerson> roster;
        lock (_rosters) roster = _rosters.GetValueOrDefault(team) ?? [];
        var size = int.TryParse(pageSizeText, out var n) && n > 0 ? n : 100;
        var start = int.TryParse(token, out var s) ? s : 0;
        var page = roster.Skip(start).Take(size).Select(p => new { id = p.Mri, name = p.Name, aadObjectId = p.AadObjectId });
        var next = start + size < roster.Count ? (start + size).ToString() : null;
        return Json(new { members = page, continuationToken = next });
    }

    private static IResult Json(object value) => Results.Content(JsonConvert.SerializeObject(value), "application/json");

    private string NextId() => "act-" + Interlocked.Increment(ref _nextId);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}

public sealed record BenchPerson(string Mri, string AadObjectId, string Name);
