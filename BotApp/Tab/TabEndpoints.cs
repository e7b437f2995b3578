using System.Reflection;
using System.Security.Claims;
using PartyGroupBot.Core.Records;
using PartyGroupBot.Core.Reminders;
using PartyGroupBot.MinutesDocs;

namespace PartyGroupBot.Tab;

/// <summary>
/// 会议档案, the group's record in a Teams tab: the page at <c>/tab</c> (personal and channel tab) and its JSON API under
/// <c>/tab/api</c>, every API route behind the tab's bearer token (401) and the tenant and roster check (403).
/// A group is named by its Teams team id in <c>?team=</c>; the year by <c>?year=</c> (default the group's current year).
/// </summary>
public static class TabEndpoints
{
    public static void MapTab(this WebApplication app)
    {
        app.MapGet("/tab", () => Page("index.html"));
        app.MapGet("/tab/{file}", (string file) => Page(file));

        var api = app.MapGroup("/tab/api").RequireAuthorization(TabAuthentication.Policy);
        api.MapGet("/groups", async (ClaimsPrincipal user, TabAccess access, CancellationToken ct) =>
        {
            var (denied, groups) = await access.GroupsAsync(user, ct);
            var viewer = TabViewer.From(user);
            return denied ?? Json(groups.Select(g => new
            {
                teamId = g.Key.TeamId,
                name = g.Stored.TeamName ?? g.Key.TeamId,
                profile = g.Stored.Group.Profile.Name,
                role = g.Stored.Group.Find(viewer!.ObjectId)?.Role.ToString(),
            }));
        });
        api.MapGet("/year", (ClaimsPrincipal user, string? team, int? year, TabAccess access, TabRecords records, TimeProvider clock, CancellationToken ct) =>
            WithGroupAsync(user, team, access, ct, async (g, _) =>
            {
                var groupClock = new GroupClock(g.Stored.Group.Profile);
                var y = year ?? groupClock.Day(clock.GetUtcNow()).Year;
                return Json(YearDuties.Of(g.Stored.Group.Profile, groupClock, y, await records.IndexedAsync(g, y, ct), clock.GetUtcNow()));
            }));
        api.MapGet("/meetings", (ClaimsPrincipal user, string? team, int? year, TabAccess access, TabRecords records, TimeProvider clock, CancellationToken ct) =>
            WithGroupAsync(user, team, access, ct, async (g, viewer) =>
            {
                var views = new List<MeetingView>();
                foreach (var m in await records.MeetingsAsync(g, Year(g, year, clock), ct))
                    views.Add(MeetingView.Of(m, viewer.ObjectId, await CheckAsync(records, g, m, ct)));
                return Json(views);
            }));
        api.MapGet("/attendance", (ClaimsPrincipal user, string? team, int? year, TabAccess access, TabRecords records, TimeProvider clock, CancellationToken ct) =>
            WithGroupAsync(user, team, access, ct, async (g, _) =>
                Json(AttendanceRecord.Of(await records.MeetingsAsync(g, Year(g, year, clock), ct))
                    .Select(a => new { a.MemberId, a.Name, a.Attended, a.OnLeave, a.Absent, a.Expected, rate = Math.Round(a.Rate, 4) }))));
        api.MapGet("/decisions", (ClaimsPrincipal user, string? team, TabAccess access, TabRecords records, TimeProvider clock, CancellationToken ct) =>
            WithGroupAsync(user, team, access, ct, async (g, viewer) =>
                Json(DecisionLedger.For(g, await records.AgendaAsync(g, ct), viewer.ObjectId, clock.GetUtcNow()))));
        TabExports.Map(api);
    }

    /// <summary>Web casing, and enums by name (Met, Missing, Passed …) for the page to word in its language.</summary>
    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private static IResult Json(object value) => Results.Json(value, JsonOptions);

    public delegate Task<IResult> GroupHandler(Bot.TeamGroup group, TabViewer viewer);

    public static async Task<IResult> WithGroupAsync(ClaimsPrincipal user, string? team, TabAccess access, CancellationToken ct, GroupHandler handler)
    {
        var (denied, group, viewer) = await access.GroupAsync(user, team, ct);
        return denied ?? await handler(group!, viewer!);
    }

    public static int Year(Bot.TeamGroup g, int? year, TimeProvider clock) =>
        year ?? new GroupClock(g.Stored.Group.Profile).Day(clock.GetUtcNow()).Year;

    /// <summary>MN1: the chain checked now, and the head as issued with the signed minutes (the hash after MinutesSigned).</summary>
    private static async Task<RecordCheckView> CheckAsync(TabRecords records, Bot.TeamGroup g, Core.Meetings.MeetingState m, CancellationToken ct)
    {
        var report = await records.VerifyAsync(g, m.Id, ct);
        var signedAt = m.Signature is null ? -1 : await records.SignedSequenceAsync(g, m.Id, ct);
        var head = signedAt >= 0 && signedAt < report.Hashes.Count ? report.Hashes[signedAt] : null;
        return new RecordCheckView(report.Intact, head is null ? null : head.Length >= 16 ? head[..16] : head);
    }

    private static readonly Assembly Self = typeof(TabEndpoints).Assembly;

    /// <summary>The page's files are embedded in the app (no CDN, nothing to deploy beside the app).</summary>
    private static IResult Page(string file)
    {
        var stream = Self.GetManifestResourceStream("tab/" + file);
        if (stream is null) return Results.NotFound();
        var type = Path.GetExtension(file) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".png" => "image/png",
            _ => "application/octet-stream",
        };
        return Results.Stream(stream, type);
    }
}
