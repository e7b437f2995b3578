using System.Text.Json;

namespace PartyGroupBot.Hosting;

/// <summary>
/// Serves only Teams (channel <c>msteams</c>) in the tenants of <c>Bot:Tenants</c> (issue 13): anything else is answered
/// 403 before any handler runs, so it changes nothing. Reads the tenant where Teams puts it, <c>channelData.tenant.id</c>,
/// else <c>conversation.tenantId</c>.
/// </summary>
public sealed class TenantGate(BotAccess access)
{
    public const string TeamsChannel = "msteams";

    /// <summary>True when the activity may go on to the adapter. Leaves the body readable from the start.</summary>
    public async Task<bool> AdmitsAsync(HttpRequest request, CancellationToken ct)
    {
        request.EnableBuffering();
        string? channel, tenant;
        try
        {
            using var json = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            // Not an activity at all: the adapter answers it as it does any unreadable body (400).
            if (json.RootElement.ValueKind != JsonValueKind.Object) return true;
            (channel, tenant) = Read(json.RootElement);
        }
        catch (JsonException)
        {
            return true;
        }
        finally
        {
            request.Body.Position = 0;
        }
        return channel == TeamsChannel && access.Serves(tenant);
    }

    private static (string? Channel, string? Tenant) Read(JsonElement activity)
    {
        var channel = Text(activity, "channelId");
        var tenant = activity.TryGetProperty("channelData", out var data) && data.ValueKind == JsonValueKind.Object
                     && data.TryGetProperty("tenant", out var t) && t.ValueKind == JsonValueKind.Object
            ? Text(t, "id")
            : null;
        if (tenant is null && activity.TryGetProperty("conversation", out var conversation) && conversation.ValueKind == JsonValueKind.Object)
            tenant = Text(conversation, "tenantId");
        return (channel, tenant);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
