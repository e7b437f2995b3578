namespace PartyGroupBot.Core.Meetings;

/// <summary>MN1: a statement or discussion note the recorder (or the chair) entered on an item, with its author and time.</summary>
public sealed record NoteRecorded(DateTimeOffset At, string ItemId, string AuthorId, string Text) : MeetingEvent(At);

/// <summary>MN3: the secretary returned the draft minutes with corrections; appended, the record is never edited in place (MN1).</summary>
public sealed record MinutesCorrected(DateTimeOffset At, string AuthorId, string Text) : MeetingEvent(At);

/// <summary>MN2: a member asked to read the full record of the meeting.</summary>
public sealed record RecordAccessRequested(DateTimeOffset At, string MemberId, string Reason) : MeetingEvent(At);

/// <summary>MN2: the secretary or the leader in charge (the deputy secretary) approved a member's request.</summary>
public sealed record RecordAccessApproved(DateTimeOffset At, string MemberId, string ApproverId) : MeetingEvent(At);

/// <summary>MN2: the full record was given to a member to read; every read is itself recorded.</summary>
public sealed record RecordRead(DateTimeOffset At, string MemberId) : MeetingEvent(At);
