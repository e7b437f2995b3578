namespace PartyGroupBot.Core.Reminders;

/// <summary>What a reminder (提醒) is about. Each kind has the rule that sets its deadline, see <see cref="ReminderKinds.RuleId"/>.</summary>
public enum ReminderKind
{
    /// <summary>本月尚未召开党组会议 (PD1, MK1).</summary>
    MonthlyMeetingMissing,
    /// <summary>会议通知：议题和材料提前书面通知 (AG2).</summary>
    AgendaNotice,
    /// <summary>不能参会的须在会前请假 (Q3).</summary>
    LeaveDeadline,
    /// <summary>明天开会.</summary>
    MeetingTomorrow,
    /// <summary>30 分钟后开会.</summary>
    MeetingSoon,
    /// <summary>会议纪要尚未签发 (MN3).</summary>
    MinutesUnsigned,
    /// <summary>督办事项即将到期 (IM2).</summary>
    DecisionDueSoon,
    /// <summary>督办事项已逾期 (IM2).</summary>
    DecisionOverdue,
    /// <summary>本月尚未安排理论学习中心组学习 (PD1, MK3).</summary>
    StudyGroupMissing,
    /// <summary>两个月内尚未安排专题研讨 (PD1, B22(1)).</summary>
    StudySeminarMissing,
    /// <summary>民主生活会方案须提前报送上级党组织 (DL2).</summary>
    DemocraticLifePlanDue,
    /// <summary>民主生活会情况报告须会后报送 (DL6).</summary>
    DemocraticLifeReportDue,
    /// <summary>每位党组成员每年撰写调研报告 (PD2).</summary>
    ResearchReports,
    /// <summary>本年度尚未召开或安排民主生活会 (DL1).</summary>
    DemocraticLifeMissing,
    /// <summary>半年须召开党风廉政建设专题会议，研究意识形态工作，听取机关党支部汇报 (PD3: B27, B28, B24).</summary>
    HalfYearlyDuties,
    /// <summary>党组向上级党委作年度全面报告，书记报告履职情况 (PD4: B12, B19).</summary>
    AnnualReportDue,
}

public static class ReminderKinds
{
    /// <summary>The rule each reminder enforces, as catalogued in RULES.md.</summary>
    public static string RuleId(this ReminderKind kind) => kind switch
    {
        ReminderKind.MonthlyMeetingMissing => RuleIds.PD1,
        ReminderKind.AgendaNotice => RuleIds.AG2,
        ReminderKind.LeaveDeadline => RuleIds.Q3,
        ReminderKind.MeetingTomorrow or ReminderKind.MeetingSoon => RuleIds.MK1,
        ReminderKind.MinutesUnsigned => RuleIds.MN3,
        ReminderKind.DecisionDueSoon or ReminderKind.DecisionOverdue => RuleIds.IM2,
        ReminderKind.StudyGroupMissing or ReminderKind.StudySeminarMissing => RuleIds.PD1,
        ReminderKind.DemocraticLifePlanDue => RuleIds.DL2,
        ReminderKind.DemocraticLifeReportDue => RuleIds.DL6,
        ReminderKind.ResearchReports => RuleIds.PD2,
        ReminderKind.DemocraticLifeMissing => RuleIds.DL1,
        ReminderKind.HalfYearlyDuties => RuleIds.PD3,
        ReminderKind.AnnualReportDue => RuleIds.PD4,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
