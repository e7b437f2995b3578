using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Profiles;
using PartyGroupBot.Core.Reminders;

namespace PartyGroupBot.Core.Agenda;

/// <summary>
/// AG2 (A13(2), B18(3)): the agenda is notified to members in writing in advance, with its materials; by default
/// 3 days before (<see cref="RuleProfile.AgendaNoticeDays"/>). The written notice goes out when the secretary schedules
/// the meeting (<see cref="MeetingScheduled"/>), so that moment is the notice's time. The seeds say 原则上, so a late
/// notice is reported, not refused: a meeting called at short notice still takes place.
/// Days are the group's calendar days (China Standard Time unless the profile names another zone).
/// </summary>
public static class AgendaNotice
{
    /// <summary>The last day on which the notice may go out: the meeting's date less the profile's notice days.</summary>
    public static DateOnly DueBy(MeetingScheduled scheduled, RuleProfile profile) =>
        scheduled.Date.AddDays(-profile.AgendaNoticeDays);

    /// <summary>True when the notice went out after <see cref="DueBy"/>, on the group's calendar.</summary>
    public static bool IsLate(MeetingScheduled scheduled, RuleProfile profile) =>
        new GroupClock(profile).Day(scheduled.At) > DueBy(scheduled, profile);

    /// <summary>AG2 for a meeting in the 议题库: null when it is not scheduled.</summary>
    public static bool? IsLate(this AgendaState a, PartyGroup group, string meetingId) =>
        a.Meeting(meetingId) is { } s ? IsLate(s, group.Profile) : null;
}
