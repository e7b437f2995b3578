using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartyGroupBot.Hosting;
using PartyGroupBot.MinutesDocs;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Deployment;

/// <summary>
/// <c>Bot:Cloud</c> picks every endpoint from one table (issue 14): the Bot Framework's, sign-in, Graph and the storage
/// suffix; explicit keys still win. Under China no request goes to a public-cloud host.
/// </summary>
[Trait("Category", "Http")]
public sealed class CloudTests(SharedAzurite azurite) : IClassFixture<SharedAzurite>
{
    private const string Tenant = "5f0c2a7e-1d3b-4e8f-9a6c-0b1d2e3f4a5b";

    /// <summary>Hosts of the public cloud that a bot in another cloud must never call.</summary>
    private static readonly string[] PublicCloudDomains =
        ["botframework.com", "microsoftonline.com", "microsoft.com", "windows.net", "azure.com", "office.com", "sharepoint.com"];

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    public static TheoryData<string, string, string, string, string, string, string, string> Clouds => new()
    {
        { "Public", $"https://login.microsoftonline.com/{Tenant}", "https://api.botframework.com",
            "https://login.botframework.com/v1/.well-known/openidconfiguration", "https://api.botframework.com",
            "https://graph.microsoft.com/v1.0", "https://graph.microsoft.com/.default", "core.windows.net" },
        { "China", $"https://login.partner.microsoftonline.cn/{Tenant}", "https://api.botframework.azure.cn",
            "https://login.botframework.azure.cn/v1/.well-known/openidconfiguration", "https://token.botframework.azure.cn/",
            "https://microsoftgraph.chinacloudapi.cn/v1.0", "https://microsoftgraph.chinacloudapi.cn/.default", "core.chinacloudapi.cn" },
        { "USGovernment", $"https://login.microsoftonline.us/{Tenant}", "https://api.botframework.us",
            "https://login.botframework.azure.us/v1/.well-known/openidconfiguration", "https://tokengcch.botframework.azure.us/",
            "https://graph.microsoft.us/v1.0", "https://graph.microsoft.us/.default", "core.usgovcloudapi.net" },
    };

    [Theory]
    [MemberData(nameof(Clouds))]
    public void Each_cloud_resolves_its_own_endpoints(
        string name, string login, string scope, string openId, string oauth, string graph, string graphScope, string suffix)
    {
        var config = Config(("Bot:Cloud", name), ("MicrosoftAppType", "SingleTenant"), ("MicrosoftAppTenantId", Tenant));
        var cloud = BotCloud.From(config)!;
        var settings = cloud.BotFrameworkSettings(config);

        Assert.Equal(name, cloud.Name);
        Assert.Equal((login, scope, scope, openId, oauth),
            (settings["ToChannelFromBotLoginUrl"], settings["ToChannelFromBotOAuthScope"], settings["ToBotFromChannelTokenIssuer"],
                settings["ToBotFromChannelOpenIdMetadataUrl"], settings["OAuthUrl"]));
        Assert.Equal((graph, graphScope, login), (cloud.GraphBaseUrl, cloud.GraphScope, cloud.Authority(Tenant)));
        Assert.Equal($"DefaultEndpointsProtocol=https;AccountName=pgb;AccountKey=a2V5;EndpointSuffix={suffix}",
            cloud.StorageConnectionString("DefaultEndpointsProtocol=https;AccountName=pgb;AccountKey=a2V5"));
        // The SDK built from these settings asks for tokens for this cloud's Bot Framework.
        var auth = new ConfigurationBotFrameworkAuthentication(BotAppHost.BotFrameworkConfiguration(config, cloud));
        Assert.Equal(scope, auth.GetOriginatingAudience());
    }

    [Fact]
    public void Explicit_keys_win_over_the_cloud_table_and_an_unknown_cloud_is_refused()
    {
        var config = Config(("Bot:Cloud", "China"), ("OAuthUrl", "https://token.example.cn/"),
            ("ToBotFromChannelOpenIdMetadataUrl", "https://login.example.cn/openid"));
        var settings = BotCloud.China.BotFrameworkSettings(config);

        Assert.Equal(("https://token.example.cn/", "https://login.example.cn/openid", "https://api.botframework.azure.cn"),
            (settings["OAuthUrl"], settings["ToBotFromChannelOpenIdMetadataUrl"], settings["ToChannelFromBotOAuthScope"]));
        Assert.Equal("https://login.partner.microsoftonline.cn/microsoftservices.onmicrosoft.cn", settings["ToChannelFromBotLoginUrl"]);
        Assert.Equal("TableEndpoint=https://pgb.table.core.chinacloudapi.cn/;SharedAccessSignature=sv=1",
            BotCloud.China.StorageConnectionString("TableEndpoint=https://pgb.table.core.chinacloudapi.cn/;SharedAccessSignature=sv=1"));
        Assert.Null(BotCloud.From(Config(("Bot:Cloud", "Mars"))));
        Assert.Same(BotCloud.Public, BotCloud.From(Config()));
    }

