using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Profiles;
using PartyGroupBot.Core.Reminders;
using static PartyGroupBot.Tests.Reminders.PlannerYearProfileATests;
using static PartyGroupBot.Tests.Reminders.YearWalk;

namespace PartyGroupBot.Tests.Reminders;

/// <summary>The planner's promises beyond the year tables: stable ids, the group's own time zone, no clock of its own.</summary>
[Trait("Category", "Core")]
public sealed class PlannerTests
{
    private static readonly GroupCalendar Calendar = new(RuleProfiles.ChengzhongHrss2021,
        [Meeting("pg-1", MeetingKind.PartyGroupMeeting, "2026-03-12 09:00", known: "2026-03-01 09:00", ended: "2026-03-12 11:00")],
        [Decision("d-1", "m1", due: "2026-03-20", decided: "2026-03-12 11:00")]);

    [Fact]
    public void Overlapping_windows_give_the_same_reminder_the_same_id_and_time_so_none_is_planned_twice()
    {
        var byId = new Dictionary<string, Reminder>();
        var repeats = 0;
        var start = L("2026-03-01 00:00");
        // A scan every 6 hours that looks back two days, as a restarted instance would: each reminder comes back 8 times.
        for (var now = start; now <= start.AddDays(31); now = now.AddHours(6))
            foreach (var r in ReminderPlanner.Due(Calendar, now, TimeSpan.FromDays(2)))
            {
                if (byId.TryAdd(r.Id, r)) continue;
                Assert.Equal(byId[r.Id], r);
                repeats++;
            }
        Assert.True(repeats >= byId.Count, $"{repeats} repeats of {byId.Count} reminders");

        var once = ReminderPlanner.Between(Calendar, start, start.AddDays(31));
        Assert.Equal(once.Count, once.Select(r => r.Id).Distinct().Count());
        Assert.Equal(once, ReminderPlanner.Between(Calendar, start, start.AddDays(31)));
    }

    [Fact]
    public void Day_reminders_go_out_at_nine_in_the_groups_own_zone_China_Standard_Time_by_default_PD1()
    {
        var china = ReminderPlanner.Between(Calendar, L("2026-03-19 00:00"), L("2026-03-21 00:00"))
            .Single(r => r.Kind == ReminderKind.StudyGroupMissing);
        Assert.Equal(L("2026-03-20 09:00"), china.DueAt);

        // Ürümqi keeps UTC+6: nine there is eleven in Beijing.
        var urumqi = Calendar with { Profile = RuleProfiles.ChengzhongHrss2021 with { TimeZoneId = "Asia/Urumqi" } };
        var there = ReminderPlanner.Between(urumqi, L("2026-03-19 00:00"), L("2026-03-21 23:00"))
            .Single(r => r.Kind == ReminderKind.StudyGroupMissing);
        Assert.Equal(L("2026-03-20 11:00"), there.DueAt);
    }

    [Fact]
    public void Minutes_signed_before_the_reminder_falls_due_stop_it_MN3()
    {
        var after = L("2026-03-14 00:00");
        var until = L("2026-03-16 00:00");
        Assert.Contains(ReminderPlanner.Between(Calendar, after, until), r => r.Kind == ReminderKind.MinutesUnsigned && r.To.Key == "role:secretary");

        var signed = Calendar with { Meetings = [Calendar.Meetings[0] with { MinutesSignedAt = L("2026-03-15 10:00") }] };
        Assert.DoesNotContain(ReminderPlanner.Between(signed, after, until), r => r.Kind == ReminderKind.MinutesUnsigned);
    }

    [Fact]
    public void An_overdue_decision_is_chased_until_it_is_done_to_the_owner_and_the_office_director_IM2()
    {
        var open = ReminderPlanner.Between(Calendar, L("2026-03-20 12:00"), L("2026-04-10 00:00"))
            .Where(r => r.Kind == ReminderKind.DecisionOverdue).Select(Line);
        Assert.Equal(
        [
            "03-21 09:00 DecisionOverdue person:m1 d-1",
            "03-21 09:00 DecisionOverdue role:officeDirector d-1",
            "03-28 09:00 DecisionOverdue person:m1 d-1",
            "03-28 09:00 DecisionOverdue role:officeDirector d-1",
            "04-04 09:00 DecisionOverdue person:m1 d-1",
            "04-04 09:00 DecisionOverdue role:officeDirector d-1",
        ], open);
    }
}
