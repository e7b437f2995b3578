using System.Net;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Bot;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Calendar;

/// <summary>
/// 安排会议 → calendar events (AG2): the members who get the agenda notice privately, and the observers, get the meeting
/// in their Outlook calendar with the notice as its body, when Graph is configured. Returns what the secretary is told.
/// </summary>
public sealed class ScheduledInvitations(MeetingCalendar calendar, CalendarOptions options)
{
    public async Task<JObject> InviteAsync(
        Texts.Texts t, TeamGroup team, MeetingScheduled plan, IReadOnlyList<AgendaItem> items,
        IReadOnlyList<string> observerNames, IReadOnlyDictionary<string, string> names, CancellationToken ct)
    {
        var group = team.Stored.Group;
        var invitees = group.Members.Where(m => m.Role.AttendsByRole()).Select(m => m.Id)
            .Concat(plan.ObserverIds).ToList();
        var invitation = new CalendarInvitation(plan.MeetingId, Texts.Texts.Chinese.Kind(plan.Kind), plan.Date, plan.Time,
            TimeSpan.FromMinutes(options.DurationMinutes), group.Profile.TimeZoneId, plan.Place, Body(plan, items, observerNames));
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
        var outcome = await calendar.InviteAsync(invitation, invitees, limit.Token);
        if (outcome.Failed.Count == 0) return Text(t.Format("calendar.done", outcome.Created.Count));
        // The meeting stands (it is stored and notified); the secretary learns whose calendar lacks it.
        var missed = string.Join(t.English ? ", " : "、", outcome.Failed.Select(id => names.GetValueOrDefault(id) ?? id));
        return Text(t.Format("calendar.failed", outcome.Failed.Count, missed));
    }

    /// <summary>
    /// The private agenda notice in HTML, in zh-CN like every notice. A mailbox is not the meeting: a confidential topic's
    /// title is withheld there as in the channel (AG6, MN6), and no materials are attached.
    /// </summary>
    public static string Body(MeetingScheduled plan, IReadOnlyList<AgendaItem> items, IReadOnlyList<string> observerNames)
    {
        var zh = Texts.Texts.Chinese;
        string E(string s) => WebUtility.HtmlEncode(s);
        var lines = new List<string>
        {
            $"<p><b>{E(Cards.AgendaNoticeCard.TitleOf(zh, plan))}</b></p>",
            $"<p>{E(zh["agenda.notice.date"])}：{plan.Date:yyyy-MM-dd}<br>{E(zh["agenda.notice.time"])}：{E(zh.Format("agenda.notice.timeValue", plan.Time.ToString("HH:mm")))}<br>{E(zh["agenda.notice.place"])}：{E(plan.Place)}</p>",
        };
        if (observerNames.Count > 0) lines.Add($"<p>{E(zh["agenda.notice.observers"])}：{E(string.Join("、", observerNames))}</p>");
        lines.Add($"<p>{E(zh[plan.Kind == MeetingKind.PartyGroupMeeting ? "agenda.notice.items" : "agenda.notice.topics"])}</p><ol>");
        lines.AddRange(items.Select(i => $"<li>{E(i.Confidential ? zh["calendar.confidentialWithheld"] : i.Title + (i.Report ? zh["agenda.notice.report"] : ""))}</li>"));
        lines.Add("</ol>");
        if (items.Any(i => i.Confidential)) lines.Add($"<p>{E(zh["agenda.notice.confidentialNote"])}</p>");
        lines.Add($"<p>{E(zh["calendar.footer"])}</p>");
        return string.Join("\n", lines);
    }
}

/// <summary>Configuration section "Calendar": how long an invitation blocks, and how long the click waits for Graph.</summary>
public sealed class CalendarOptions
{
    /// <summary>Set false to keep Graph for the minutes archive but put nothing in calendars.</summary>
    public bool Enabled { get; set; } = true;
    public int DurationMinutes { get; set; } = 120;
    public int TimeoutSeconds { get; set; } = 4;

    public static CalendarOptions From(IConfiguration config) => config.GetSection("Calendar").Get<CalendarOptions>() ?? new();
}
