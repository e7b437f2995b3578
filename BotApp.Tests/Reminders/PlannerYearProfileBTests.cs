using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Profiles;
using PartyGroupBot.Core.Reminders;
using static PartyGroupBot.Tests.Reminders.PlannerYearProfileATests;
using static PartyGroupBot.Tests.Reminders.YearWalk;

namespace PartyGroupBot.Tests.Reminders;

/// <summary>
/// Seed B (昌吉州交通运输局党组, 2020) through 2026: as seed A, plus the study group's topical seminar every two months
/// (B22(1)), and without DL2's plan lead time or PD2's research reports, which seed B does not have.
/// The table is written by hand from the rules and the calendar.
/// </summary>
[Trait("Category", "Core")]
public sealed class PlannerYearProfileBTests
{
    private static readonly GroupCalendar Calendar = new(RuleProfiles.ChangjiTransport2020,
    [
        Meeting("b-pg-1", MeetingKind.PartyGroupMeeting, "2026-01-08 10:00", known: "2026-01-02 09:00", ended: "2026-01-08 12:00", signed: "2026-01-14 09:00"),
        // Called the same morning, after the 20th's check.
        Meeting("b-pg-5", MeetingKind.PartyGroupMeeting, "2026-05-21 15:00", known: "2026-05-21 09:00", ended: "2026-05-21 17:00", signed: "2026-05-22 09:00"),
        Meeting("b-pg-9", MeetingKind.PartyGroupMeeting, "2026-09-29 09:00", known: "2026-09-15 09:00", ended: "2026-09-29 11:00", signed: "2026-09-30 09:00"),
        Meeting("b-st-2", MeetingKind.StudyGroup, "2026-02-12 14:30", known: "2026-02-01 09:00", seminar: true),
        Meeting("b-st-3", MeetingKind.StudyGroup, "2026-03-12 14:30", known: "2026-03-01 09:00"),
        Meeting("b-st-4", MeetingKind.StudyGroup, "2026-04-23 14:30", known: "2026-04-21 09:00", seminar: true),
        Meeting("b-st-7", MeetingKind.StudyGroup, "2026-07-16 14:30", known: "2026-07-06 09:00"),
        Meeting("b-st-8", MeetingKind.StudyGroup, "2026-08-13 14:30", known: "2026-08-03 09:00"),
        Meeting("b-st-10", MeetingKind.StudyGroup, "2026-10-15 14:30", known: "2026-10-05 09:00", seminar: true),
        Meeting("b-st-12", MeetingKind.StudyGroup, "2026-12-10 14:30", known: "2026-12-01 09:00", seminar: true),
        Meeting("b-dl", MeetingKind.DemocraticLifeMeeting, "2026-12-08 09:00", known: "2026-11-10 09:00", ended: "2026-12-08 17:30"),
    ],
    [
        Decision("b-d-1", "p1", due: "2026-06-30", decided: "2026-05-21 17:00", completed: "2026-06-29 16:00"),
        Decision("b-d-2", "p2", due: "2026-11-30", decided: "2026-09-29 11:00", completed: "2026-12-10 10:00"),
    ]);

