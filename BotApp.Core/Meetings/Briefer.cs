using PartyGroupBot.Core.Groups;

namespace PartyGroupBot.Core.Meetings;

/// <summary>MN5: the chair designated the member who briefs absent members on the meeting's decisions. The latest one stands.</summary>
public sealed record BrieferDesignated(DateTimeOffset At, string MemberId, string DesignatedById) : MeetingEvent(At);

/// <summary>MN5 (A13(11)): absent members are briefed on major decisions by a member the chair designates.</summary>
public static class Briefer
{
    /// <summary>
    /// The chair designates a voting member who attended; again to change it, each time appended. Only while someone
    /// is to be briefed and before the minutes are signed, since signing is when the briefing goes out.
    /// </summary>
    public static Result<MeetingEvent> DesignateBriefer(this MeetingState m, string actorId, string? memberId, DateTimeOffset now)
    {
        if (actorId != m.ChairId) return new Refusal(RuleIds.MN5, RefusalCode.OnlyChair);
        if (m.Signature is not null) return new Refusal(RuleIds.MN5, RefusalCode.MinutesAlreadySigned);
        if (!m.ToBeBriefed().Any()) return new Refusal(RuleIds.MN5, RefusalCode.InvalidInput);
        var member = m.Roster.FirstOrDefault(r => r.Id == memberId);
        // Someone who was not there cannot tell others what was decided.
        if (member is null || !member.HasVote || !m.WasEverPresent(member.Id)) return new Refusal(RuleIds.MN5, RefusalCode.InvalidChoice);
        return new BrieferDesignated(now, member.Id, actorId);
    }

    /// <summary>MN5: voting members absent without leave (缺席) or on leave for the whole meeting.</summary>
    public static IEnumerable<GroupMember> ToBeBriefed(this MeetingState m) => m.AbsentWithoutLeave.Concat(m.OnLeave).DistinctBy(a => a.Id);

    /// <summary>Voting members who attended: those the chair may designate.</summary>
    public static IEnumerable<GroupMember> MayBrief(this MeetingState m) => m.VotingMembers.Where(v => m.WasEverPresent(v.Id));
}
