using PartyGroupBot.Core.Reminders;

namespace PartyGroupBot.Reminders;

/// <summary>
/// zh-CN texts of the reminder cards, one title and one line per kind. {0} is the meeting's or decision's title,
/// {1} the time it points at (meeting start, due date, deadline), in the group's local time.
/// Reminders are group business, so they are always in Chinese, like the signed minutes.
/// </summary>
public static class ReminderTexts
{
    public static (string Title, string Text) For(ReminderKind kind) => kind switch
    {
        ReminderKind.MonthlyMeetingMissing => ("本月尚未召开党组会议",
            "党组会议原则上每月召开一次。本月还没有召开或安排党组会议，请书记在 {1} 前安排。"),
        ReminderKind.AgendaNotice => ("会议通知：{0}",
            "{0}定于 {1} 召开。请各位党组成员提前审阅议题和会议材料。"),
        ReminderKind.LeaveDeadline => ("请假提醒：{0}",
            "{0}将于 {1} 开始。不能参加的同志，请在会议开始前向书记请假，并可就议题提交书面意见。"),
        ReminderKind.MeetingTomorrow => ("明天开会：{0}",
            "{0}将于 {1} 召开，请安排好工作，准时参加。"),
        ReminderKind.MeetingSoon => ("30 分钟后开会：{0}",
            "{0}将于 {1} 开始，请准时参加并签到。"),
        ReminderKind.MinutesUnsigned => ("会议纪要待签发",
            "{0}（{1} 结束）的会议纪要尚未签发，请书记审阅签发。"),
        ReminderKind.DecisionDueSoon => ("督办事项即将到期",
            "督办事项“{0}”将于 {1} 到期，请责任人及时报告办理进展。"),
        ReminderKind.DecisionOverdue => ("督办事项已逾期",
            "督办事项“{0}”已于 {1} 到期，尚未办结。请责任人报告进展，办公室跟踪督办。"),
        ReminderKind.StudyGroupMissing => ("本月尚未安排理论学习中心组学习",
            "理论学习中心组原则上每月集中学习一次。本月尚未安排，请在 {1} 前安排。"),
        ReminderKind.StudySeminarMissing => ("尚未安排专题研讨",
            "理论学习中心组每两个月开展一次专题研讨。本期尚未安排，请在 {1} 前安排。"),
        ReminderKind.DemocraticLifePlanDue => ("民主生活会方案待报送",
            "{0}的方案须在 {1} 前报送上级党组织。"),
        ReminderKind.DemocraticLifeReportDue => ("民主生活会情况报告待报送",
            "{0}的召开情况报告和会议记录须在 {1} 前报送上级党组织。"),
        ReminderKind.ResearchReports => ("调研报告提醒",
            "每位党组成员每年撰写 1–2 篇调研报告，请在 {1} 前完成。"),
        ReminderKind.DemocraticLifeMissing => ("本年度尚未安排民主生活会",
            "党组民主生活会每年召开一次。本年度还没有召开或安排，请书记在 {1} 前安排，并提前征求意见、报送方案。"),
        ReminderKind.HalfYearlyDuties => ("半年工作提醒",
            "每半年至少召开 1 次党风廉政建设和反腐败工作专题会议；每年至少 2 次专题研究意识形态工作、2 次听取机关党支部党建工作汇报。请在 {1} 前安排。"),
        ReminderKind.AnnualReportDue => ("年度报告提醒",
            "党组每年向上级党委作 1 次全面报告，党组书记每年报告履职情况。请在 {1} 前报送。"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>What to call a meeting or decision that came without a title.</summary>
    public static string DefaultTitle(ReminderKind kind) => kind switch
    {
        ReminderKind.DemocraticLifePlanDue or ReminderKind.DemocraticLifeReportDue => "民主生活会",
        ReminderKind.DecisionDueSoon or ReminderKind.DecisionOverdue => "党组决定事项",
        _ => "党组会议",
    };
}
