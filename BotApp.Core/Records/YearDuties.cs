using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Profiles;
using PartyGroupBot.Core.Reminders;

namespace PartyGroupBot.Core.Records;

/// <summary>Whether a duty of a period is done: asked and held, asked and the period over without it, or still open.</summary>
public enum DutyStatus { NotAsked, Met, Missing, Open }

/// <summary>One month of the year: meetings held by kind and what the rules asked of the month (PD1, B22(1)).</summary>
public sealed record MonthRecord(
    int Month, int PartyGroupMeetings, int StudySessions, int Seminars, int DemocraticLifeMeetings,
    DutyStatus PartyGroupMeeting, DutyStatus StudySession, DutyStatus Seminar);

/// <summary>DL1: the year's democratic life meeting; DL6: its report and record are due within the profile's days after it.</summary>
public sealed record DemocraticLifeDuty(DutyStatus Meeting, DateOnly? HeldOn, DateOnly? ReportDue);

public sealed record YearRecord(int Year, IReadOnlyList<MonthRecord> Months, DemocraticLifeDuty DemocraticLife);

/// <summary>
/// The year at a glance (会议档案): the meetings a group held against what its profile asks. Counts only meetings that
/// started (a schedule alone is not a meeting held), judged on the group's calendar, as the reminders judge (Periodic).
/// </summary>
public static class YearDuties
{
    public static YearRecord Of(RuleProfile profile, GroupClock clock, int year, IEnumerable<CalendarMeeting> held, DateTimeOffset now)
    {
        var today = clock.Day(now);
        var meetings = held.Where(m => clock.Day(m.StartsAt).Year == year).ToList();
        int Count(int month, Func<CalendarMeeting, bool> counts) =>
            meetings.Count(m => clock.Day(m.StartsAt).Month == month && counts(m));
        DutyStatus Status(int held, DateOnly periodEnd) =>
            held > 0 ? DutyStatus.Met : today > periodEnd ? DutyStatus.Missing : DutyStatus.Open;

        var months = new List<MonthRecord>();
        for (var month = 1; month <= 12; month++)
        {
            var end = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
            var partyGroup = Count(month, m => m.Kind == MeetingKind.PartyGroupMeeting);
            var study = Count(month, m => m.Kind == MeetingKind.StudyGroup);
            var seminars = Count(month, m => m.Kind == MeetingKind.StudyGroup && m.IsSeminar);
            // B22(1): one seminar in each two-month period (Jan–Feb, Mar–Apr, …), judged at the period's second month.
            var seminar = !profile.StudySeminarEveryTwoMonths || month % 2 == 1
                ? DutyStatus.NotAsked
                : Status(seminars + Count(month - 1, m => m.Kind == MeetingKind.StudyGroup && m.IsSeminar), end);
            months.Add(new MonthRecord(month, partyGroup, study, seminars,
                Count(month, m => m.Kind == MeetingKind.DemocraticLifeMeeting),
                // PD1: a party group meeting every month; the study group every month, as the reminders ask it.
                Status(partyGroup, end), Status(study, end), seminar));
        }

        // DL1 once a year; DL6 counts its days from the meeting's end (or its start while it runs).
        var life = meetings.Where(m => m.Kind == MeetingKind.DemocraticLifeMeeting).OrderBy(m => m.StartsAt).FirstOrDefault();
        var duty = new DemocraticLifeDuty(
            Status(life is null ? 0 : 1, new DateOnly(year, 12, 31)),
            life is null ? null : clock.Day(life.StartsAt),
            life?.EndedAt is { } ended ? clock.Day(ended).AddDays(profile.DemocraticLifeReportDays) : null);
        return new YearRecord(year, months, duty);
    }
}
