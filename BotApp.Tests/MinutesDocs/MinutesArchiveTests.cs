using System.Net;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using PartyGroupBot.MinutesDocs;
using static PartyGroupBot.Tests.MinutesDocs.SampleMinutes;

namespace PartyGroupBot.Tests.MinutesDocs;

/// <summary>
/// The archive to the channel's files goes through the real Graph SDK (Microsoft.Graph 6.10.0) to a local endpoint:
/// its HttpClient's handler answers as Graph would and records every request exactly as the SDK sent it.
/// </summary>
[Trait("Category", "Core")]
public sealed class MinutesArchiveTests
{
    private const string GroupTeamId = "8b3c9f4e-2f4a-4d8e-9a53-1f0b6c2d7e11";
    private const string ChannelId = "19:general@thread.tacv2";
    private const string DriveId = "b!dGVhbS1kcml2ZQ";
    private const string FolderId = "01FOLDERGENERAL";

    [Fact]
    public async Task The_signed_document_is_uploaded_into_the_channel_files_folder()
    {
        var document = MinutesDocument.Build(Draft(), Profile);
        var fileName = MinutesDocument.FileName(Draft(), Profile);
        var graph = new FakeGraph();
        graph.Answer(HttpMethod.Get, 200, $$$"""
            {"id":"{{{FolderId}}}","name":"General","folder":{"childCount":3},
             "parentReference":{"driveId":"{{{DriveId}}}","driveType":"documentLibrary"}}
            """);
        graph.Answer(HttpMethod.Put, 201, $$"""
            {"id":"01NEWFILE","name":"{{fileName}}","size":{{document.Length}},
             "webUrl":"https://contoso.sharepoint.com/sites/team/Shared%20Documents/General/minutes.docx"}
            """);

        var archived = await new MinutesArchive(graph.Client).UploadAsync(GroupTeamId, ChannelId, fileName, document);

        Assert.Equal(2, graph.Requests.Count);
        var (get, put) = (graph.Requests[0], graph.Requests[1]);

        // 1. GET /teams/{team-id}/channels/{channel-id}/filesFolder, ids escaped in the path.
        Assert.Equal(HttpMethod.Get, get.Method);
        Assert.Equal($"/v1.0/teams/{GroupTeamId}/channels/19%3Ageneral%40thread.tacv2/filesFolder", get.Uri.AbsolutePath);
        Assert.Equal($"https://graph.test/v1.0/teams/{GroupTeamId}/channels/{ChannelId}/filesFolder", Uri.UnescapeDataString(get.Uri.AbsoluteUri));
        Assert.Empty(get.Body);

        // 2. PUT /drives/{drive-id}/items/{folder-id}:/{file-name}:/content with the document as the body.
        Assert.Equal(HttpMethod.Put, put.Method);
        Assert.Equal($"https://graph.test/v1.0/drives/{DriveId}/items/{FolderId}:/{fileName}:/content", Uri.UnescapeDataString(put.Uri.AbsoluteUri));
        Assert.Equal($"/v1.0/drives/b%21dGVhbS1kcml2ZQ/items/{FolderId}:/{Uri.EscapeDataString(fileName)}:/content", put.Uri.AbsolutePath);
        Assert.Equal("", put.Uri.Query);
        Assert.Equal("application/octet-stream", put.ContentType);
        Assert.Equal(document, put.Body);

        Assert.Equal(new ArchivedFile(DriveId, "01NEWFILE", fileName,
            "https://contoso.sharepoint.com/sites/team/Shared%20Documents/General/minutes.docx"), archived);
    }

    [Fact]
    public async Task A_missing_channel_fails_before_anything_is_uploaded()
    {
        var graph = new FakeGraph();
        graph.Answer(HttpMethod.Get, 404, """{"error":{"code":"NotFound","message":"Channel not found"}}""");

        var error = await Assert.ThrowsAsync<ODataError>(() =>
            new MinutesArchive(graph.Client).UploadAsync(GroupTeamId, ChannelId, "x.docx", [1, 2, 3]));

        Assert.Equal(404, error.ResponseStatusCode);
        Assert.Single(graph.Requests);
        Assert.DoesNotContain(graph.Requests, r => r.Method == HttpMethod.Put);
    }

