using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Profiles;
using PartyGroupBot.Core.Records;
using PartyGroupBot.Core.Reminders;

namespace PartyGroupBot.Tests.Tab;

/// <summary>The year at a glance as Core computes it: months against PD1 and B22(1), the year against DL1 and DL6.</summary>
[Trait("Category", "Core")]
public sealed class YearDutiesTests
{
    private static readonly RuleProfile B = RuleProfiles.Get("changji-transport-2020");
    private static readonly GroupClock Clock = new(B);
    private static DateTimeOffset Beijing(int month, int day, int hour = 9) => new(2026, month, day, hour, 0, 0, TimeSpan.FromHours(8));

    private static CalendarMeeting Held(MeetingKind kind, DateTimeOffset at, bool seminar = false, DateTimeOffset? ended = null) =>
        new(Guid.NewGuid().ToString(), kind, at, at) { IsSeminar = seminar, EndedAt = ended };

    [Fact]
    public void Profile_B_asks_a_seminar_in_each_two_month_period_judged_at_its_second_month_B22()
    {
        var year = YearDuties.Of(B, Clock, 2026, [
            Held(MeetingKind.StudyGroup, Beijing(1, 20), seminar: true),
            Held(MeetingKind.StudyGroup, Beijing(3, 20)),
            Held(MeetingKind.StudyGroup, Beijing(4, 20)),
        ], Beijing(7, 1));
        Assert.Equal(new[] { DutyStatus.NotAsked, DutyStatus.Met, DutyStatus.NotAsked, DutyStatus.Missing, DutyStatus.NotAsked, DutyStatus.Missing },
            year.Months.Take(6).Select(m => m.Seminar));
        Assert.Equal(new[] { DutyStatus.Met, DutyStatus.Missing, DutyStatus.Met, DutyStatus.Met }, year.Months.Take(4).Select(m => m.StudySession));
        Assert.Equal(DutyStatus.Open, year.Months[6].StudySession);
    }

    [Fact]
    public void A_month_is_missing_its_party_group_meeting_only_once_it_is_over_PD1()
    {
        var year = YearDuties.Of(B, Clock, 2026, [Held(MeetingKind.PartyGroupMeeting, Beijing(2, 27))], Beijing(3, 31, 23));
        Assert.Equal(new[] { DutyStatus.Missing, DutyStatus.Met, DutyStatus.Open }, year.Months.Take(3).Select(m => m.PartyGroupMeeting));
        // 1 April in Beijing, though still 31 March in UTC: March is over.
        var april = YearDuties.Of(B, Clock, 2026, [], Beijing(4, 1, 1));
        Assert.Equal(DutyStatus.Missing, april.Months[2].PartyGroupMeeting);
    }

    [Fact]
    public void The_democratic_life_meeting_is_held_once_a_year_DL1_and_its_report_is_due_within_the_profiles_days_DL6()
    {
        var none = YearDuties.Of(B, Clock, 2026, [], Beijing(12, 31, 12));
        Assert.Equal(DutyStatus.Open, none.DemocraticLife.Meeting);
        Assert.Equal(DutyStatus.Missing, YearDuties.Of(B, Clock, 2026, [], Beijing(12, 31, 12).AddDays(1)).DemocraticLife.Meeting);

        var held = YearDuties.Of(B, Clock, 2026, [Held(MeetingKind.DemocraticLifeMeeting, Beijing(12, 10), ended: Beijing(12, 10, 17))], Beijing(12, 20));
        Assert.Equal((DutyStatus.Met, new DateOnly(2026, 12, 10)), (held.DemocraticLife.Meeting, held.DemocraticLife.HeldOn));
        Assert.Equal(new DateOnly(2026, 12, 10).AddDays(B.DemocraticLifeReportDays), held.DemocraticLife.ReportDue);
        Assert.Equal(1, held.Months[11].DemocraticLifeMeetings);
    }
}
