using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PartyGroupBot.Hosting;

namespace PartyGroupBot.Tab;

/// <summary>
/// The tab's sign-in: Teams SSO gives the page an Entra ID token (getAuthToken) and the page sends it as a bearer token.
/// The standard JWT bearer handler checks signature (keys from the authority's OpenID metadata), lifetime, audience and
/// issuer; the tenant (<c>Bot:Tenants</c>) and the roster are checked per request by <see cref="TabViewer"/>.
/// Keys: <c>Tab:Authority</c> (default the cloud's <c>…/organizations/v2.0</c>), <c>Tab:Audience</c> (the app ID URI
/// <c>api://host/botId</c>; the bot's <c>MicrosoftAppId</c> is accepted too, as v2 tokens name it), <c>Tab:Issuers</c>
/// (issuer templates beside the metadata's own, default the v1 <c>https://sts.windows.net/{tenantid}/</c>) and
/// <c>Tab:RequireHttpsMetadata</c> (default true; tests serve their metadata over loopback http).
/// </summary>
public static class TabAuthentication
{
    public const string Scheme = JwtBearerDefaults.AuthenticationScheme;
    public const string Policy = "tab";
    private const string TenantPlaceholder = "{tenantid}";

    public static void AddTabAuthentication(this IServiceCollection services, IConfiguration config, BotCloud cloud)
    {
        var authority = config["Tab:Authority"] is { Length: > 0 } a ? a : cloud.Authority("organizations") + "/v2.0";
        var audiences = new[] { config["Tab:Audience"], config["MicrosoftAppId"] }.Where(x => !string.IsNullOrEmpty(x)).Cast<string>().ToList();
        var issuers = config.GetSection("Tab:Issuers").Get<List<string>>() ?? ["https://sts.windows.net/{tenantid}/"];
        // No default scheme: only the tab's routes read a bearer token (the bot's own Bot Framework tokens are the adapter's).
        services.AddAuthentication().AddJwtBearer(Scheme, options =>
        {
            options.Authority = authority;
            options.RequireHttpsMetadata = !bool.TryParse(config["Tab:RequireHttpsMetadata"], out var https) || https;
            // Claims keep their token names (oid, tid) instead of long WS-Federation URIs.
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateAudience = true,
                // No audience configured: no token is accepted (fail closed), rather than any audience.
                ValidAudiences = audiences.Count > 0 ? audiences : ["urn:partygroupbot:tab-audience-not-configured"],
                ValidIssuers = issuers,
                // The handler hands the OpenID metadata (with its issuer) to this overload; the plain one never sees it.
                IssuerValidatorUsingConfiguration = ValidateIssuer,
                ValidateLifetime = true,
                RequireSignedTokens = true,
            };
        });
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser());
        services.AddSingleton<TabRecords>();
        services.AddSingleton<TabAccess>();
        services.AddSingleton<IssuedMinutes>();
    }

    /// <summary>
    /// A multi-tenant authority's metadata names its issuer with a <c>{tenantid}</c> placeholder: the issuer must be that
    /// template with the token's own tenant, the check Microsoft.Identity.Web makes. Which tenants are served is a 403
    /// decision after sign-in, not an invalid token.
    /// </summary>
    private static string ValidateIssuer(string issuer, SecurityToken token, TokenValidationParameters parameters, BaseConfiguration? metadata)
    {
        var tenant = token is JsonWebToken jwt && jwt.TryGetPayloadValue<string>("tid", out var tid) ? tid : null;
        var templates = (parameters.ValidIssuers ?? []).Append(parameters.ValidIssuer).Append(metadata?.Issuer).Where(t => !string.IsNullOrEmpty(t));
        if (tenant is { Length: > 0 } && templates.Any(t => string.Equals(
                t!.Replace(TenantPlaceholder, tenant, StringComparison.OrdinalIgnoreCase), issuer, StringComparison.Ordinal)))
            return issuer;
        throw new SecurityTokenInvalidIssuerException($"Issuer {issuer} is not the authority's issuer for tenant {tenant}.") { InvalidIssuer = issuer };
    }
}
