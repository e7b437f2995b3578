using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Core.Reminders;

/// <summary>
/// The reminder planner (提醒计划): a pure function from a group's calendar and a time window to the reminders
/// that fall due in it. No clock is read; the caller passes the window.
/// A reminder's condition ("no meeting yet this month", "minutes still unsigned") is judged by the facts known
/// at its due time, so planning the same window again gives the same reminders with the same ids.
/// </summary>
public static class ReminderPlanner
{
    /// <summary>The reminders with <paramref name="after"/> &lt; DueAt ≤ <paramref name="until"/>.</summary>
    public static IReadOnlyList<Reminder> Between(GroupCalendar calendar, DateTimeOffset after, DateTimeOffset until)
    {
        var clock = new GroupClock(calendar.Profile);
        var all = Periodic.Reminders(calendar, clock, after, until)
            .Concat(calendar.Meetings.SelectMany(m => ForMeeting(calendar, clock, m)))
            .Concat(calendar.Decisions.SelectMany(d => ForDecision(calendar.Settings, clock, d, until)));
        return all.Where(r => r.DueAt > after && r.DueAt <= until)
            .OrderBy(r => r.DueAt).ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The reminders due by <paramref name="now"/> that fell due in the last <paramref name="lookBack"/>.</summary>
    public static IReadOnlyList<Reminder> Due(GroupCalendar calendar, DateTimeOffset now, TimeSpan lookBack) =>
        Between(calendar, now - lookBack, now);

    private static IEnumerable<Reminder> ForMeeting(GroupCalendar calendar, GroupClock clock, CalendarMeeting m)
    {
        var settings = calendar.Settings;
        var profile = calendar.Profile;
        Reminder Make(ReminderKind kind, Recipient to, DateTimeOffset due, DateTimeOffset? deadline = null) =>
            new($"{Slug(kind)}|{m.Id}|{to.Key}", kind, to, due) { SubjectId = m.Id, Title = m.Title, Deadline = deadline ?? m.StartsAt };

        // A notice the rules require (AG2, Q3, DL2) goes out late rather than never when the meeting was scheduled late;
        // a mere "starts tomorrow" is skipped when it would come after the meeting was announced anyway.
        DateTimeOffset NoEarlierThanKnown(DateTimeOffset due) => due < m.KnownSince ? m.KnownSince : due;

        if (m.Kind == MeetingKind.PartyGroupMeeting)
        {
            var notice = clock.At(clock.Day(m.StartsAt).AddDays(-profile.AgendaNoticeDays), settings.LocalHour);
            yield return Make(ReminderKind.AgendaNotice, Recipient.Channel, NoEarlierThanKnown(notice));
            yield return Make(ReminderKind.LeaveDeadline, Recipient.Channel, NoEarlierThanKnown(m.StartsAt - settings.LeaveDeadlineLead));
        }

        foreach (var (kind, lead) in new[] { (ReminderKind.MeetingTomorrow, TimeSpan.FromDays(1)), (ReminderKind.MeetingSoon, settings.StartsSoonLead) })
        {
            var due = m.StartsAt - lead;
            if (due >= m.KnownSince) yield return Make(kind, Recipient.Channel, due);
        }

        if (m.Kind == MeetingKind.PartyGroupMeeting && m.EndedAt is { } ended)
        {
            var due = ended + settings.MinutesUnsignedAfter;
            if (m.MinutesSignedAt is null || m.MinutesSignedAt > due)
                yield return Make(ReminderKind.MinutesUnsigned, Recipient.ToRole(Role.Secretary), due, ended);
        }

        if (m.Kind == MeetingKind.DemocraticLifeMeeting)
        {
            if (profile.DemocraticLifePlanLeadDays is { } lead)
            {
                var deadline = clock.Day(m.StartsAt).AddDays(-lead);
                var due = clock.At(deadline.AddDays(-settings.ReportWarningDays), settings.LocalHour);
                yield return Make(ReminderKind.DemocraticLifePlanDue, Recipient.ToRole(Role.Secretary), NoEarlierThanKnown(due),
                    clock.At(deadline, settings.LocalHour));
            }
            if (m.EndedAt is { } over)
            {
                var deadline = clock.Day(over).AddDays(profile.DemocraticLifeReportDays);
                yield return Make(ReminderKind.DemocraticLifeReportDue, Recipient.ToRole(Role.Secretary),
                    clock.At(deadline.AddDays(-settings.ReportWarningDays), settings.LocalHour), clock.At(deadline, settings.LocalHour));
            }
        }
    }

    private static IEnumerable<Reminder> ForDecision(ReminderSettings settings, GroupClock clock, TrackedDecision d, DateTimeOffset until)
    {
        bool OpenAt(DateTimeOffset at) => d.CompletedAt is null || d.CompletedAt > at;
        Reminder Make(ReminderKind kind, Recipient to, DateTimeOffset due, string suffix = "") =>
            new($"{Slug(kind)}|{d.Id}{suffix}|{to.Key}", kind, to, due)
            {
                SubjectId = d.Id, Title = d.Title, Deadline = clock.At(d.DueDate, settings.LocalHour),
            };

        var soon = clock.At(d.DueDate.AddDays(-settings.DecisionWarningDays), settings.LocalHour);
        if (soon >= d.DecidedAt && OpenAt(soon)) yield return Make(ReminderKind.DecisionDueSoon, Recipient.ToPerson(d.OwnerId), soon);

        // The first morning after the due date, then every chase interval while it stays open: the owner reports,
        // the office follows up (IM2).
        for (var day = d.DueDate.AddDays(1); ; day = day.AddDays(settings.OverdueChaseEveryDays))
        {
            var due = clock.At(day, settings.LocalHour);
            if (due > until || !OpenAt(due)) yield break;
            var round = $"|{day:yyyyMMdd}";
            yield return Make(ReminderKind.DecisionOverdue, Recipient.ToPerson(d.OwnerId), due, round);
            yield return Make(ReminderKind.DecisionOverdue, Recipient.ToRole(Role.OfficeDirector), due, round);
        }
    }

    internal static string Slug(ReminderKind kind) => kind switch
    {
        ReminderKind.MonthlyMeetingMissing => "pd1-meeting",
        ReminderKind.AgendaNotice => "ag2-notice",
        ReminderKind.LeaveDeadline => "q3-leave",
        ReminderKind.MeetingTomorrow => "start-1d",
        ReminderKind.MeetingSoon => "start-30m",
        ReminderKind.MinutesUnsigned => "mn3-unsigned",
        ReminderKind.DecisionDueSoon => "im2-soon",
        ReminderKind.DecisionOverdue => "im2-overdue",
        ReminderKind.StudyGroupMissing => "pd1-study",
        ReminderKind.StudySeminarMissing => "pd1-seminar",
        ReminderKind.DemocraticLifePlanDue => "dl2-plan",
        ReminderKind.DemocraticLifeReportDue => "dl6-report",
        ReminderKind.ResearchReports => "pd2-research",
        ReminderKind.DemocraticLifeMissing => "dl1-yearly",
        ReminderKind.HalfYearlyDuties => "pd3-halfyear",
        ReminderKind.AnnualReportDue => "pd4-annual",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
