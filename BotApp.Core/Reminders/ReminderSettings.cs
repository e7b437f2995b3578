using PartyGroupBot.Core.Profiles;

namespace PartyGroupBot.Core.Reminders;

/// <summary>
/// The reminder defaults where the seeds set no number. They are settings, not hidden constants:
/// a group may change any of them. Deadlines from the rules themselves (AG2, DL2, DL6) come from the RuleProfile.
/// </summary>
public sealed record ReminderSettings
{
    /// <summary>PD1: from this day of the month the secretary hears that no meeting is held or scheduled yet.</summary>
    public int MonthlyCheckDay { get; init; } = 20;
    /// <summary>PD1: asked again every this many days until the month ends or a meeting is scheduled.</summary>
    public int RepeatEveryDays { get; init; } = 7;
    /// <summary>Day-based reminders go out at this local hour (a working morning).</summary>
    public int LocalHour { get; init; } = 9;
    /// <summary>Q3: how long before opening the channel is told that leave must be requested before the meeting opens.</summary>
    public TimeSpan LeaveDeadlineLead { get; init; } = TimeSpan.FromHours(2);
    public TimeSpan StartsSoonLead { get; init; } = TimeSpan.FromMinutes(30);
    /// <summary>MN3: the secretary is reminded when minutes are still unsigned this long after the meeting ended.</summary>
    public TimeSpan MinutesUnsignedAfter { get; init; } = TimeSpan.FromDays(3);
    /// <summary>IM2: the owner hears this many days before the due date.</summary>
    public int DecisionWarningDays { get; init; } = 3;
    /// <summary>IM2: an overdue decision is chased again every this many days.</summary>
    public int OverdueChaseEveryDays { get; init; } = 7;
    /// <summary>DL2, DL6: the secretary hears this many days before a report deadline.</summary>
    public int ReportWarningDays { get; init; } = 3;
    /// <summary>PD2 (A16): the days of the year the channel is reminded of the research reports; empty where the seed has no such duty.</summary>
    public IReadOnlyList<(int Month, int Day)> ResearchReportDays { get; init; } = [];

    /// <summary>DL1: on these days the secretary hears that no democratic life meeting is held or called this year yet.</summary>
    public IReadOnlyList<(int Month, int Day)> DemocraticLifeCheckDays { get; init; } = [(10, 1), (11, 1), (12, 1)];
    /// <summary>PD3 (B24, B27, B28): one day in each half year the secretary is reminded of its half-yearly meetings; empty where the seed has none.</summary>
    public IReadOnlyList<(int Month, int Day)> HalfYearlyDutyDays { get; init; } = [];
    /// <summary>PD4 (B12, B19): the day the secretary is reminded of the annual report to the higher party committee; null where the seed has none.</summary>
    public (int Month, int Day)? AnnualReportDay { get; init; }

    /// <summary>
    /// Seed A asks 1–2 research reports a year of each member (A16); seed B does not, but has half-yearly duties (PD3) and
    /// an annual report upwards (PD4), each reminded a month before its period ends.
    /// </summary>
    public static ReminderSettings For(RuleProfile profile) => profile.Id == RuleProfiles.ChangjiTransport2020.Id
        ? new ReminderSettings { HalfYearlyDutyDays = [(6, 1), (12, 1)], AnnualReportDay = (12, 1) }
        : new ReminderSettings { ResearchReportDays = [(6, 1), (11, 1)] };
}