    private static readonly string[] Expected =
    [
        "// PD1 (B18(1)): no party group meeting held or called this month, to the secretary, from the 20th, weekly",
        "02-20 09:00 MonthlyMeetingMissing role:secretary",
        "02-27 09:00 MonthlyMeetingMissing role:secretary",
        "03-20 09:00 MonthlyMeetingMissing role:secretary",
        "03-27 09:00 MonthlyMeetingMissing role:secretary",
        "04-20 09:00 MonthlyMeetingMissing role:secretary",
        "04-27 09:00 MonthlyMeetingMissing role:secretary",
        "05-20 09:00 MonthlyMeetingMissing role:secretary",
        "06-20 09:00 MonthlyMeetingMissing role:secretary",
        "06-27 09:00 MonthlyMeetingMissing role:secretary",
        "07-20 09:00 MonthlyMeetingMissing role:secretary",
        "07-27 09:00 MonthlyMeetingMissing role:secretary",
        "08-20 09:00 MonthlyMeetingMissing role:secretary",
        "08-27 09:00 MonthlyMeetingMissing role:secretary",
        "10-20 09:00 MonthlyMeetingMissing role:secretary",
        "10-27 09:00 MonthlyMeetingMissing role:secretary",
        "11-20 09:00 MonthlyMeetingMissing role:secretary",
        "11-27 09:00 MonthlyMeetingMissing role:secretary",
        "12-20 09:00 MonthlyMeetingMissing role:secretary",
        "12-27 09:00 MonthlyMeetingMissing role:secretary",
        "// PD1 / B22(1): study group monthly",
        "01-20 09:00 StudyGroupMissing role:secretary",
        "01-27 09:00 StudyGroupMissing role:secretary",
        "04-20 09:00 StudyGroupMissing role:secretary",
        "05-20 09:00 StudyGroupMissing role:secretary",
        "05-27 09:00 StudyGroupMissing role:secretary",
        "06-20 09:00 StudyGroupMissing role:secretary",
        "06-27 09:00 StudyGroupMissing role:secretary",
        "09-20 09:00 StudyGroupMissing role:secretary",
        "09-27 09:00 StudyGroupMissing role:secretary",
        "11-20 09:00 StudyGroupMissing role:secretary",
        "11-27 09:00 StudyGroupMissing role:secretary",
        "// B22(1): a topical seminar in each two months (Jan–Feb, Mar–Apr, …), asked for in the second month",
        "04-20 09:00 StudySeminarMissing role:secretary",
        "06-20 09:00 StudySeminarMissing role:secretary",
        "06-27 09:00 StudySeminarMissing role:secretary",
        "08-20 09:00 StudySeminarMissing role:secretary",
        "08-27 09:00 StudySeminarMissing role:secretary",
        "// AG2, Q3, start reminders, MN3",
        "01-05 09:00 AgendaNotice channel b-pg-1",
        "01-07 10:00 MeetingTomorrow channel b-pg-1",
        "01-08 08:00 LeaveDeadline channel b-pg-1",
        "01-08 09:30 MeetingSoon channel b-pg-1",
        "01-11 12:00 MinutesUnsigned role:secretary b-pg-1",
        "05-21 09:00 AgendaNotice channel b-pg-5",
        "05-21 13:00 LeaveDeadline channel b-pg-5",
        "05-21 14:30 MeetingSoon channel b-pg-5",
        "09-26 09:00 AgendaNotice channel b-pg-9",
        "09-28 09:00 MeetingTomorrow channel b-pg-9",
        "09-29 07:00 LeaveDeadline channel b-pg-9",
        "09-29 08:30 MeetingSoon channel b-pg-9",
        "// study group sessions",
        "02-11 14:30 MeetingTomorrow channel b-st-2",
        "02-12 14:00 MeetingSoon channel b-st-2",
        "03-11 14:30 MeetingTomorrow channel b-st-3",
        "03-12 14:00 MeetingSoon channel b-st-3",
        "04-22 14:30 MeetingTomorrow channel b-st-4",
        "04-23 14:00 MeetingSoon channel b-st-4",
        "07-15 14:30 MeetingTomorrow channel b-st-7",
        "07-16 14:00 MeetingSoon channel b-st-7",
        "08-12 14:30 MeetingTomorrow channel b-st-8",
        "08-13 14:00 MeetingSoon channel b-st-8",
        "10-14 14:30 MeetingTomorrow channel b-st-10",
        "10-15 14:00 MeetingSoon channel b-st-10",
        "12-09 14:30 MeetingTomorrow channel b-st-12",
        "12-10 14:00 MeetingSoon channel b-st-12",
        "// democratic life meeting: no DL2 lead time in seed B; DL6 report due 15 days after (12-23), warned 3 days earlier",
        "12-07 09:00 MeetingTomorrow channel b-dl",
        "12-08 08:30 MeetingSoon channel b-dl",
        "12-20 09:00 DemocraticLifeReportDue role:secretary b-dl",
        "// IM2 (B18(7))",
        "06-27 09:00 DecisionDueSoon person:p1 b-d-1",
        "11-27 09:00 DecisionDueSoon person:p2 b-d-2",
        "12-01 09:00 DecisionOverdue person:p2 b-d-2",
        "12-01 09:00 DecisionOverdue role:officeDirector b-d-2",
        "12-08 09:00 DecisionOverdue person:p2 b-d-2",
        "12-08 09:00 DecisionOverdue role:officeDirector b-d-2",
        "// DL1 (B23(1)): once a year; b-dl was called on 11-10, so 1 Oct and 1 Nov ask for it and 1 Dec does not",
        "10-01 09:00 DemocraticLifeMissing role:secretary",
        "11-01 09:00 DemocraticLifeMissing role:secretary",
        "// PD3 (B24, B27, B28): half-yearly meetings, a month before each half ends",
        "06-01 09:00 HalfYearlyDuties role:secretary",
        "12-01 09:00 HalfYearlyDuties role:secretary",
        "// PD4 (B12, B19): the annual report to the higher party committee, a month before the year ends",
        "12-01 09:00 AnnualReportDue role:secretary",
    ];

    [Fact]
    public void Profile_B_year_PD1_B22_AG2_Q3_MN3_IM2_DL1_DL6_PD3_PD4_every_reminder_on_its_day_to_its_recipient() =>
        AssertSameReminders(Expected, Walk(Calendar, 2026));
}
