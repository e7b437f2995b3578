namespace PartyGroupBot.Texts;

/// <summary>Words of 决定登记 and 督办 (IM1, IM2): the decision form after a passed vote, the owner's notice, 我的督办 and the
/// office director's list. Kept apart and merged into <see cref="Texts"/>; every key starts with "followup.",
/// but "refusal.…": IM1 and IM2 refusals in words that fit them.</summary>
internal static class FollowUpWords
{
    public static readonly IReadOnlyDictionary<string, string> Chinese = new Dictionary<string, string>
    {
        ["followup.decision.title"] = "登记决定：{0}",
        ["followup.decision.hint"] = "本议题已表决通过。请指定责任人和办结期限，登记为党组决定 [IM1]。决定一经登记，变更须另行提出议题。",
        ["followup.decision.meeting"] = "会议",
        ["followup.decision.owner"] = "责任人",
        ["refusal.OwnerRequired"] = "请选择责任人。",
        ["refusal.IM1.NotOnRoster"] = "责任人须是本党组名单中的人员。",
        ["followup.decision.due"] = "办结期限",
        ["refusal.DueDateInvalid"] = "请选择今天或以后的办结期限。",
        ["followup.decision.submit"] = "登记决定",
        ["followup.decision.done"] = "已登记决定“{0}”：责任人 {1}，办结期限 {2} [IM1]。已私信通知责任人。",
        ["followup.owner.title"] = "督办事项",
        ["followup.owner.text"] = "党组决定“{0}”由你负责落实，办结期限 {1}。请发送“我的督办”报告进展或办结 [IM1][IM2]。",

        ["followup.list.mine"] = "我的督办",
        ["followup.list.all"] = "督办事项（本党组）",
        ["followup.list.allHint"] = "办公室负责督促检查党组决定的落实，逾期事项将持续催办 [IM2]。",
        ["followup.list.none"] = "你没有未办结的督办事项。",
        ["followup.list.noneOpen"] = "没有未办结的督办事项。",
        ["followup.list.open"] = "未办结（{0} 项，其中已逾期 {1} 项）",
        ["followup.list.done"] = "已办结",
        ["followup.list.sentPrivately"] = "督办事项已私信发给你。",
        ["followup.fact.owner"] = "责任人",
        ["followup.fact.due"] = "办结期限",
        ["followup.fact.overdue"] = "{0} 已逾期",
        ["followup.fact.progress"] = "最新进展",
        ["followup.fact.progressValue"] = "{0}（{1}）",
        ["followup.fact.noProgress"] = "尚未报告",
        ["followup.fact.completed"] = "办结时间",
        ["followup.progress.label"] = "进展情况",
        ["followup.progress.report"] = "报告进展",
        ["followup.progress.complete"] = "已完成",
        ["followup.progress.done"] = "已报告“{0}”的进展 [IM2]。",
        ["followup.complete.done"] = "“{0}”已办结，不再催办 [IM2]。",

        ["refusal.NotOwner"] = "只有这项决定的责任人可以报告进展或办结。",
        ["refusal.IM2.ItemNotFound"] = "在本党组找不到这项督办事项。",
        ["refusal.IM2.AlreadyStated"] = "这项督办事项已经办结。",
        ["refusal.IM2.InvalidInput"] = "请填写进展情况（不超过 2000 字）。",
        ["refusal.Superseded"] = "这项决定已由新的议题变更，请就新的决定报告。",
    };

    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
    {
        ["followup.decision.title"] = "Record the decision: {0}",
        ["followup.decision.hint"] = "This item passed. Name the owner and the due date to record it as the group's decision [IM1]. Once recorded, a change needs a new item.",
        ["followup.decision.meeting"] = "Meeting",
        ["followup.decision.owner"] = "Owner",
        ["refusal.OwnerRequired"] = "Please choose the owner.",
        ["refusal.IM1.NotOnRoster"] = "The owner must be on this party group's roster.",
        ["followup.decision.due"] = "Due date",
        ["refusal.DueDateInvalid"] = "Please choose a due date from today on.",
        ["followup.decision.submit"] = "Record the decision",
        ["followup.decision.done"] = "Decision \"{0}\" recorded: owner {1}, due {2} [IM1]. The owner was told privately.",
        ["followup.owner.title"] = "Follow-up",
        ["followup.owner.text"] = "You own the party group's decision \"{0}\", due {1}. Send \"my follow-ups\" to report progress or completion [IM1][IM2].",

        ["followup.list.mine"] = "My follow-ups",
        ["followup.list.all"] = "Follow-ups (whole group)",
        ["followup.list.allHint"] = "The office follows up the group's decisions; overdue ones are chased until done [IM2].",
        ["followup.list.none"] = "You have no open follow-ups.",
        ["followup.list.noneOpen"] = "No open follow-ups.",
        ["followup.list.open"] = "Open ({0}, {1} overdue)",
        ["followup.list.done"] = "Done",
        ["followup.list.sentPrivately"] = "Your follow-ups were sent to you privately.",
        ["followup.fact.owner"] = "Owner",
        ["followup.fact.due"] = "Due",
        ["followup.fact.overdue"] = "{0} overdue",
        ["followup.fact.progress"] = "Latest progress",
        ["followup.fact.progressValue"] = "{0} ({1})",
        ["followup.fact.noProgress"] = "none reported yet",
        ["followup.fact.completed"] = "Completed",
        ["followup.progress.label"] = "Progress",
        ["followup.progress.report"] = "Report progress",
        ["followup.progress.complete"] = "Done",
        ["followup.progress.done"] = "Progress on \"{0}\" reported [IM2].",
        ["followup.complete.done"] = "\"{0}\" is done; it is chased no more [IM2].",

        ["refusal.NotOwner"] = "Only the owner of this decision reports its progress or completion.",
        ["refusal.IM2.ItemNotFound"] = "This party group has no such follow-up.",
        ["refusal.IM2.AlreadyStated"] = "This follow-up is already done.",
        ["refusal.IM2.InvalidInput"] = "Please write the progress (at most 2000 characters).",
        ["refusal.Superseded"] = "This decision was changed by a later item; report on the new decision.",
    };
}
