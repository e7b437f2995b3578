namespace PartyGroupBot.Core.Meetings;

/// <summary>请假: a member who cannot attend asks before the meeting opens (Q3).</summary>
public sealed record LeaveRequested(DateTimeOffset At, string MemberId, string Reason) : MeetingEvent(At);

/// <summary>The secretary or acting convener approves a leave request (Q3).</summary>
public sealed record LeaveApproved(DateTimeOffset At, string MemberId, string ApproverId) : MeetingEvent(At);

/// <summary>A member leaves early (Q7); they may check in again later.</summary>
public sealed record MemberLeft(DateTimeOffset At, string MemberId) : MeetingEvent(At);

/// <summary>回避 from one item (Q4): declared by the member (RuledById null) or ruled by the chair.</summary>
public sealed record RecusalDeclared(DateTimeOffset At, string ItemId, string MemberId, string? RuledById, string Reason)
    : MeetingEvent(At);

/// <summary>列席: the convener designates an observer for this meeting only (Q5); they never vote or count.</summary>
public sealed record ObserverDesignated(DateTimeOffset At, string PersonId, string Name) : MeetingEvent(At);

/// <summary>Q3: the approver refuses a request carried in from before the meeting, with a reason; the member is then absent if they do not come.</summary>
public sealed record LeaveRefused(DateTimeOffset At, string MemberId, string ApproverId, string Reason) : MeetingEvent(At);

/// <summary>
/// Q3, V4: leave asked from the notice before the meeting opened, as <see cref="MeetingStarted.Leave"/> carries it in:
/// requests still waiting or approved, the approvals, and written opinions already sent. A snapshot, like the roster, so
/// the meeting's log holds its whole record and logs stored before it existed still read.
/// </summary>
public sealed record LeaveCarriedIn(
    IReadOnlyList<LeaveRequested> Requests, IReadOnlyList<LeaveApproved> Approvals, IReadOnlyList<WrittenOpinionSubmitted> Opinions);
