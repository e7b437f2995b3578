using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace PartyGroupBot.Calendar;

/// <summary>One meeting as it goes into each person's calendar: the agenda notice is the invitation's body.</summary>
public sealed record CalendarInvitation(
    string MeetingId, string Subject, DateOnly Date, TimeOnly Time, TimeSpan Duration, string TimeZoneId, string Place, string BodyHtml);

/// <summary>Whose calendars got the event and whose did not.</summary>
public sealed record CalendarOutcome(IReadOnlyList<string> Created, IReadOnlyList<string> Failed);

/// <summary>
/// Puts a scheduled meeting into each invitee's own Outlook calendar through Microsoft Graph:
/// POST /users/{aad-object-id}/events, one per person, with no attendees, so Exchange sends no mail of its own and
/// nobody's address is needed. Needs the application permission Calendars.ReadWrite (admin consent). A transactionId
/// per meeting and person lets Graph drop a retried create instead of adding a second event.
/// </summary>
public sealed class MeetingCalendar(GraphServiceClient graph, ILogger<MeetingCalendar> log)
{
    public async Task<CalendarOutcome> InviteAsync(CalendarInvitation invitation, IEnumerable<string> userIds, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        // In parallel: the secretary's click waits for these, and Teams gives an invoke only seconds.
        var created = await Task.WhenAll(ids.Select(id => TryCreateAsync(invitation, id, ct)));
        return new CalendarOutcome(
            ids.Where((_, i) => created[i]).ToList(),
            ids.Where((_, i) => !created[i]).ToList());
    }

    private async Task<bool> TryCreateAsync(CalendarInvitation invitation, string userId, CancellationToken ct)
    {
        try
        {
            await graph.Users[userId].Events.PostAsync(Event(invitation, userId), cancellationToken: ct);
            return true;
        }
        catch (Exception ex)
        {
            // Any failure, a timeout included, leaves the meeting scheduled; the caller tells the secretary whom it missed.
            log.LogWarning(ex, "Creating the calendar event of {Meeting} for {User} failed", invitation.MeetingId, userId);
            return false;
        }
    }

    public static Event Event(CalendarInvitation invitation, string userId)
    {
        var (zone, start) = Zone(invitation);
        return new Event
        {
            Subject = invitation.Subject,
            Body = new ItemBody { ContentType = BodyType.Html, Content = invitation.BodyHtml },
            Start = new DateTimeTimeZone { DateTime = start.ToString("yyyy-MM-ddTHH:mm:ss"), TimeZone = zone },
            End = new DateTimeTimeZone { DateTime = (start + invitation.Duration).ToString("yyyy-MM-ddTHH:mm:ss"), TimeZone = zone },
            Location = new Location { DisplayName = invitation.Place },
            IsReminderOn = true,
            ReminderMinutesBeforeStart = 30,
            ShowAs = FreeBusyStatus.Busy,
            TransactionId = $"pgb-{invitation.MeetingId}-{userId}",
        };
    }

    /// <summary>
    /// Graph names zones the Windows way ("China Standard Time"); a profile names them the IANA way ("Asia/Shanghai").
    /// Where neither converts, the wall time is given in UTC, which every mailbox understands.
    /// </summary>
    private static (string Zone, DateTime Start) Zone(CalendarInvitation invitation)
    {
        var wall = invitation.Date.ToDateTime(invitation.Time);
        if (TimeZoneInfo.TryConvertIanaIdToWindowsId(invitation.TimeZoneId, out var windows)) return (windows, wall);
        if (TimeZoneInfo.TryConvertWindowsIdToIanaId(invitation.TimeZoneId, out _)) return (invitation.TimeZoneId, wall);
        var offset = TimeSpan.FromHours(8);
        try { offset = TimeZoneInfo.FindSystemTimeZoneById(invitation.TimeZoneId).GetUtcOffset(wall); }
        catch (TimeZoneNotFoundException) { /* Beijing time, the rules' default */ }
        return ("UTC", wall - offset);
    }
}
