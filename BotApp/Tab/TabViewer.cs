using System.Security.Claims;
using PartyGroupBot.Bot;
using PartyGroupBot.Hosting;

namespace PartyGroupBot.Tab;

/// <summary>The signed-in person as the validated token names them: tenant (tid) and Entra object id (oid).</summary>
public sealed record TabViewer(string TenantId, string ObjectId)
{
    public static TabViewer? From(ClaimsPrincipal user) =>
        user.FindFirst("tid")?.Value is { Length: > 0 } tid && user.FindFirst("oid")?.Value is { Length: > 0 } oid
            ? new TabViewer(tid, oid)
            : null;
}

/// <summary>
/// Who sees what: only a tenant the bot serves (<c>Bot:Tenants</c>), and in it only the groups whose roster has the
/// person's object id; a team id of another group or tenant finds nothing (403), never another group's record.
/// </summary>
public sealed class TabAccess(BotAccess access, PersonGroups personGroups)
{
    public async Task<(IResult? Denied, IReadOnlyList<TeamGroup> Groups)> GroupsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (TabViewer.From(user) is not { } viewer) return (Results.Unauthorized(), []);
        // An empty list serves any tenant only where the bot itself does (Development, anonymous); deployments list theirs.
        if (!access.Serves(viewer.TenantId)) return (Results.StatusCode(403), []);
        var groups = await personGroups.OfAsync(viewer.TenantId, viewer.ObjectId, ct);
        return groups.Count == 0 ? (Results.StatusCode(403), []) : (null, groups);
    }

    public async Task<(IResult? Denied, TeamGroup? Group, TabViewer? Viewer)> GroupAsync(ClaimsPrincipal user, string? teamId, CancellationToken ct)
    {
        var (denied, groups) = await GroupsAsync(user, ct);
        if (denied is not null) return (denied, null, null);
        var group = groups.FirstOrDefault(g => g.Key.TeamId == teamId);
        return group is null ? (Results.StatusCode(403), null, null) : (null, group, TabViewer.From(user));
    }
}
