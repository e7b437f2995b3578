using PartyGroupBot.Core.Groups;

namespace PartyGroupBot.Core.Agenda;

/// <summary>
/// MN1: the group's set-up as it was saved (profile and each member's role), kept in the 议题库 log so its history is
/// in the hash chain with everything else; the stored group is only the latest copy.
/// </summary>
public sealed record GroupSetUp(DateTimeOffset At, string AdministratorId, string ProfileId, IReadOnlyList<GroupMember> Members) : AgendaEvent(At);

/// <summary>MN1: the channel minutes and reminders go to, as set by an administrator or the secretary.</summary>
public sealed record PostingChannelSet(DateTimeOffset At, string ById, string ChannelId) : AgendaEvent(At);
