using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Profiles;
using PartyGroupBot.Core.Rules;

namespace PartyGroupBot.Core.Meetings;

/// <summary>A fact appended to a meeting's log. The log is never edited; state is a fold of it (MN1).</summary>
public abstract record MeetingEvent(DateTimeOffset At);

/// <summary>The meeting opened its roll call. The roster, and a group's own profile, are snapshots so later set-up changes do not rewrite history.</summary>
public sealed record MeetingStarted(
    DateTimeOffset At,
    string MeetingId,
    MeetingKind Kind,
    string ProfileId,
    string ChairId,
    string SecretaryId,
    IReadOnlyList<GroupMember> Roster,
    IReadOnlyList<AgendaItem> Items,
    RuleProfile? OwnProfile = null) : MeetingEvent(At)
{
    /// <summary>MK3, PD1: a study group session held as the bi-monthly topical seminar (专题研讨, B22(1)); false for other kinds.</summary>
    public bool IsSeminar { get; init; }

    /// <summary>MN1: where the meeting is held, from its plan in the 议题库; null for a meeting started ad hoc.</summary>
    public string? Place { get; init; }

    /// <summary>Q3, V4: leave and written opinions from before the meeting opened; null when none was asked or the log predates it.</summary>
    public LeaveCarriedIn? Leave { get; init; }
}

/// <summary>AG4: the secretary adds an item not approved in advance, with the reason recorded.</summary>
public sealed record ItemAdded(DateTimeOffset At, AgendaItem Item, string AddedById, string Reason) : MeetingEvent(At);

public sealed record MemberCheckedIn(DateTimeOffset At, string MemberId) : MeetingEvent(At);

public sealed record VoteOpened(DateTimeOffset At, string ItemId) : MeetingEvent(At);

/// <summary>A ballot on an open (non-secret) item. Secret ballots never become events (V2).</summary>
public sealed record BallotCast(DateTimeOffset At, string ItemId, string VoterId, VoteChoice Choice) : MeetingEvent(At)
{
    /// <summary>V7: the candidate this ballot is on, for a personnel item voted person by person.</summary>
    public string? CandidateId { get; init; }
}

/// <summary>The vote closed with its tally; final (V10).</summary>
public sealed record VoteClosed(DateTimeOffset At, string ItemId, Tally Tally) : MeetingEvent(At)
{
    /// <summary>V7: one tally per candidate, in the item's order; empty for an item without candidates.</summary>
    public IReadOnlyList<CandidateTally> Candidates { get; init; } = [];

    /// <summary>V8: the chair declared the matter urgent at the close, with this reason; null when not.</summary>
    public string? UrgentReason { get; init; }
}

public sealed record MeetingEnded(DateTimeOffset At) : MeetingEvent(At);

/// <summary>签发 by the secretary (MN3).</summary>
public sealed record MinutesSigned(DateTimeOffset At, string SignerId) : MeetingEvent(At);
