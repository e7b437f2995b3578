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
}