    [Fact]
    public async Task A_files_folder_without_a_drive_is_refused_without_an_upload()
    {
        var graph = new FakeGraph();
        graph.Answer(HttpMethod.Get, 200, $$"""{"id":"{{FolderId}}","name":"General"}""");

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new MinutesArchive(graph.Client).UploadAsync(GroupTeamId, ChannelId, "x.docx", [1, 2, 3]));
        Assert.Single(graph.Requests);
    }

    [Fact]
    public async Task A_Bot_Framework_team_id_is_refused_before_any_request()
    {
        var graph = new FakeGraph();
        await Assert.ThrowsAsync<ArgumentException>(() =>
            new MinutesArchive(graph.Client).UploadAsync(ChannelId, ChannelId, "x.docx", [1, 2, 3]));
        Assert.Empty(graph.Requests);
    }

    /// <summary>A Graph stand-in: answers each method with a queued response and records the requests.</summary>
    private sealed class FakeGraph : HttpMessageHandler
    {
        private readonly Dictionary<HttpMethod, Queue<(int Status, string Json)>> _answers = [];

        public FakeGraph() => Client = new GraphServiceClient(new HttpClient(this), baseUrl: "https://graph.test/v1.0");

        public GraphServiceClient Client { get; }
        public List<Recorded> Requests { get; } = [];

        public void Answer(HttpMethod method, int status, string json)
        {
            if (!_answers.TryGetValue(method, out var queue)) _answers[method] = queue = new();
            queue.Enqueue((status, json));
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(ct);
            Requests.Add(new Recorded(request.Method, request.RequestUri!, request.Content?.Headers.ContentType?.MediaType, body));
            if (!_answers.TryGetValue(request.Method, out var queue) || queue.Count == 0)
                return new HttpResponseMessage(HttpStatusCode.NotImplemented) { RequestMessage = request };
            var (status, json) = queue.Dequeue();
            return new HttpResponseMessage((HttpStatusCode)status)
            {
                RequestMessage = request,
                Content = new StringContent(json, Encoding.UTF8, "application/json"),
            };
        }
    }

    private sealed record Recorded(HttpMethod Method, Uri Uri, string? ContentType, byte[] Body);
}

/// <summary>Graph is built from configuration only when it is configured, and then signs its requests with an app token.</summary>
[Trait("Category", "Core")]
public sealed class MinutesGraphTests
{
    [Fact]
    public void Without_a_registration_or_when_switched_off_there_is_no_Graph()
    {
        Assert.Null(MinutesGraph.TryCreate(Config()));
        Assert.Null(MinutesGraph.TryCreate(Config(("MicrosoftAppId", "app"), ("MicrosoftAppPassword", "secret"))));
        Assert.Null(MinutesGraph.TryCreate(Config(("MicrosoftAppId", "app"), ("MicrosoftAppPassword", "secret"),
            ("MicrosoftAppTenantId", "tenant"), ("Graph:ArchiveMinutes", "false"))));
        Assert.NotNull(MinutesGraph.TryCreate(Config(("MicrosoftAppId", "app"), ("MicrosoftAppPassword", "secret"),
            ("MicrosoftAppTenantId", "contoso.onmicrosoft.com"))));
    }

    [Fact]
    public async Task A_configured_Graph_gets_a_client_credentials_token_for_its_tenant_and_sends_it_to_Graph()
    {
        var requests = new List<(HttpMethod Method, Uri Uri, string? Auth, string Body)>();
        var handler = new Handler(async request =>
        {
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync();
            requests.Add((request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body));
            return (request.RequestUri!.Host, request.RequestUri.AbsolutePath.EndsWith("/token")) switch
            {
                ("login.microsoftonline.com", true) => Json("""{"token_type":"Bearer","expires_in":3599,"access_token":"app-token-1"}"""),
                ("graph.test", _) => Json("""{"id":"folder","parentReference":{"driveId":"drive"}}"""),
                _ => new HttpResponseMessage(System.Net.HttpStatusCode.NotFound),
            };
        });
        var graph = MinutesGraph.TryCreate(Config(
            ("MicrosoftAppId", "bot-app"), ("MicrosoftAppPassword", "bot-secret"), ("MicrosoftAppTenantId", "contoso.onmicrosoft.com"),
            ("Graph:ClientId", "graph-app"), ("Graph:ClientSecret", "graph-secret"), ("Graph:BaseUrl", "https://graph.test/v1.0/")),
            new HttpClient(handler))!;

        var folder = await graph.Teams["8b3c9f4e-2f4a-4d8e-9a53-1f0b6c2d7e11"].Channels["19:general@thread.tacv2"].FilesFolder.GetAsync();

        Assert.Equal("folder", folder!.Id);
        // MSAL may first ask for instance metadata (a GET); the token itself is one POST to the tenant's endpoint.
        var token = Assert.Single(requests, r => r.Uri.Host == "login.microsoftonline.com" && r.Method == HttpMethod.Post);
        Assert.Equal("/contoso.onmicrosoft.com/oauth2/v2.0/token", token.Uri.AbsolutePath);
        var form = token.Body.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));
        Assert.Equal(("client_credentials", "graph-app", "graph-secret", "https://graph.microsoft.com/.default"),
            (form["grant_type"], form["client_id"], form["client_secret"], form["scope"]));
        var call = Assert.Single(requests, r => r.Uri.Host == "graph.test");
        Assert.Equal("Bearer app-token-1", call.Auth);
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    private static HttpResponseMessage Json(string json) =>
        new(System.Net.HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private sealed class Handler(Func<HttpRequestMessage, Task<HttpResponseMessage>> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct) => answer(request);
    }
}
