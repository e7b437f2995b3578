using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.Graph;
using Newtonsoft.Json.Linq;

namespace PartyGroupBot.Tests.Calendar;

/// <summary>
/// Graph's calendar, locally: the real Graph SDK sends to this handler, which records each request exactly as sent and
/// answers 201 with the event, or what <see cref="Answer"/> says for a user (a status, or a hang until cancelled).
/// </summary>
public sealed class FakeGraphCalendar : HttpMessageHandler
{
    public const string BaseUrl = "https://graph.test/v1.0";

    public FakeGraphCalendar() => Client = new GraphServiceClient(new HttpClient(this), baseUrl: BaseUrl);

    public GraphServiceClient Client { get; }
    public ConcurrentQueue<Sent> Requests { get; } = new();
    /// <summary>By user id: the status to fail with, or 0 to hang until the request is cancelled.</summary>
    public ConcurrentDictionary<string, int> Answer { get; } = new();

    public sealed record Sent(HttpMethod Method, Uri Uri, string? ContentType, JObject? Body)
    {
        public string UserId => Uri.UnescapeDataString(Uri.AbsolutePath.Split('/')[3]);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var text = request.Content is null ? "" : await request.Content.ReadAsStringAsync(ct);
        var sent = new Sent(request.Method, request.RequestUri!, request.Content?.Headers.ContentType?.MediaType, text.Length > 0 ? Parse(text) : null);
        Requests.Enqueue(sent);
        if (Answer.TryGetValue(sent.UserId, out var status))
        {
            if (status == 0) await Task.Delay(Timeout.Infinite, ct);
            return Json((HttpStatusCode)status, """{"error":{"code":"ErrorAccessDenied","message":"Access is denied."}}""", request);
        }
        var created = (JObject)sent.Body!.DeepClone();
        created["id"] = "AAMk-" + Guid.NewGuid().ToString("N")[..8];
        return Json(HttpStatusCode.Created, created.ToString(), request);
    }

    /// <summary>As sent: a date-time stays the string the SDK wrote, not a DateTime Newtonsoft guessed.</summary>
    private static JObject Parse(string json) =>
        JObject.Load(new Newtonsoft.Json.JsonTextReader(new StringReader(json)) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None });

    private static HttpResponseMessage Json(HttpStatusCode status, string json, HttpRequestMessage request) =>
        new(status) { RequestMessage = request, Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
