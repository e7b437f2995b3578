using PartyGroupBot.Core.Groups;

namespace PartyGroupBot.Core.Meetings;

/// <summary>The commands that open, attend and close a meeting. Each checks the rules and returns an event or a refusal.</summary>
public static class Meeting
{
    /// <summary>MK1: the secretary convenes and presides a party group meeting with its agenda (AG1).</summary>
    public static Result<MeetingStarted> Start(
        PartyGroup group, MeetingState? current, string meetingId, string convenerId,
        IReadOnlyList<AgendaItem> items, DateTimeOffset now)
    {
        if (MayConvene(group, convenerId) is { } refusal) return refusal;
        if (current is { Ended: false }) return new Refusal("MK1", RefusalCode.MeetingNotEnded);
        if (items.Count == 0) return new Refusal("AG1", RefusalCode.NoAgendaItems);
        return new MeetingStarted(now, meetingId, MeetingKind.PartyGroupMeeting, group.ProfileId,
            ChairId: convenerId, SecretaryId: convenerId, [.. group.Members], [.. items], group.OwnProfile);
    }

    /// <summary>MK1, AG1: the secretary convenes; null when <paramref name="personId"/> may.</summary>
    public static Refusal? MayConvene(PartyGroup group, string? personId) =>
        group.Find(personId)?.Role == Role.Secretary ? null : new Refusal("MK1", RefusalCode.OnlySecretaryConvenes);

    /// <summary>Roll call (Q1, Q7): anyone on the roster checks in once; late arrivals are recorded with their time.</summary>
    public static Result<MeetingEvent> CheckIn(this MeetingState m, string memberId, DateTimeOffset now)
    {
        if (m.Ended) return new Refusal("MK1", RefusalCode.MeetingEnded);
        if (m.Member(memberId) is null) return new Refusal("Q1", RefusalCode.NotOnRoster);
        if (m.IsPresent(memberId)) return new Refusal("Q7", RefusalCode.AlreadyCheckedIn);
        return new MemberCheckedIn(now, memberId);
    }

    /// <summary>Items are voted one by one (V6), so the meeting ends only with no vote left open.</summary>
    public static Result<MeetingEvent> End(this MeetingState m, string actorId, DateTimeOffset now)
    {
        if (actorId != m.ChairId) return new Refusal("MK1", RefusalCode.OnlyChair);
        if (m.Ended) return new Refusal("MK1", RefusalCode.MeetingEnded);
        if (m.OpenItem is not null) return new Refusal("V6", RefusalCode.ItemStillOpen);
        return new MeetingEnded(now);
    }

    /// <summary>MN3: minutes are signed off (签发) by the secretary, once, after the meeting.</summary>
    public static Result<MeetingEvent> SignMinutes(this MeetingState m, string actorId, DateTimeOffset now)
    {
        if (actorId != m.Started.SecretaryId) return new Refusal("MN3", RefusalCode.OnlySecretarySigns);
        if (!m.Ended) return new Refusal("MN3", RefusalCode.MeetingNotEnded);
        if (m.Signature is not null) return new Refusal("MN3", RefusalCode.MinutesAlreadySigned);
        return new MinutesSigned(now, actorId);
    }
}
