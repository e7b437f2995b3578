using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Reminders;

namespace PartyGroupBot.Core.Agenda;

/// <summary>
/// Q3 "应当在会前请假，其意见可以用书面形式表达": once a meeting is notified (安排会议) and until it opens, a voting
/// member asks leave from the notice, the approver approves or refuses it with a reason, and a member on approved leave
/// sends a written opinion per item (V4). These commands run on the 议题库 while the meeting has no log of its own; once
/// it has one, <see cref="Presence"/> and <see cref="Opinions"/> take over with what <see cref="LeaveBook.CarriedIn"/> gave it.
/// </summary>
public static class LeaveBeforeMeeting
{
    /// <summary>Q3, MK1: who approves leave for this scheduled meeting: its convener, the secretary or the delegate the
    /// secretary named to convene and preside (<see cref="AgendaState.ChairOf"/>).</summary>
    public static string? LeaveApprover(this AgendaState a, string meetingId, PartyGroup group) =>
        a.Meeting(meetingId) is null ? null : a.ChairOf(meetingId) ?? group.Secretary?.Id;

    /// <summary>Q3: the meetings notified for today or later, earliest first; those already opened are the caller's to leave out,
    /// as only their own logs know.</summary>
    public static IEnumerable<MeetingScheduled> NotifiedFromToday(this AgendaState a, PartyGroup group, DateTimeOffset now)
    {
        var today = new GroupClock(group.Profile).Day(now);
        return a.Meetings.Where(m => m.Date >= today).OrderBy(m => m.Date).ThenBy(m => m.Time);
    }

    public static Result<AgendaEvent> RequestLeave(
        this AgendaState a, PartyGroup group, string? meetingId, string memberId, string reason, DateTimeOffset now)
    {
        if (a.Meeting(meetingId) is null) return new Refusal(RuleIds.MK1, RefusalCode.MeetingNotFound);
        var member = group.Find(memberId);
        if (member is null) return new Refusal(RuleIds.Q3, RefusalCode.NotOnRoster);
        if (!member.HasVote) return new Refusal(RuleIds.Q3, RefusalCode.NoVote);
        if (string.IsNullOrWhiteSpace(reason)) return new Refusal(RuleIds.Q3, RefusalCode.InvalidInput);
        var book = a.LeaveOf(meetingId!);
        if (book.IsPending(memberId) || book.IsApproved(memberId)) return new Refusal(RuleIds.Q3, RefusalCode.LeaveAlreadyRequested);
        return new LeaveRequestedBeforeMeeting(now, meetingId!, memberId, reason.Trim());
    }

    public static Result<AgendaEvent> ApproveLeave(
        this AgendaState a, PartyGroup group, string approverId, string? meetingId, string memberId, DateTimeOffset now)
    {
        if (Decidable(a, group, approverId, meetingId, memberId) is { } refusal) return refusal;
        return new LeaveApprovedBeforeMeeting(now, meetingId!, memberId, approverId);
    }

    public static Result<AgendaEvent> RefuseLeave(
        this AgendaState a, PartyGroup group, string approverId, string? meetingId, string memberId, string reason, DateTimeOffset now)
    {
        if (Decidable(a, group, approverId, meetingId, memberId) is { } refusal) return refusal;
        if (string.IsNullOrWhiteSpace(reason)) return new Refusal(RuleIds.Q3, RefusalCode.InvalidInput);
        return new LeaveRefusedBeforeMeeting(now, meetingId!, memberId, approverId, reason.Trim());
    }

    /// <summary>
    /// V4: a member on approved leave sends one written opinion per item of a party group meeting (a democratic life
    /// meeting takes a written statement at the meeting, DL4; a study session votes on nothing, MK3).
    /// </summary>
    public static Result<AgendaEvent> SubmitWrittenOpinion(
        this AgendaState a, string? meetingId, string memberId, string? itemId, string text, DateTimeOffset now)
    {
        if (a.Meeting(meetingId) is not { } plan) return new Refusal(RuleIds.MK1, RefusalCode.MeetingNotFound);
        if (plan.Kind != MeetingKind.PartyGroupMeeting || !plan.ItemIds.Contains(itemId ?? "")) return new Refusal(RuleIds.V6, RefusalCode.ItemNotFound);
        if (string.IsNullOrWhiteSpace(text)) return new Refusal(RuleIds.V4, RefusalCode.InvalidInput);
        var book = a.LeaveOf(plan.MeetingId);
        if (!book.IsApproved(memberId)) return new Refusal(RuleIds.V4, RefusalCode.NotOnLeave);
        if (book.Opinions.Any(o => o.MemberId == memberId && o.ItemId == itemId)) return new Refusal(RuleIds.V4, RefusalCode.AlreadyStated);
        return new WrittenOpinionSentBeforeMeeting(now, plan.MeetingId, memberId, itemId!, text.Trim());
    }

    private static Refusal? Decidable(AgendaState a, PartyGroup group, string approverId, string? meetingId, string memberId)
    {
        if (a.Meeting(meetingId) is null) return new Refusal(RuleIds.MK1, RefusalCode.MeetingNotFound);
        if (approverId != a.LeaveApprover(meetingId!, group)) return new Refusal(RuleIds.Q3, RefusalCode.OnlyChair);
        var book = a.LeaveOf(meetingId!);
        if (book.IsApproved(memberId)) return new Refusal(RuleIds.Q3, RefusalCode.LeaveAlreadyRequested);
        if (!book.IsPending(memberId)) return new Refusal(RuleIds.Q3, RefusalCode.LeaveNotRequested);
        return null;
    }
}
