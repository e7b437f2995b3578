using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartyGroupBot.MinutesDocs;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>
/// Issue 5, done when: the archive of the signed minutes over HTTP. The real bot, with Graph configured by its own keys
/// and <c>Graph:BaseUrl</c> pointing at a local Kestrel endpoint that also answers the token request; signing the
/// minutes makes the bot fetch a client-credentials token, GET the channel's filesFolder and PUT the .docx into it.
/// </summary>
[Trait("Category", "Http")]
public sealed class MinutesArchiveFlowTests(SharedAzurite azurite) : BotTestBase(azurite)
{
    private const string Tenant = "contoso.onmicrosoft.com";
    private const string GroupId = "8b3c9f4e-2f4a-4d8e-9a53-1f0b6c2d7e11";
    private const string Budget = "审议2027年度部门预算";

    private readonly TeamsWorld _world = GroupSetup.World("archive") with { AadGroupId = GroupId };
    private readonly LocalGraph _graph = new();
    protected override IEnumerable<string> Administrators => [_world[0].AadObjectId];
    /// <summary>Fixed, so the file name's day is known whenever the test runs.</summary>
    protected override TimeProvider Clock { get; } = new FakeClock(new DateTimeOffset(2026, 11, 26, 7, 0, 0, TimeSpan.Zero));

    protected override IEnumerable<string> ExtraArgs =>
    [
        $"--Graph:TenantId={Tenant}", "--Graph:ClientId=graph-app", "--Graph:ClientSecret=graph-secret",
        $"--Graph:BaseUrl={_graph.Url}/v1.0",
    ];

    /// <summary>The archive built from the app's own configuration, as BotAppHost builds it, but with an HttpClient
    /// that sends MSAL's token request to the local endpoint (MSAL refuses an http authority).</summary>
    protected override void ReplaceServices(IServiceCollection services)
    {
        base.ReplaceServices(services);
        services.AddSingleton(sp => new MinutesArchive(
            MinutesGraph.TryCreate(sp.GetRequiredService<IConfiguration>(), _graph.TokenRedirectingClient())
            ?? throw new InvalidOperationException("Graph is configured in this test")));
    }

    public override async Task InitializeAsync()
    {
        await _graph.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _graph.DisposeAsync();
    }

    [Fact]
    public async Task Signing_the_minutes_archives_the_docx_in_the_channel_files_through_Graph_with_exactly_these_requests()
    {
        Connector.Roster = _world.People;
        var teams = ClientFor(_world);
        await GroupSetup.SetUpAsync(teams, _world);
        var meetingId = await GroupSetup.StartMeetingAsync(teams, _world, Budget);
        foreach (var p in _world.People.Take(5)) await teams.ClickAsync(p, "checkIn", new { meetingId });
        await teams.ClickAsync(_world[0], "openVote", new { meetingId, itemId = "t1" });
        foreach (var p in _world.People.Take(5).Reverse()) await teams.ClickAsync(p, "castVote", new { meetingId, itemId = "t1", choice = "yes" });
        await teams.ClickAsync(_world[0], "closeVote", new { meetingId, itemId = "t1" });
        await teams.ClickAsync(_world[0], "endMeeting", new { meetingId });
        Assert.Empty(_graph.Requests);

        await teams.ClickAsync(_world[0], "signMinutes", new { meetingId, teamId = _world.TeamId }, personal: true);
        // The archive runs after the invoke has been answered (Teams waits only seconds).
        await Eventually.That(() => _graph.Requests.Any(r => r.Method == "PUT"), "the minutes document's upload (PUT) to Graph", TimeSpan.FromSeconds(30));

        var requests = _graph.Requests;
        var token = Assert.Single(requests, r => r.RawTarget.EndsWith("/oauth2/v2.0/token"));
        Assert.Equal(("POST", $"/{Tenant}/oauth2/v2.0/token"), (token.Method, token.RawTarget.Split('?')[0]));
        var form = token.Text.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));
        Assert.Equal(("client_credentials", "graph-app", "graph-secret", "https://graph.microsoft.com/.default"),
            (form["grant_type"], form["client_id"], form["client_secret"], form["scope"]));

        var graphCalls = requests.Where(r => r.RawTarget.StartsWith("/v1.0/")).ToList();
        Assert.Equal(2, graphCalls.Count);
        var (get, put) = (graphCalls[0], graphCalls[1]);

        // 1. The channel's files folder: the team by its group id, the channel by its thread id, escaped.
        Assert.Equal(("GET", $"/v1.0/teams/{GroupId}/channels/{Uri.EscapeDataString(_world.ChannelId)}/filesFolder"), (get.Method, get.RawTarget));
        Assert.Equal($"Bearer {LocalGraph.AccessToken}", get.Authorization);
        Assert.Empty(get.Body);

        // 2. The upload into that folder, named for the kind, the day and the meeting, with the signed .docx as the body.
        var fileName = $"党组会议纪要-2026-11-26-{meetingId}.docx";
        Assert.Equal(("PUT", $"/v1.0/drives/{Uri.EscapeDataString(LocalGraph.DriveId)}/items/{LocalGraph.FolderId}:/{Uri.EscapeDataString(fileName)}:/content"),
            (put.Method, put.RawTarget));
        Assert.Equal($"Bearer {LocalGraph.AccessToken}", put.Authorization);
        Assert.Equal("application/octet-stream", put.ContentType);
        using var doc = WordprocessingDocument.Open(new MemoryStream(put.Body), false);
        var text = doc.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("党组会议纪要", text);
        Assert.Contains($"一、{Budget}", text);
        Assert.Contains($"签发人：{_world[0].Name}", text);
        Assert.Equal(meetingId, doc.PackageProperties.Identifier);
    }
}
