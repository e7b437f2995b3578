using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Core.Agenda;

/// <summary>A fact in a group's 议题库 log: proposals and their decision before any meeting, schedules, emergency
/// decisions and the decisions that came of meetings. Append-only like a meeting's log (MN1).</summary>
public abstract record AgendaEvent(DateTimeOffset At);

/// <summary>议题申报 by a member (AG1). The category is already settled by the profile's finance threshold (AG7).
/// FromHigherLevel marks a matter from a higher-level meeting or document (IM3): on the agenda if it needs collective
/// study, else circulated in writing with the secretary's consent (<see cref="ItemCirculated"/>).</summary>
public sealed record ItemProposed(
    DateTimeOffset At,
    string ItemId,
    string ProposerId,
    string Title,
    ItemCategory Category,
    VotingMethod Method,
    bool Important,
    bool Urgent,
    bool Confidential,
    bool Administrative,
    IReadOnlyList<Candidate> Candidates,
    string? AmendsDecisionId = null,
    bool FromHigherLevel = false) : AgendaEvent(At)
{
    /// <summary>AG4 临时议题: the reason a topic that arose on the day is taken without notice; null for a topic proposed ahead.</summary>
    public string? AdHocReason { get; init; }

    /// <summary>AG4: the secretary's own ad-hoc topic, approved in the same step; the exception is the secretary's to allow.</summary>
    public bool ApprovedAsProposed { get; init; }
}

/// <summary>AG3 (profile B): the director (局长) consents to an item on administrative business.</summary>
public sealed record DirectorConsented(DateTimeOffset At, string ItemId, string DirectorId) : AgendaEvent(At);

/// <summary>AG1: the secretary puts the item on the list of approved topics.</summary>
public sealed record ItemApproved(DateTimeOffset At, string ItemId, string SecretaryId) : AgendaEvent(At);

/// <summary>AG1: the secretary returns the item to its proposer with a reason; it is not voted.</summary>
public sealed record ItemReturned(DateTimeOffset At, string ItemId, string SecretaryId, string Reason) : AgendaEvent(At);

/// <summary>IM3 (A13(7)): the secretary consents to circulating a matter from a higher level in writing (书面传阅)
/// instead of putting it on a meeting's agenda; it is not voted.</summary>
public sealed record ItemCirculated(DateTimeOffset At, string ItemId, string SecretaryId) : AgendaEvent(At);

/// <summary>安排会议: the secretary fixes a meeting with approved items (AG4) and observers (Q5), or a democratic life
/// meeting (MK2) or study session (MK3) with its topics, so its notice, reminders (DL2) and start follow as for a party
/// group meeting. Logs stored before the kind existed hold party group meetings, which the defaults keep.</summary>
public sealed record MeetingScheduled(
    DateTimeOffset At,
    string MeetingId,
    DateOnly Date,
    TimeOnly Time,
    string Place,
    IReadOnlyList<string> ItemIds,
    IReadOnlyList<string> ObserverIds,
    string SecretaryId,
    MeetingKind Kind = MeetingKind.PartyGroupMeeting,
    IReadOnlyList<string>? Topics = null,
    bool IsSeminar = false) : AgendaEvent(At)
{
    /// <summary>MK1: the delegate named when the meeting was scheduled; null: the secretary presides.</summary>
    public string? ChairId { get; init; }
}

/// <summary>V8 暂缓: an item deferred at a meeting goes back to the 议题库, to be scheduled again when ready.</summary>
public sealed record TopicDeferred(DateTimeOffset At, string ItemId, string MeetingId) : AgendaEvent(At);

/// <summary>AG4: a topic approved on the day (临时议题) is taken up by the meeting under way.</summary>
public sealed record TopicTakenUp(DateTimeOffset At, string ItemId, string MeetingId) : AgendaEvent(At);

/// <summary>MK1 (A13(2)): the secretary, unable to attend, names who convenes and presides over a scheduled meeting.</summary>
public sealed record ChairDelegated(DateTimeOffset At, string MeetingId, string DelegateId, string SecretaryId) : AgendaEvent(At);

/// <summary>AG5 (profile A): the discipline liaison (派驻纪检监察组) is told of a 三重一大 item before its meeting.</summary>
public sealed record LiaisonNotified(DateTimeOffset At, string ItemId, string MeetingId, string LiaisonId) : AgendaEvent(At);

/// <summary>Q6 临机处置: the secretary decided alone; the decision goes on the next meeting's agenda as a report.</summary>
public sealed record EmergencyDecisionTaken(
    DateTimeOffset At, string ItemId, string SecretaryId, string Title, string Decision, string Reason) : AgendaEvent(At);

/// <summary>IM1: a passed item (or one candidate of it) becomes a decision with an owner and a due date.
/// SupersedesDecisionId is set when the item was proposed to change an earlier decision.</summary>
public sealed record DecisionRecorded(
    DateTimeOffset At,
    string DecisionId,
    string MeetingId,
    string ItemId,
    string? CandidateId,
    string Title,
    string OwnerId,
    DateOnly Due,
    string RecordedById,
    string? SupersedesDecisionId = null) : AgendaEvent(At);
