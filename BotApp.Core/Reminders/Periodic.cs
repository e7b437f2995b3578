using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Core.Reminders;

/// <summary>Duties by the calendar, not by a meeting: monthly meetings and study (PD1), the seminar (B22), research reports (PD2),
/// the yearly democratic life meeting (DL1), half-yearly duties (PD3) and the annual report (PD4).</summary>
internal static class Periodic
{
    public static IEnumerable<Reminder> Reminders(GroupCalendar calendar, GroupClock clock, DateTimeOffset after, DateTimeOffset until)
    {
        var settings = calendar.Settings;
        var first = Month(clock.Day(after));
        var last = Month(clock.Day(until));
        for (var month = first; month <= last; month = month.AddMonths(1))
        {
            foreach (var r in Missing(calendar, clock, ReminderKind.MonthlyMeetingMissing, month, month,
                         m => m.Kind == MeetingKind.PartyGroupMeeting)) yield return r;
            foreach (var r in Missing(calendar, clock, ReminderKind.StudyGroupMissing, month, month,
                         m => m.Kind == MeetingKind.StudyGroup)) yield return r;
            // B22(1): a topical seminar in every two-month period (Jan–Feb, Mar–Apr, …), asked for in its second month.
            if (calendar.Profile.StudySeminarEveryTwoMonths && month.Month % 2 == 0)
                foreach (var r in Missing(calendar, clock, ReminderKind.StudySeminarMissing, month.AddMonths(-1), month,
                             m => m.Kind == MeetingKind.StudyGroup && m.IsSeminar)) yield return r;
        }

        for (var year = first.Year; year <= last.Year; year++)
            foreach (var r in Yearly(calendar, clock, year)) yield return r;

        for (var year = first.Year; year <= last.Year; year++)
            foreach (var (month, day) in settings.ResearchReportDays)
                yield return new Reminder($"{ReminderPlanner.Slug(ReminderKind.ResearchReports)}|{year}-{month:00}-{day:00}|channel",
                    ReminderKind.ResearchReports, Recipient.Channel, clock.At(new DateOnly(year, month, day), settings.LocalHour))
                {
                    Deadline = clock.At(new DateOnly(year, 12, 31), settings.LocalHour),
                };
    }

    /// <summary>
    /// From the check day of <paramref name="month"/>, every repeat interval until the month ends, the secretary hears
    /// that no meeting of the kind is held or scheduled in the period [<paramref name="from"/>, end of <paramref name="month"/>].
    /// </summary>
    private static IEnumerable<Reminder> Missing(GroupCalendar calendar, GroupClock clock, ReminderKind kind,
        DateOnly from, DateOnly month, Func<CalendarMeeting, bool> counts)
    {
        var settings = calendar.Settings;
        var end = month.AddMonths(1);
        var to = Recipient.ToRole(Role.Secretary);
        for (var day = month.AddDays(settings.MonthlyCheckDay - 1); day < end; day = day.AddDays(settings.RepeatEveryDays))
        {
            var due = clock.At(day, settings.LocalHour);
            var held = calendar.Meetings.Any(m => counts(m) && m.KnownSince <= due
                && clock.Day(m.StartsAt) >= from && clock.Day(m.StartsAt) < end);
            if (held) yield break;
            yield return new Reminder($"{ReminderPlanner.Slug(kind)}|{day:yyyy-MM-dd}|{to.Key}", kind, to, due)
            {
                Deadline = clock.At(end.AddDays(-1), settings.LocalHour),
            };
        }
    }

    /// <summary>DL1, PD3 and PD4: the duties counted by the year or the half year, each to the secretary.</summary>
    private static IEnumerable<Reminder> Yearly(GroupCalendar calendar, GroupClock clock, int year)
    {
        var settings = calendar.Settings;
        var secretary = Recipient.ToRole(Role.Secretary);
        var yearEnd = new DateOnly(year, 12, 31);
        Reminder Make(ReminderKind kind, DateOnly day, DateOnly deadline) =>
            new($"{ReminderPlanner.Slug(kind)}|{day:yyyy-MM-dd}|{secretary.Key}", kind, secretary, clock.At(day, settings.LocalHour))
            {
                Deadline = clock.At(deadline, settings.LocalHour),
            };

        // DL1: asked until a democratic life meeting of the year is held or called, judged by what was known on the day.
        foreach (var (month, d) in settings.DemocraticLifeCheckDays)
        {
            var day = new DateOnly(year, month, d);
            var due = clock.At(day, settings.LocalHour);
            var held = calendar.Meetings.Any(m => m.Kind == MeetingKind.DemocraticLifeMeeting && m.KnownSince <= due
                && clock.Day(m.StartsAt).Year == year);
            if (held) break;
            yield return Make(ReminderKind.DemocraticLifeMissing, day, yearEnd);
        }
        // PD3: the half year's own end is the deadline: 30 June or 31 December.
        foreach (var (month, d) in settings.HalfYearlyDutyDays)
            yield return Make(ReminderKind.HalfYearlyDuties, new DateOnly(year, month, d), month <= 6 ? new DateOnly(year, 6, 30) : yearEnd);
        if (settings.AnnualReportDay is var (reportMonth, reportDay))
            yield return Make(ReminderKind.AnnualReportDue, new DateOnly(year, reportMonth, reportDay), yearEnd);
    }

    private static DateOnly Month(DateOnly day) => new(day.Year, day.Month, 1);
}
