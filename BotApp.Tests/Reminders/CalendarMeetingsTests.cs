using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Profiles;
using PartyGroupBot.Core.Reminders;
using static PartyGroupBot.Tests.Reminders.YearWalk;

namespace PartyGroupBot.Tests.Reminders;

/// <summary>
/// The calendar the bot plans from: every meeting the group started (its meeting index) with the ones scheduled on the
/// agenda, not only the latest. Each table lists every reminder of the window, so a meeting that drops out shows up as
/// the "no study session" (PD1) or "no democratic life meeting" (DL1) reminders it would wrongly bring back.
/// </summary>
[Trait("Category", "Core")]
public sealed class CalendarMeetingsTests
{
    private static readonly GroupClock Clock = new(RuleProfiles.ChangjiTransport2020);

    /// <summary>As the meeting index returns them: known from the moment each started.</summary>
    private static CalendarMeeting Held(string id, MeetingKind kind, string started, string? ended = null, string? signed = null, bool seminar = false) =>
        new(id, kind, L(started), L(started))
        {
            IsSeminar = seminar,
            EndedAt = ended is null ? null : L(ended),
            MinutesSignedAt = signed is null ? null : L(signed),
        };

    private static MeetingScheduled Scheduled(string id, string at, string day, string time, MeetingKind kind = MeetingKind.PartyGroupMeeting) =>
        new(L(at), id, DateOnly.Parse(day), TimeOnly.Parse(time), "三楼会议室", kind == MeetingKind.PartyGroupMeeting ? ["1"] : [], [], "sec", kind,
            kind == MeetingKind.PartyGroupMeeting ? null : ["对照检查"]);

    private static readonly CalendarMeeting[] Index =
    [
        Held("st-0305", MeetingKind.StudyGroup, "2026-03-05 14:30", ended: "2026-03-05 16:30"),
        Held("pg-0312", MeetingKind.PartyGroupMeeting, "2026-03-12 09:00", ended: "2026-03-12 11:00", signed: "2026-03-13 10:00"),
        Held("st-0408", MeetingKind.StudyGroup, "2026-04-08 14:30", ended: "2026-04-08 16:30", seminar: true),
        Held("pg-0905", MeetingKind.PartyGroupMeeting, "2026-09-05 09:00", ended: "2026-09-05 11:00", signed: "2026-09-06 09:00"),
        Held("st-0910", MeetingKind.StudyGroup, "2026-09-10 14:30", ended: "2026-09-10 16:30"),
        Held("dl-0925", MeetingKind.DemocraticLifeMeeting, "2026-09-25 09:00", ended: "2026-09-25 12:00"),
        Held("pg-0928", MeetingKind.PartyGroupMeeting, "2026-09-28 09:00", ended: "2026-09-28 11:00"),
    ];

    private static IReadOnlyList<string> Plan(RuleProfile profile, IEnumerable<MeetingScheduled> scheduled, IEnumerable<CalendarMeeting> held,
        string after, string until) =>
        ReminderPlanner.Between(new GroupCalendar(profile, CalendarMeetings.Merge(scheduled, held, new GroupClock(profile)), []), L(after), L(until))
            .Select(Line).ToList();

    [Fact]
    public void PD1_B22_a_study_session_and_its_seminar_still_count_after_a_party_group_meeting_follows_them()
    {
        var lines = Plan(RuleProfiles.ChangjiTransport2020, [Scheduled("pg-0415", "2026-04-01 10:00", "2026-04-15", "09:00")], Index,
            "2026-03-01 00:00", "2026-05-01 00:00");
        AssertSameReminders(
        [
            // March has its study session (5th) and its meeting (12th, signed the next day); April its seminar (8th) and a
            // scheduled meeting, which brings its notices: nobody is asked for a meeting or a study session. A meeting
            // started without a schedule has its notices late rather than never (AG2, Q3).
            "03-12 09:00 AgendaNotice channel pg-0312",
            "03-12 09:00 LeaveDeadline channel pg-0312",
            "04-12 09:00 AgendaNotice channel pg-0415",
            "04-14 09:00 MeetingTomorrow channel pg-0415",
            "04-15 07:00 LeaveDeadline channel pg-0415",
            "04-15 08:30 MeetingSoon channel pg-0415",
        ], lines);
    }

    [Fact]
    public void DL1_DL6_MN3_a_democratic_life_meeting_still_counts_for_its_year_after_a_party_group_meeting_follows_it()
    {
        var lines = Plan(RuleProfiles.ChangjiTransport2020, [], Index, "2026-09-15 00:00", "2026-10-15 00:00");
        AssertSameReminders(
        [
            // No DL1 on 1 October: the year's democratic life meeting was held on 25 September, before the party group meeting of the 28th.
            "09-28 09:00 AgendaNotice channel pg-0928",
            "09-28 09:00 LeaveDeadline channel pg-0928",
            "10-01 11:00 MinutesUnsigned role:secretary pg-0928",
            "10-07 09:00 DemocraticLifeReportDue role:secretary dl-0925",
        ], lines);
    }

    [Fact]
    public void DL2_a_democratic_life_meeting_scheduled_ahead_has_its_plan_due_from_the_schedule_and_keeps_it_once_started()
    {
        var profile = RuleProfiles.ChengzhongHrss2021;
        var plan = Scheduled("dl-1120", "2026-10-30 15:00", "2026-11-20", "09:00", MeetingKind.DemocraticLifeMeeting);
        var started = Held("dl-1120", MeetingKind.DemocraticLifeMeeting, "2026-11-20 09:05", ended: "2026-11-20 12:00");
        string[] expected =
        [
            // A14(2): the plan goes up 10 days before (20 Nov → 10 Nov), the secretary hears 3 days earlier.
            "11-07 09:00 DemocraticLifePlanDue role:secretary dl-1120",
            "11-19 09:00 MeetingTomorrow channel dl-1120",
            "11-20 08:30 MeetingSoon channel dl-1120",
            // DL6: 15 days after the end (5 December), 3 days' warning.
            "12-02 09:00 DemocraticLifeReportDue role:secretary dl-1120",
        ];
        var merged = CalendarMeetings.Merge([plan], [started], new GroupClock(profile));
        var meeting = Assert.Single(merged);
        Assert.Equal((L("2026-11-20 09:00"), L("2026-10-30 15:00"), "民主生活会"), (meeting.StartsAt, meeting.KnownSince, meeting.Title));
        AssertSameReminders(expected,
            Plan(profile, [plan], [started], "2026-10-01 00:00", "2026-12-31 00:00").Where(l => l.EndsWith(" dl-1120", StringComparison.Ordinal)).ToList());
        // No DL1 on 1 November or 1 December: the meeting was called on 30 October.
        Assert.DoesNotContain(Plan(profile, [plan], [], "2026-10-31 00:00", "2026-12-31 00:00"), l => l.Contains("DemocraticLifeMissing"));
    }

    [Theory]
    // The whole year for DL1; two months back for the seminar period and a meeting's reports, across the new year too.
    [InlineData("2026-06-15 09:00", "2026-01-01 00:00")]
    [InlineData("2026-02-20 09:00", "2025-12-01 00:00")]
    [InlineData("2026-01-02 08:00", "2025-11-01 00:00")]
    [InlineData("2026-01-01 00:30", "2025-11-01 00:00")]
    [InlineData("2026-12-31 23:00", "2026-01-01 00:00")]
    public void Planning_reads_the_meetings_started_since_the_earliest_that_can_still_change_a_reminder(string after, string since) =>
        Assert.Equal(L(since), CalendarMeetings.RelevantSince(Clock, L(after)));
}
