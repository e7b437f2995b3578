using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Profiles;
using PartyGroupBot.Core.Reminders;
using static PartyGroupBot.Tests.Reminders.YearWalk;

namespace PartyGroupBot.Tests.Reminders;

/// <summary>
/// Seed A (西宁市城中区人社局党组, 2021) through 2026 with a fake clock: every reminder on its day, to its recipient.
/// The table below is written by hand from the rules and the calendar; it is not computed by the planner.
/// Defaults: check day 20 then weekly, 09:00 local, agenda 3 days before (AG2), leave 2 h before (Q3),
/// minutes 3 days after (MN3), decisions 3 days before and weekly after (IM2), reports warned 3 days before (DL2, DL6).
/// </summary>
[Trait("Category", "Core")]
public sealed class PlannerYearProfileATests
{
    private static readonly GroupCalendar Calendar = new(RuleProfiles.ChengzhongHrss2021,
    [
        Meeting("pg-jan", MeetingKind.PartyGroupMeeting, "2026-01-15 09:00", known: "2026-01-05 10:00", ended: "2026-01-15 11:30", signed: "2026-01-16 10:00"),
        // Called the day before: the agenda notice goes out late rather than never; "tomorrow" would come after the call.
        Meeting("pg-feb", MeetingKind.PartyGroupMeeting, "2026-02-10 14:30", known: "2026-02-09 16:00", ended: "2026-02-10 16:00"),
        // Called after the 20th: the secretary heard on the 20th that April had no meeting yet.
        Meeting("pg-apr", MeetingKind.PartyGroupMeeting, "2026-04-28 09:00", known: "2026-04-22 10:00", ended: "2026-04-28 10:00", signed: "2026-05-03 09:00"),
        Meeting("pg-jul", MeetingKind.PartyGroupMeeting, "2026-07-09 09:00", known: "2026-07-01 09:00", ended: "2026-07-09 11:00", signed: "2026-07-09 15:00"),
        Meeting("pg-oct", MeetingKind.PartyGroupMeeting, "2026-10-20 09:00", known: "2026-10-08 09:00", ended: "2026-10-20 11:00", signed: "2026-10-21 09:00"),
        Meeting("st-jan", MeetingKind.StudyGroup, "2026-01-22 14:30", known: "2026-01-10 09:00", ended: "2026-01-22 17:00"),
        Meeting("st-mar", MeetingKind.StudyGroup, "2026-03-19 14:30", known: "2026-03-12 09:00"),
        Meeting("st-jun", MeetingKind.StudyGroup, "2026-06-25 14:30", known: "2026-06-21 09:00"),
        Meeting("st-sep", MeetingKind.StudyGroup, "2026-09-10 14:30", known: "2026-09-01 09:00"),
        Meeting("st-dec", MeetingKind.StudyGroup, "2026-12-03 14:30", known: "2026-11-20 09:00"),
        Meeting("dl-2026", MeetingKind.DemocraticLifeMeeting, "2026-11-18 14:30", known: "2026-10-20 09:00", ended: "2026-11-18 18:00"),
    ],
    [
        Decision("d-1", "m1", due: "2026-05-15", decided: "2026-04-28 10:00", completed: "2026-05-20 12:00"),
        Decision("d-2", "m2", due: "2026-09-30", decided: "2026-07-09 11:00", completed: "2026-10-12 09:00"),
        // Done before the warning: nobody is reminded.
        Decision("d-3", "m1", due: "2026-03-31", decided: "2026-01-15 11:00", completed: "2026-03-25 17:00"),
    ]);

