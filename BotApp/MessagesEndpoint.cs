using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.IdentityModel.Tokens;

namespace PartyGroupBot;

/// <summary>
/// POST /api/messages: the Bot Framework adapter behind plain HTTP guards, so bad requests get the status that says why
/// (415 not JSON, 413 too large, 403 another tenant or channel, 401 token not valid) instead of a server error.
/// </summary>
public static class MessagesEndpoint
{
    /// <summary>Far above any real activity (Teams caps messages near 100 KB), far below what would hurt the host.</summary>
    public const long MaxBodyBytes = 256 * 1024;

    public static async Task HandleAsync(HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot, IConfiguration config, Hosting.TenantGate gate)
    {
        var request = http.Request;
        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            http.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return;
        }
        if (request.ContentLength > MaxBodyBytes)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxBodyBytes;

        try
        {
            if (!await gate.AdmitsAsync(request, http.RequestAborted))
            {
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        try
        {
            await adapter.ProcessAsync(request, http.Response, bot, http.RequestAborted);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge && !http.Response.HasStarted)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        }
        catch (Exception ex) when (IsBadToken(ex, config) && !http.Response.HasStarted)
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
    }

    /// <summary>
    /// With authentication on, a token that cannot be read or validated gets 401, whether it is malformed or its signing
    /// keys cannot be fetched (IdentityModel's IDX errors): either way the caller is not proven to be the Bot Connector.
    /// </summary>
    private static bool IsBadToken(Exception ex, IConfiguration config) =>
        !string.IsNullOrEmpty(config["MicrosoftAppId"])
        && (ex is SecurityTokenException or ArgumentException or UnauthorizedAccessException
            || ex is InvalidOperationException && ex.Message.StartsWith("IDX", StringComparison.Ordinal));
}
