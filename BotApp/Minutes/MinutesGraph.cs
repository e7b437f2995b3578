using Microsoft.Graph;
using Microsoft.Identity.Client;
using Microsoft.Kiota.Abstractions.Authentication;

namespace PartyGroupBot.MinutesDocs;

/// <summary>
/// Graph for the minutes archive, when configured. Keys (section "Graph"), each falling back to the bot's own
/// registration: <c>Graph:TenantId</c> (<c>MicrosoftAppTenantId</c>), <c>Graph:ClientId</c> (<c>MicrosoftAppId</c>),
/// <c>Graph:ClientSecret</c> (<c>MicrosoftAppPassword</c>); <c>Graph:BaseUrl</c> defaults to
/// https://graph.microsoft.com/v1.0. Graph is configured when tenant, client id and secret are all set, and
/// <c>Graph:ArchiveMinutes</c> is not false. The app needs the application permission Files.ReadWrite.All.
/// Tokens come from MSAL (already referenced for Bot Framework), so no Azure.Identity package is needed.
/// </summary>
public static class MinutesGraph
{
    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0";

    /// <summary>Null when Graph is not configured: the minutes are then posted without an archive copy.
    /// <paramref name="http"/>, when given, carries both the token requests and the Graph requests (tests).</summary>
    public static GraphServiceClient? TryCreate(IConfiguration config, HttpClient? http = null)
    {
        string? Key(string graphKey, string botKey) =>
            config[$"Graph:{graphKey}"] is { Length: > 0 } own ? own : config[botKey] is { Length: > 0 } bot ? bot : null;
        if (string.Equals(config["Graph:ArchiveMinutes"], "false", StringComparison.OrdinalIgnoreCase)) return null;
        var tenant = Key("TenantId", "MicrosoftAppTenantId");
        var clientId = Key("ClientId", "MicrosoftAppId");
        var secret = Key("ClientSecret", "MicrosoftAppPassword");
        if (tenant is null || clientId is null || secret is null) return null;

        var baseUrl = config["Graph:BaseUrl"] is { Length: > 0 } url ? url.TrimEnd('/') : DefaultBaseUrl;
        var builder = ConfidentialClientApplicationBuilder.Create(clientId)
            .WithClientSecret(secret)
            .WithTenantId(tenant);
        if (http is not null) builder = builder.WithHttpClientFactory(new SharedHttpClient(http));
        var app = builder.Build();
        var auth = new BaseBearerTokenAuthenticationProvider(new AppTokenProvider(app, new Uri(baseUrl).Host));
        return http is null ? new GraphServiceClient(auth, baseUrl) : new GraphServiceClient(http, auth, baseUrl);
    }

    private sealed class SharedHttpClient(HttpClient http) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => http;
    }

    /// <summary>App-only tokens (client credentials) for Graph, cached by MSAL until they near expiry.</summary>
    private sealed class AppTokenProvider(IConfidentialClientApplication app, string graphHost) : IAccessTokenProvider
    {
        private static readonly string[] Scopes = ["https://graph.microsoft.com/.default"];

        // Tokens go only to the configured Graph host, never to a URL a response might point at.
        public AllowedHostsValidator AllowedHostsValidator { get; } = new([graphHost]);

        public async Task<string> GetAuthorizationTokenAsync(
            Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
        {
            if (!AllowedHostsValidator.IsUrlHostValid(uri)) return "";
            var result = await app.AcquireTokenForClient(Scopes).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }
    }
}
