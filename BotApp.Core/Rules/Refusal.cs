namespace PartyGroupBot.Core;

/// <summary>Why a command was refused, and the RULES.md rule ID it enforces (e.g. "V5").
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
}
