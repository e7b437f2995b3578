namespace PartyGroupBot.Core.Meetings;

/// <summary>书面意见 of a member on approved leave, on one item (V4): recorded and shown, never counted.</summary>
public sealed record WrittenOpinionSubmitted(DateTimeOffset At, string ItemId, string MemberId, string Text) : MeetingEvent(At);

/// <summary>The chair closes the floor (V5): no more ballots from others, the chair may now state their position last.</summary>
public sealed record FloorClosed(DateTimeOffset At, string ItemId) : MeetingEvent(At);

/// <summary>保留意见 of a member on the losing side of a decided item (V9); the decision binds them all the same.</summary>
public sealed record ReservationDeclared(DateTimeOffset At, string ItemId, string MemberId, string Text) : MeetingEvent(At);
