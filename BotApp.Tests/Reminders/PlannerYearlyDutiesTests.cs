using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Profiles;
using PartyGroupBot.Core.Reminders;
using static PartyGroupBot.Tests.Reminders.PlannerYearProfileATests;
using static PartyGroupBot.Tests.Reminders.YearWalk;

namespace PartyGroupBot.Tests.Reminders;

/// <summary>DL1, PD3 and PD4 on their own: which profile has them, what counts as held, and the deadline each names.</summary>
[Trait("Category", "Core")]
public sealed class PlannerYearlyDutiesTests
{
    [Fact]
    public void DL1_a_year_without_a_democratic_life_meeting_is_asked_for_three_times_and_last_years_does_not_count()
    {
        var calendar = new GroupCalendar(RuleProfiles.ChengzhongHrss2021,
            [Meeting("dl-2025", MeetingKind.DemocraticLifeMeeting, "2025-12-20 09:00", known: "2025-11-01 09:00", ended: "2025-12-20 17:00")], []);
        var dl1 = Walk(calendar, 2026).Where(l => l.Contains("DemocraticLifeMissing")).ToList();
        Assert.Equal(["10-01 09:00 DemocraticLifeMissing role:secretary", "11-01 09:00 DemocraticLifeMissing role:secretary",
            "12-01 09:00 DemocraticLifeMissing role:secretary"], dl1);
    }

    [Fact]
    public void DL1_a_democratic_life_meeting_called_for_next_year_does_not_hold_this_years()
    {
        var calendar = new GroupCalendar(RuleProfiles.ChangjiTransport2020,
            [Meeting("dl-2027", MeetingKind.DemocraticLifeMeeting, "2027-01-10 09:00", known: "2026-10-15 09:00")], []);
        Assert.Equal(3, Walk(calendar, 2026).Count(l => l.Contains("DemocraticLifeMissing")));
    }

    [Fact]
    public void PD3_PD4_only_in_seed_B_each_to_the_secretary_with_the_end_of_its_period_as_deadline()
    {
        var b = ReminderPlanner.Between(new GroupCalendar(RuleProfiles.ChangjiTransport2020, [], []), L("2026-01-01 00:00"), L("2027-01-01 00:00"));
        var pd3 = b.Where(r => r.Kind == ReminderKind.HalfYearlyDuties).ToList();
        Assert.Equal([L("2026-06-30 09:00"), L("2026-12-31 09:00")], pd3.Select(r => r.Deadline!.Value));
        var pd4 = Assert.Single(b, r => r.Kind == ReminderKind.AnnualReportDue);
        Assert.Equal((L("2026-12-01 09:00"), L("2026-12-31 09:00"), "role:secretary"), (pd4.DueAt, pd4.Deadline!.Value, pd4.To.Key));
        Assert.Equal(("PD3", "PD4", "DL1"), (ReminderKind.HalfYearlyDuties.RuleId(), ReminderKind.AnnualReportDue.RuleId(), ReminderKind.DemocraticLifeMissing.RuleId()));

        var a = ReminderPlanner.Between(new GroupCalendar(RuleProfiles.ChengzhongHrss2021, [], []), L("2026-01-01 00:00"), L("2027-01-01 00:00"));
        Assert.DoesNotContain(a, r => r.Kind is ReminderKind.HalfYearlyDuties or ReminderKind.AnnualReportDue);
    }
}
