namespace PartyGroupBot.Texts;

/// <summary>Words of the minutes' fuller record (MN1, Q3, Q7, IM1): place, recorder, leave reasons, late arrivals, each
/// item's category and presenter, decisions with owner and due date; and of who briefs absent members (MN5).
/// Kept apart and merged into <see cref="Texts"/>; every key starts with "minutes.record." or "briefer.".</summary>
internal static class MinutesWords
{
    public static readonly IReadOnlyDictionary<string, string> Chinese = new Dictionary<string, string>
    {
        ["minutes.record.title.PartyGroupMeeting"] = "党组会议纪要",
        ["minutes.record.title.DemocraticLifeMeeting"] = "民主生活会纪要",
        ["minutes.record.title.StudyGroup"] = "理论学习中心组学习记录",
        ["minutes.record.draftTitle"] = "{0}（草稿，待签发）",
        ["minutes.record.timeSpan"] = "{0}—{1}",
        ["minutes.record.place"] = "地点",
        ["minutes.record.recorders"] = "记录",
        ["minutes.record.withReason"] = "{0}（{1}）",
        ["minutes.record.attendee"] = "{0}（{1}）",
        ["minutes.record.checkIn"] = "{0} 签到",
        ["minutes.record.late"] = "迟到",
        ["minutes.record.afterLeave"] = "请假后到会，请假事由：{0}",
        ["minutes.record.afterLeaveNoReason"] = "请假后到会",
        ["minutes.record.left"] = "{0} 离会",
        ["minutes.record.category"] = "议题类别：{0}",
        ["minutes.record.categoryAndPresenter"] = "议题类别：{0}　汇报人：{1}",
        ["minutes.record.decision"] = "落实责任人：{0}　办结期限：{1}",
        ["minutes.record.candidateDecision"] = "{0}：落实责任人 {1}　办结期限 {2}",
        ["briefer.label"] = "通报人（由主持人指定，向缺席成员通报会议决定）",
        ["briefer.required"] = "请选择通报人。",
        ["briefer.submit"] = "指定通报人",
        ["briefer.title"] = "指定通报人",
        ["briefer.hint"] = "本次会议有成员缺席或请假。请指定一名出席会议的党组成员，在纪要签发后向他们通报会议决定 [MN5]。",
        ["briefer.absentees"] = "需通报",
        ["briefer.done"] = "已指定 {0} 向 {1} 通报会议决定 [MN5]。",
        ["briefer.current"] = "通报人：{0}",
        ["briefer.byline"] = "受主持人指定，由 {0} 向你通报本次会议决定；如有疑问请与其联系 [MN5]。",
        ["briefer.notDesignated"] = "主持人尚未指定通报人，由党组办公室转达 [MN5]。",
        ["briefer.assigned"] = "你已被指定向以下缺席成员通报会议决定：{0}。纪要签发后，他们会收到决定摘要 [MN5]。",
        ["refusal.MN5.OnlyChair"] = "只有会议主持人可以指定通报人。",
        ["refusal.MN5.InvalidChoice"] = "通报人须是出席会议、有表决权的党组成员。",
        ["refusal.MN5.InvalidInput"] = "本次会议没有缺席或请假的成员，无需指定通报人。",
    };

    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
    {
        ["minutes.record.title.PartyGroupMeeting"] = "Party group meeting minutes",
        ["minutes.record.title.DemocraticLifeMeeting"] = "Democratic life meeting minutes",
        ["minutes.record.title.StudyGroup"] = "Theory study group record",
        ["minutes.record.draftTitle"] = "{0} (draft, awaiting sign-off)",
        ["minutes.record.timeSpan"] = "{0} to {1}",
        ["minutes.record.place"] = "Place",
        ["minutes.record.recorders"] = "Recorder",
        ["minutes.record.withReason"] = "{0} ({1})",
        ["minutes.record.attendee"] = "{0} ({1})",
        ["minutes.record.checkIn"] = "checked in {0}",
        ["minutes.record.late"] = "late",
        ["minutes.record.afterLeave"] = "came after approved leave: {0}",
        ["minutes.record.afterLeaveNoReason"] = "came after approved leave",
        ["minutes.record.left"] = "left {0}",
        ["minutes.record.category"] = "Category: {0}",
        ["minutes.record.categoryAndPresenter"] = "Category: {0}. Presented by {1}",
        ["minutes.record.decision"] = "Owner: {0}. Due: {1}",
        ["minutes.record.candidateDecision"] = "{0}: owner {1}, due {2}",
        ["briefer.label"] = "Who briefs the absent members (designated by the chair)",
        ["briefer.required"] = "Please choose who briefs them.",
        ["briefer.submit"] = "Designate",
        ["briefer.title"] = "Who briefs the absent members",
        ["briefer.hint"] = "Members were absent or on leave. Designate a member present at the meeting to brief them on its decisions once the minutes are signed [MN5].",
        ["briefer.absentees"] = "To be briefed",
        ["briefer.done"] = "{0} will brief {1} on the decisions [MN5].",
        ["briefer.current"] = "Briefs the absent members: {0}",
        ["briefer.byline"] = "The chair designated {0} to brief you on this meeting's decisions; ask them if anything is unclear [MN5].",
        ["briefer.notDesignated"] = "The chair has not designated a member to brief you; the party group office passes this on [MN5].",
        ["briefer.assigned"] = "You brief these absent members on the meeting's decisions: {0}. They get a summary once the minutes are signed [MN5].",
        ["refusal.MN5.OnlyChair"] = "Only the chair designates who briefs the absent members.",
        ["refusal.MN5.InvalidChoice"] = "The briefer must be a voting member who attended the meeting.",
        ["refusal.MN5.InvalidInput"] = "Nobody was absent or on leave; there is nobody to brief.",
    };
}