    [Fact]
    public async Task Under_China_a_proactive_send_and_the_minutes_archive_call_no_public_cloud_host()
    {
        var outside = new OutsideRequests();
        var logs = new LogCapture();
        await using var connector = new FakeConnector();
        await connector.StartAsync();
        await using var bot = await BotServer.StartAsync(azurite, "china", [], services =>
            {
                outside.Install(services);
                services.AddSingleton<ILoggerProvider>(logs);
            },
            "--Bot:Cloud=China", "--MicrosoftAppId=bot-app", "--MicrosoftAppPassword=bot-secret", "--MicrosoftAppType=SingleTenant",
            $"--MicrosoftAppTenantId={Tenant}", $"--Bot:Tenants:0={Tenant}", "--Bot:AllowAnonymous=false");

        // A reminder or the signed minutes go out like this: the adapter signs in for the connector, then posts.
        var adapter = bot.Services.GetRequiredService<CloudAdapter>();
        var reference = new ConversationReference
        {
            ServiceUrl = connector.Url, ChannelId = "msteams", Conversation = new ConversationAccount(id: "19:general@thread.tacv2"),
            Bot = new ChannelAccount("28:bot-app"),
        };
        await adapter.ContinueConversationAsync("bot-app", reference, (turn, ct) => turn.SendActivityAsync("通知", cancellationToken: ct), default);

        Assert.Contains(connector.Requests, r => r.Method == "POST" && r.Body?["text"]?.ToString() == "通知");
        var token = Assert.Single(outside.Requests, r => r.Uri.AbsolutePath.EndsWith("/oauth2/v2.0/token"));
        Assert.Equal($"https://login.partner.microsoftonline.cn/{Tenant}/oauth2/v2.0/token", token.Uri.GetLeftPart(UriPartial.Path));
        Assert.Contains("scope=" + Uri.EscapeDataString("https://api.botframework.azure.cn/.default"), token.Body);

        // The archive: 21Vianet offers no channel files folder through Graph, so the group's drive takes the minutes.
        using var graphHttp = new HttpClient(outside, disposeHandler: false);
        var config = bot.Services.GetRequiredService<IConfiguration>();
        var archive = new MinutesArchive(MinutesGraph.TryCreate(config, graphHttp)!, BotCloud.China.OffersTeamsGraph);
        var archived = await archive.UploadAsync("8b3c9f4e-2f4a-4d8e-9a53-1f0b6c2d7e11", "19:general@thread.tacv2", "minutes.docx", [1, 2, 3]);
        Assert.Equal("01MINUTES", archived.ItemId);
        var graph = outside.Requests.Where(r => r.Uri.Host == "microsoftgraph.chinacloudapi.cn").Select(r => $"{r.Method} {Uri.UnescapeDataString(r.Uri.AbsolutePath)}").ToList();
        Assert.Equal(["GET /v1.0/groups/8b3c9f4e-2f4a-4d8e-9a53-1f0b6c2d7e11/drive",
            $"PUT /v1.0/drives/b!Z3JvdXAtZHJpdmU/items/root:/{MinutesArchive.GroupDriveFolder}/minutes.docx:/content"], graph);

        var publicHosts = outside.Requests.Select(r => r.Uri.Host).Where(h => PublicCloudDomains.Any(d => h == d || h.EndsWith("." + d))).ToList();
        Assert.True(publicHosts.Count == 0, "public-cloud hosts called: " + string.Join(", ", publicHosts));
        Assert.All(outside.Requests, r => Assert.EndsWith(".cn", r.Uri.Host));
        // Said at start, for the administrator.
        Assert.Contains(logs.Records, r => r.Level == LogLevel.Warning && r.Message.Contains("group drive"));
    }
}
