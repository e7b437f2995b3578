using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

namespace PartyGroupBot.Tests.Deployment;

/// <summary>One request that left for a host other than this machine.</summary>
public sealed record OutsideRequest(HttpMethod Method, Uri Uri, string Body);

/// <summary>
/// Stands in for the cloud's sign-in and Graph hosts (no local ones exist): every request for a host that is not this
/// machine is recorded and answered as those services answer (a client-credentials token; a group's drive; an upload);
/// requests to this machine (the tests' connector) go through untouched.
/// </summary>
public sealed class OutsideRequests : DelegatingHandler
{
    public const string Token = "cloud-token";
    private readonly ConcurrentQueue<OutsideRequest> _requests = new();

    public OutsideRequests() : base(new SocketsHttpHandler()) { }

    public IReadOnlyList<OutsideRequest> Requests => _requests.ToList();

    /// <summary>Puts this handler under every HttpClient the app makes through its factory.</summary>
    public void Install(IServiceCollection services) =>
        services.ConfigureAll<HttpClientFactoryOptions>(o => o.HttpMessageHandlerBuilderActions.Add(b => b.PrimaryHandler = new Shared(this)));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var uri = request.RequestUri!;
        if (uri.IsLoopback) return await base.SendAsync(request, ct);
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(ct);
        _requests.Enqueue(new OutsideRequest(request.Method, uri, body));
        var path = uri.AbsolutePath;
        return (request.Method.Method, path) switch
        {
            ("POST", _) when path.EndsWith("/oauth2/v2.0/token") =>
                Json($$"""{"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599,"access_token":"{{Token}}"}"""),
            ("GET", _) when path.EndsWith("/drive") => Json("""{"id":"b!Z3JvdXAtZHJpdmU","driveType":"documentLibrary"}"""),
            ("PUT", _) when path.EndsWith("/content") => Json("""{"id":"01MINUTES","name":"minutes.docx"}"""),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        };
    }

    private static HttpResponseMessage Json(string json) =>
        new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    /// <summary>The factory disposes the handlers it builds; this one outlives them.</summary>
    private sealed class Shared(OutsideRequests inner) : HttpMessageHandler
    {
        private readonly HttpMessageInvoker _invoker = new(inner, disposeHandler: false);
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct) => _invoker.SendAsync(request, ct);
    }
}
