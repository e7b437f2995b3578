using Microsoft.Graph;
using Microsoft.Identity.Client;
using Microsoft.Kiota.Abstractions.Authentication;

namespace PartyGroupBot.MinutesDocs;

/// <summary>
/// Graph for the minutes archive, when configured. Keys (section "Graph"), each falling back to the bot's own
/// registration: <c>Graph:TenantId</c> (<c>MicrosoftAppTenantId</c>), <c>Graph:ClientId</c> (<c>MicrosoftAppId</c>),
/// <c>Graph:ClientSecret</c> (<c>MicrosoftAppPassword</c>); <c>Graph:BaseUrl</c> defaults to the Graph of
/// <c>Bot:Cloud</c> (https://graph.microsoft.com/v1.0 in the public cloud), and tokens come from that cloud's sign-in
/// host for that cloud's Graph scope. Graph is configured when tenant, client id and secret are all set, and
/// <c>Graph:ArchiveMinutes</c> is not false. The app needs the application permission Files.ReadWrite.All.
/// Tokens come from MSAL (already referenced for Bot Framework), so no Azure.Identity package is needed.
/// </summary>
public static class MinutesGraph
{
    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0";

    public static bool IsConfigured(IConfiguration config) => Settings(config) is not null;

    private static (string Tenant, string ClientId, string Secret)? Settings(IConfiguration config)
    {
        string? Key(string graphKey, string botKey) =>
            config[$"Graph:{graphKey}"] is { Length: > 0 } own ? own : config[botKey] is { Length: > 0 } bot ? bot : null;
        if (string.Equals(config["Graph:ArchiveMinutes"], "false", StringComparison.OrdinalIgnoreCase)) return null;
        var tenant = Key("TenantId", "MicrosoftAppTenantId");
        var clientId = Key("ClientId", "MicrosoftAppId");
        var secret = Key("ClientSecret", "MicrosoftAppPassword");
        return tenant is null || clientId is null || secret is null ? null : (tenant, clientId, secret);
    }

    /// <summary>Null when Graph is not configured: the minutes are then posted without an archive copy.
    /// <paramref name="http"/>, when given, carries both the token requests and the Graph requests (tests).</summary>
    public static GraphServiceClient? TryCreate(IConfiguration config, HttpClient? http = null)
    {
        if (Settings(config) is not { } settings) return null;
        var (tenant, clientId, secret) = settings;
        var cloud = Hosting.BotCloud.From(config) ?? Hosting.BotCloud.Public;

        var baseUrl = config["Graph:BaseUrl"] is { Length: > 0 } url ? url.TrimEnd('/') : cloud.GraphBaseUrl;
        var builder = ConfidentialClientApplicationBuilder.Create(clientId)
            .WithClientSecret(secret)
            .WithAuthority(cloud.Authority(tenant));
        if (http is not null) builder = builder.WithHttpClientFactory(new SharedHttpClient(http));
        var app = builder.Build();
        var auth = new BaseBearerTokenAuthenticationProvider(new AppTokenProvider(app, new Uri(baseUrl).Host, [cloud.GraphScope]));
        return http is null ? new GraphServiceClient(auth, baseUrl) : new GraphServiceClient(http, auth, baseUrl);
    }

    private sealed class SharedHttpClient(HttpClient http) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => http;
    }

    /// <summary>App-only tokens (client credentials) for Graph, cached by MSAL until they near expiry.</summary>
    private sealed class AppTokenProvider(IConfidentialClientApplication app, string graphHost, string[] scopes) : IAccessTokenProvider
    {
        // Tokens go only to the configured Graph host, never to a URL a response might point at.
        public AllowedHostsValidator AllowedHostsValidator { get; } = new([graphHost]);

        public async Task<string> GetAuthorizationTokenAsync(
            Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
        {
            if (!AllowedHostsValidator.IsUrlHostValid(uri)) return "";
            var result = await app.AcquireTokenForClient(scopes).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }
    }
}
