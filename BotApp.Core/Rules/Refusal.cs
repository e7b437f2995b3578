namespace PartyGroupBot.Core;

/// <summary>Why a command was refused, and the RULES.md rule ID it enforces (one of <see cref="RuleIds"/>, e.g. "V5").
/// Expected refusals are values, never exceptions; the dialog layer turns the code into words.</summary>
public sealed record Refusal(string RuleId, RefusalCode Code);

public enum RefusalCode
{
    SetupNeedsOneSecretary,
    NotOnRoster,
    MeetingNotFound,
    GroupNotSetUp,
    NotInTeam,
    NotAdministrator,
    StorageUnavailable,
    InvalidInput,
    NoVote,
    OnlySecretaryConvenes,
    OnlyChair,
    OnlySecretarySigns,
    NoAgendaItems,
    MeetingEnded,
    MeetingNotEnded,
    AlreadyCheckedIn,
    NotPresent,
    NoQuorum,
    ItemQuorumNotMet,
    ItemNotFound,
    ItemNotOpen,
    ItemClosed,
    AnotherItemOpen,
    AlreadyVoted,
    ChairVotesLast,
    ItemStillOpen,
    MinutesAlreadySigned,
    InvalidChoice,
    InvalidProfile,
    LeaveTooLate,
    LeaveAlreadyRequested,
    LeaveNotRequested,
    RecusalAfterVoteOpened,
    AlreadyRecused,
    Recused,
    AlreadyOnRoster,
    NotOnLeave,
    AlreadyStated,
    FloorClosed,
    NotOnLosingSide,
    /// <summary>AG1, Q6: only the secretary decides topics and takes emergency decisions.</summary>
    OnlySecretaryDecides,
    /// <summary>AG4: only topics approved in advance go on a meeting.</summary>
    ItemNotApproved,
    /// <summary>AG3 (profile B): an administrative item needs the director's consent first.</summary>
    DirectorConsentNeeded,
    /// <summary>AG5 (profile A): the discipline liaison must be told of a 三重一大 item before its meeting.</summary>
    LiaisonNotNotified,
    /// <summary>AG1: the topic was already approved, returned or scheduled.</summary>
    ItemAlreadyDecided,
    /// <summary>IM1: only a passed item becomes a decision.</summary>
    ItemNotPassed,
    /// <summary>IM1, V10: a decision once recorded is changed only by a new item at a meeting.</summary>
    DecisionIsFinal,
    /// <summary>Q6: a report of an emergency decision is heard, not voted.</summary>
    ReportNotVoted,
    /// <summary>MK3: a study group session studies and records attendance; nothing is put to a vote.</summary>
    StudyNotVoted,
    /// <summary>MK1–MK3: a party group meeting takes approved topics; the other kinds take written topics; the seminar is a study session's.</summary>
    ScheduleKindMismatch,
    /// <summary>MK2, MK3: a democratic life meeting or study session is scheduled with its topics.</summary>
    TopicsRequired,
    /// <summary>IM1: a decision names its owner …</summary>
    OwnerRequired,
    /// <summary>IM1: … and a due date from today on, by the group's calendar.</summary>
    DueDateInvalid,
    /// <summary>AG2: a scheduled meeting starts on its day, after its notice.</summary>
    NotItsDay,
    /// <summary>MK1: the chair presides only once checked in.</summary>
    ChairNotPresent,
    /// <summary>MK1: the delegate must be the profile's role (A: 分管党建工作的党组成员, B: 党组副书记).</summary>
    NotADelegate,
    /// <summary>MK1: the chair is named before the meeting opens, not after.</summary>
    MeetingAlreadyStarted,
    /// <summary>V8: a chair who declares a close vote urgent gives the reason, which the minutes record.</summary>
    UrgentReasonRequired,
    /// <summary>AG4: a topic taken up on the day carries the reason it could not wait.</summary>
    AdHocReasonRequired,
    /// <summary>AG5 (profile A): a 三重一大 topic must be notified in advance, so it is never taken ad hoc.</summary>
    MajorItemNotAdHoc,
    /// <summary>V7: a topic about named people names them, one per line.</summary>
    PeopleRequired,
    /// <summary>V7: only a topic about named people names them.</summary>
    PeopleNotAllowed,
    /// <summary>V7: each person is named once.</summary>
    PersonNamedTwice,
    /// <summary>Q6 is profile A's rule only: seed B has no emergency decision by the secretary.</summary>
    NotInProfile,
    /// <summary>IM2: only a decision's owner reports its progress or completion.</summary>
    NotOwner,
    /// <summary>IM1: the decision was changed by a later item; it is followed up through the new one.</summary>
    Superseded,
}
