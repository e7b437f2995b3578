using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PartyGroupBot.Tests.Infrastructure;

/// <summary>One request that reached the local Graph or token endpoint: the path exactly as sent (still escaped).</summary>
public sealed record GraphRequest(string Method, string RawTarget, string? ContentType, string? Authorization, byte[] Body)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Body);
}

/// <summary>
/// Microsoft Graph and the Entra ID token endpoint on one local Kestrel port, for the bot's archive of the signed minutes:
/// a client-credentials token, the channel's filesFolder and the upload into it. Every request is recorded as sent.
/// </summary>
public sealed class LocalGraph : IAsyncDisposable
{
    public const string AccessToken = "local-graph-token";
    public const string DriveId = "b!dGVhbS1kcml2ZQ";
    public const string FolderId = "01FOLDERGENERAL";

    private readonly ConcurrentQueue<GraphRequest> _requests = new();
    private WebApplication? _app;

    public string Url { get; private set; } = "";
    public IReadOnlyList<GraphRequest> Requests => _requests.ToList();

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Run(AnswerAsync);
        await _app.StartAsync();
        Url = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    private async Task AnswerAsync(HttpContext http)
    {
        var request = http.Request;
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        var raw = http.Features.Get<IHttpRequestFeature>()!.RawTarget;
        _requests.Enqueue(new GraphRequest(request.Method, raw, request.ContentType, request.Headers.Authorization, body.ToArray()));

        var path = request.Path.Value ?? "";
        (int Status, string Json) answer = (request.Method, path) switch
        {
            ("POST", _) when path.EndsWith("/oauth2/v2.0/token") =>
                (200, $$"""{"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599,"access_token":"{{AccessToken}}"}"""),
            ("GET", _) when path.StartsWith("/v1.0/teams/") && path.EndsWith("/filesFolder") =>
                (200, $$$"""{"id":"{{{FolderId}}}","name":"General","folder":{"childCount":0},"parentReference":{"driveId":"{{{DriveId}}}","driveType":"documentLibrary"}}"""),
            ("PUT", _) when path.StartsWith("/v1.0/drives/") && path.EndsWith(":/content") =>
                (201, $$"""{"id":"01NEWFILE","name":"minutes.docx","size":{{body.Length}}}"""),
            _ => (404, """{"error":{"code":"itemNotFound","message":"not here"}}"""),
        };
        http.Response.StatusCode = answer.Status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(answer.Json);
    }

    /// <summary>
    /// MSAL speaks only https to its authority, so the bot's token requests to login.microsoftonline.com are sent here
    /// instead, unchanged but for scheme, host and port; every other request passes through as it is.
    /// </summary>
    public HttpClient TokenRedirectingClient() => new(new RedirectLogin(new Uri(Url)) { InnerHandler = new HttpClientHandler() });

    private sealed class RedirectLogin(Uri local) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            if (request.RequestUri is { Host: "login.microsoftonline.com" } uri)
                request.RequestUri = new UriBuilder(uri) { Scheme = local.Scheme, Host = local.Host, Port = local.Port }.Uri;
            return base.SendAsync(request, ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
