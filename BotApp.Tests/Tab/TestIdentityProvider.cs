using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PartyGroupBot.Tests.Tab;

/// <summary>
/// A stand-in for Entra ID's multi-tenant authority on loopback: OpenID metadata (issuer with a {tenantid} placeholder, as
/// login.microsoftonline.com/organizations/v2.0 has it) and a JWKS with one RSA key that signs the test tokens. The bot's
/// JWT bearer handler fetches both and validates as it would in production.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string Audience = "api://tab.test/partygroupbot";
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly RsaSecurityKey _key;
    private WebApplication _app = null!;

    private TestIdentityProvider() => _key = new RsaSecurityKey(_rsa) { KeyId = "tab-test-key" };

    public string Url { get; private set; } = "";
    public string Authority => Url + "/organizations/v2.0";
    public string Issuer(string tenant) => $"{Url}/{tenant}/v2.0";

    /// <summary>The bot's settings to trust this authority.</summary>
    public IEnumerable<string> BotArgs =>
        [$"--Tab:Authority={Authority}", $"--Tab:Audience={Audience}", "--Tab:RequireHttpsMetadata=false"];

    public static async Task<TestIdentityProvider> StartAsync()
    {
        var idp = new TestIdentityProvider();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/organizations/v2.0/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = idp.Url + "/{tenantid}/v2.0",
            ["jwks_uri"] = idp.Url + "/keys",
            ["authorization_endpoint"] = idp.Url + "/authorize",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        app.MapGet("/keys", () =>
        {
            var p = idp._rsa.ExportParameters(false);
            return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", kid = idp._key.KeyId, alg = "RS256",
                n = Base64UrlEncoder.Encode(p.Modulus), e = Base64UrlEncoder.Encode(p.Exponent) } } });
        });
        await app.StartAsync();
        idp._app = app;
        idp.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return idp;
    }

    /// <summary>A token as Teams SSO gives the tab: oid and tid of the person, signed by this authority's key.</summary>
    public string Token(string tenantId, string objectId, string? audience = null, string? issuer = null, SecurityKey? key = null,
        DateTime? expires = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer(tenantId),
            Audience = audience ?? Audience,
            Subject = new ClaimsIdentity([new Claim("oid", objectId), new Claim("tid", tenantId), new Claim("name", "test")]),
            IssuedAt = (expires ?? DateTime.UtcNow.AddHours(1)).AddHours(-2),
            NotBefore = (expires ?? DateTime.UtcNow.AddHours(1)).AddHours(-2),
            Expires = expires ?? DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(key ?? _key, SecurityAlgorithms.RsaSha256),
        });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _rsa.Dispose();
    }
}
