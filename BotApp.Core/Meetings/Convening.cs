using PartyGroupBot.Core.Groups;

namespace PartyGroupBot.Core.Meetings;

/// <summary>Who may convene a meeting of each kind, asked before the form is shown so others never fill it in for nothing.</summary>
public static class Convening
{
    /// <summary>
    /// MK1 (A13(2), B9), MK2 (A14, B23) and MK3 (A12, B22): the secretary convenes each kind; null when
    /// <paramref name="personId"/> may. The refusal names the kind's rule, as the start command itself does.
    /// </summary>
    public static Refusal? MayConvene(PartyGroup group, string? personId, MeetingKind kind) =>
        group.Find(personId)?.Role == Role.Secretary ? null : new Refusal(RuleOf(kind), RefusalCode.OnlySecretaryConvenes);

    public static string RuleOf(MeetingKind kind) => kind switch
    {
        MeetingKind.DemocraticLifeMeeting => RuleIds.MK2,
        MeetingKind.StudyGroup => RuleIds.MK3,
        _ => RuleIds.MK1,
    };
}
