using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Core.Reminders;

/// <summary>
/// A group's calendar from its two sources: the meetings scheduled on the agenda (安排会议) and every meeting started in
/// Teams as the group's meeting index keeps it. Every started meeting counts, not only the latest: a study session is
/// still held this month when a party group meeting follows it (PD1), a democratic life meeting still held this year (DL1).
/// </summary>
public static class CalendarMeetings
{
    /// <summary>
    /// The earliest start a meeting may have and still change a reminder due after <paramref name="after"/>: the year's
    /// democratic life meeting (DL1), the two-month seminar period (B22(1)), and a month more for the reports and
    /// signatures chased after a meeting ends (DL6's 15 days, MN3).
    /// </summary>
    public static DateTimeOffset RelevantSince(GroupClock clock, DateTimeOffset after)
    {
        var day = clock.Day(after);
        var month = new DateOnly(day.Year, day.Month, 1);
        var earliest = new[] { new DateOnly(day.Year, 1, 1), month.AddMonths(-2) }.Min();
        return clock.At(earliest, 0);
    }

    /// <summary>
    /// Scheduled meetings keep their planned start and the moment they were scheduled (AG2's notice counts from it); a
    /// started one adds its kind's facts (seminar, end, signature). A meeting started without a schedule was known when it started.
    /// </summary>
    public static IReadOnlyList<CalendarMeeting> Merge(
        IEnumerable<MeetingScheduled> scheduled, IEnumerable<CalendarMeeting> started, GroupClock clock)
    {
        var byId = new Dictionary<string, CalendarMeeting>(StringComparer.Ordinal);
        foreach (var plan in scheduled)
            byId[plan.MeetingId] = new CalendarMeeting(plan.MeetingId, plan.Kind, clock.At(plan.Date, plan.Time), plan.At)
            {
                Title = TitleOf(plan.Kind),
                IsSeminar = plan.IsSeminar,
            };
        foreach (var held in started)
            byId[held.Id] = byId.TryGetValue(held.Id, out var plan)
                ? plan with { IsSeminar = held.IsSeminar, EndedAt = held.EndedAt, MinutesSignedAt = held.MinutesSignedAt }
                : held with { Title = held.Title.Length > 0 ? held.Title : TitleOf(held.Kind) };
        return byId.Values.OrderBy(m => m.StartsAt).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
    }

    public static string TitleOf(MeetingKind kind) => kind switch
    {
        MeetingKind.DemocraticLifeMeeting => "民主生活会",
        MeetingKind.StudyGroup => "理论学习中心组学习",
        _ => "党组会议",
    };
}
