namespace PartyGroupBot.Core.Agenda;

/// <summary>Q3 会前请假: leave for a notified meeting is asked, decided and followed by written opinions (V4) in the
/// 议题库 log, keyed by the scheduled meeting, until the meeting opens; it is then carried into the meeting's own log.</summary>
public abstract record LeaveBeforeMeetingEvent(DateTimeOffset At, string MeetingId, string MemberId) : AgendaEvent(At);

/// <summary>Q3: a member asks leave from the notice, with a reason.</summary>
public sealed record LeaveRequestedBeforeMeeting(DateTimeOffset At, string MeetingId, string MemberId, string Reason)
    : LeaveBeforeMeetingEvent(At, MeetingId, MemberId);

/// <summary>Q3: the approver (<see cref="LeaveBeforeMeeting.LeaveApprover"/>) approves the member's latest request.</summary>
public sealed record LeaveApprovedBeforeMeeting(DateTimeOffset At, string MeetingId, string MemberId, string ApproverId)
    : LeaveBeforeMeetingEvent(At, MeetingId, MemberId);

/// <summary>Q3: the approver refuses the member's latest request, with a reason; the member may ask again.</summary>
public sealed record LeaveRefusedBeforeMeeting(DateTimeOffset At, string MeetingId, string MemberId, string ApproverId, string Reason)
    : LeaveBeforeMeetingEvent(At, MeetingId, MemberId);

/// <summary>V4: a member on approved leave sends a written opinion on one item before the meeting opens.</summary>
public sealed record WrittenOpinionSentBeforeMeeting(DateTimeOffset At, string MeetingId, string MemberId, string ItemId, string Text)
    : LeaveBeforeMeetingEvent(At, MeetingId, MemberId);
