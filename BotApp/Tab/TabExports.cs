using System.Security.Claims;
using PartyGroupBot.Bot;
using PartyGroupBot.MinutesDocs;

namespace PartyGroupBot.Tab;

/// <summary>
/// The tab's downloads: the year's register of signed minutes (年度党组会议记录汇编, .docx), one meeting's signed minutes
/// (.docx, as archived to the channel's files) and the 督办台账 (.xlsx). Same sign-in and roster check as the views.
/// </summary>
public static class TabExports
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/export/register.docx", (ClaimsPrincipal user, string? team, int? year, TabAccess access, TabRecords records, IssuedMinutes minutes, TimeProvider clock, CancellationToken ct) =>
            TabEndpoints.WithGroupAsync(user, team, access, ct, async (g, _) =>
            {
                var y = TabEndpoints.Year(g, year, clock);
                var signed = new List<Core.Minutes.Minutes>();
                foreach (var m in await records.MeetingsAsync(g, y, ct))
                    if (m.Signature is not null) signed.Add(await minutes.SignedAsync(g, m, ct));
                return Results.File(MinutesDocument.BuildRegister(y, signed, g.Stored.Group.Profile), MinutesDocument.ContentType,
                    MinutesDocument.RegisterTitle(y) + ".docx");
            }));
        api.MapGet("/export/minutes.docx", (ClaimsPrincipal user, string? team, string? meeting, TabAccess access, TabRecords records, IssuedMinutes minutes, CancellationToken ct) =>
            TabEndpoints.WithGroupAsync(user, team, access, ct, async (g, _) =>
            {
                // MN3: only signed minutes are issued; MN6: the channel's copy.
                if (meeting is null || await records.MeetingAsync(g, meeting, ct) is not { Signature: not null } m) return Results.NotFound();
                var signed = await minutes.SignedAsync(g, m, ct);
                return Results.File(MinutesDocument.Build(signed, m.Profile), MinutesDocument.ContentType, MinutesDocument.FileName(signed, m.Profile));
            }));
        api.MapGet("/export/decisions.xlsx", (ClaimsPrincipal user, string? team, TabAccess access, TabRecords records, TimeProvider clock, CancellationToken ct) =>
            TabEndpoints.WithGroupAsync(user, team, access, ct, async (g, viewer) =>
            {
                var rows = DecisionLedger.For(g, await records.AgendaAsync(g, ct), viewer.ObjectId, clock.GetUtcNow());
                return Results.File(DecisionsWorkbook.Build(rows), DecisionsWorkbook.ContentType, "督办台账.xlsx");
            }));
    }
}

/// <summary>Signed minutes as issued: drafted from the log with the group's decisions, with the chain head issued at sign-off (MN1).</summary>
public sealed class IssuedMinutes(Storage.AgendaStore agendas, TabRecords records)
{
    public async Task<Core.Minutes.Minutes> SignedAsync(TeamGroup g, Core.Meetings.MeetingState m, CancellationToken ct)
    {
        var report = await records.VerifyAsync(g, m.Id, ct);
        var at = await records.SignedSequenceAsync(g, m.Id, ct);
        var head = at >= 0 && at < report.Hashes.Count ? report.Hashes[at] : null;
        return await agendas.DraftMinutesAsync(g, m, ct) with { ChainHead = head is null ? null : head.Length >= 16 ? head[..16] : head };
    }
}
