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
