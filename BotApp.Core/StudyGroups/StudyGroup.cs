using PartyGroupBot.Core.Profiles;

namespace PartyGroupBot.Core.StudyGroups;

/// <summary>One 理论学习中心组 session a year's plan must hold (MK3, PD1); a seminar is a 专题研讨.</summary>
public sealed record StudySession(int Month, bool IsSeminar);

/// <summary>The study group's yearly cadence (MK3, PD1): the plan B22(1) asks for, as a pure function.</summary>
public static class StudyGroup
{
    /// <summary>
    /// Every month has a session. Where the profile asks for a seminar every two months (B22(1)), it falls in the
    /// second month of each two-month period (Feb, Apr, …, Dec), the month the reminders chase it in.
    /// </summary>
    public static IReadOnlyList<StudySession> SessionsDue(RuleProfile profile, int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        return Enumerable.Range(1, 12)
            .Select(month => new StudySession(month, profile.StudySeminarEveryTwoMonths && month % 2 == 0))
            .ToList();
    }
}