    private static readonly string[] Expected =
    [
        "// PD1 (A13): no party group meeting held or called this month, to the secretary, from the 20th, weekly",
        "03-20 09:00 MonthlyMeetingMissing role:secretary",
        "03-27 09:00 MonthlyMeetingMissing role:secretary",
        "04-20 09:00 MonthlyMeetingMissing role:secretary",
        "05-20 09:00 MonthlyMeetingMissing role:secretary",
        "05-27 09:00 MonthlyMeetingMissing role:secretary",
        "06-20 09:00 MonthlyMeetingMissing role:secretary",
        "06-27 09:00 MonthlyMeetingMissing role:secretary",
        "08-20 09:00 MonthlyMeetingMissing role:secretary",
        "08-27 09:00 MonthlyMeetingMissing role:secretary",
        "09-20 09:00 MonthlyMeetingMissing role:secretary",
        "09-27 09:00 MonthlyMeetingMissing role:secretary",
        "11-20 09:00 MonthlyMeetingMissing role:secretary",
        "11-27 09:00 MonthlyMeetingMissing role:secretary",
        "12-20 09:00 MonthlyMeetingMissing role:secretary",
        "12-27 09:00 MonthlyMeetingMissing role:secretary",
        "// PD1 / MK3: no study group session this month (seed A: monthly, no seminar)",
        "02-20 09:00 StudyGroupMissing role:secretary",
        "02-27 09:00 StudyGroupMissing role:secretary",
        "04-20 09:00 StudyGroupMissing role:secretary",
        "04-27 09:00 StudyGroupMissing role:secretary",
        "05-20 09:00 StudyGroupMissing role:secretary",
        "05-27 09:00 StudyGroupMissing role:secretary",
        "06-20 09:00 StudyGroupMissing role:secretary",
        "07-20 09:00 StudyGroupMissing role:secretary",
        "07-27 09:00 StudyGroupMissing role:secretary",
        "08-20 09:00 StudyGroupMissing role:secretary",
        "08-27 09:00 StudyGroupMissing role:secretary",
        "10-20 09:00 StudyGroupMissing role:secretary",
        "10-27 09:00 StudyGroupMissing role:secretary",
        "11-20 09:00 StudyGroupMissing role:secretary",
        "11-27 09:00 StudyGroupMissing role:secretary",
        "// AG2 agenda 3 days before, Q3 leave before opening, start 1 day and 30 minutes before, MN3 minutes unsigned 3 days on",
        "01-12 09:00 AgendaNotice channel pg-jan",
        "01-14 09:00 MeetingTomorrow channel pg-jan",
        "01-15 07:00 LeaveDeadline channel pg-jan",
        "01-15 08:30 MeetingSoon channel pg-jan",
        "02-09 16:00 AgendaNotice channel pg-feb",
        "02-10 12:30 LeaveDeadline channel pg-feb",
        "02-10 14:00 MeetingSoon channel pg-feb",
        "02-13 16:00 MinutesUnsigned role:secretary pg-feb",
        "04-25 09:00 AgendaNotice channel pg-apr",
        "04-27 09:00 MeetingTomorrow channel pg-apr",
        "04-28 07:00 LeaveDeadline channel pg-apr",
        "04-28 08:30 MeetingSoon channel pg-apr",
        "05-01 10:00 MinutesUnsigned role:secretary pg-apr",
        "07-06 09:00 AgendaNotice channel pg-jul",
        "07-08 09:00 MeetingTomorrow channel pg-jul",
        "07-09 07:00 LeaveDeadline channel pg-jul",
        "07-09 08:30 MeetingSoon channel pg-jul",
        "10-17 09:00 AgendaNotice channel pg-oct",
        "10-19 09:00 MeetingTomorrow channel pg-oct",
        "10-20 07:00 LeaveDeadline channel pg-oct",
        "10-20 08:30 MeetingSoon channel pg-oct",
        "// study group sessions: start 1 day and 30 minutes before",
        "01-21 14:30 MeetingTomorrow channel st-jan",
        "01-22 14:00 MeetingSoon channel st-jan",
        "03-18 14:30 MeetingTomorrow channel st-mar",
        "03-19 14:00 MeetingSoon channel st-mar",
        "06-24 14:30 MeetingTomorrow channel st-jun",
        "06-25 14:00 MeetingSoon channel st-jun",
        "09-09 14:30 MeetingTomorrow channel st-sep",
        "09-10 14:00 MeetingSoon channel st-sep",
        "12-02 14:30 MeetingTomorrow channel st-dec",
        "12-03 14:00 MeetingSoon channel st-dec",
        "// DL2 plan due 10 days before (11-08), warned 3 days earlier; DL6 report due 15 days after (12-03), warned 3 days earlier",
        "11-05 09:00 DemocraticLifePlanDue role:secretary dl-2026",
        "11-17 14:30 MeetingTomorrow channel dl-2026",
        "11-18 14:00 MeetingSoon channel dl-2026",
        "11-30 09:00 DemocraticLifeReportDue role:secretary dl-2026",
        "// IM2: 3 days before the due date to the owner; from the day after, weekly, to the owner and the office director",
        "05-12 09:00 DecisionDueSoon person:m1 d-1",
        "05-16 09:00 DecisionOverdue person:m1 d-1",
        "05-16 09:00 DecisionOverdue role:officeDirector d-1",
        "09-27 09:00 DecisionDueSoon person:m2 d-2",
        "10-01 09:00 DecisionOverdue person:m2 d-2",
        "10-01 09:00 DecisionOverdue role:officeDirector d-2",
        "10-08 09:00 DecisionOverdue person:m2 d-2",
        "10-08 09:00 DecisionOverdue role:officeDirector d-2",
        "// PD2 (A16): research reports, mid-year and in November, to the channel",
        "06-01 09:00 ResearchReports channel",
        "11-01 09:00 ResearchReports channel",
        "// DL1 (A14(1)): once a year; asked on 1 Oct, 1 Nov and 1 Dec until one is held or called (dl-2026 was called on 10-20)",
        "10-01 09:00 DemocraticLifeMissing role:secretary",
        "// PD3 and PD4 are seed B's (B24, B27, B28; B12, B19): none here",
    ];

    [Fact]
    public void Profile_A_year_PD1_AG2_Q3_MN3_IM2_DL1_DL2_DL6_PD2_every_reminder_on_its_day_to_its_recipient() =>
        AssertSameReminders(Expected, Walk(Calendar, 2026));

    internal static CalendarMeeting Meeting(string id, MeetingKind kind, string starts, string known, string? ended = null, string? signed = null, bool seminar = false) =>
        new(id, kind, L(starts), L(known))
        {
            Title = id,
            IsSeminar = seminar,
            EndedAt = ended is null ? null : L(ended),
            MinutesSignedAt = signed is null ? null : L(signed),
        };

    internal static TrackedDecision Decision(string id, string owner, string due, string decided, string? completed = null) =>
        new(id, id, owner, DateOnly.Parse(due), L(decided)) { CompletedAt = completed is null ? null : L(completed) };
}
