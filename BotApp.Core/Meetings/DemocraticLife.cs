using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Reminders;
using PartyGroupBot.Core.Rules;

namespace PartyGroupBot.Core.Meetings;

/// <summary>DL4 书面发言: a member who cannot attend the democratic life meeting submits a written statement, recorded.</summary>
public sealed record WrittenStatementSubmitted(DateTimeOffset At, string MemberId, string Text) : MeetingEvent(At);

/// <summary>DL5 整改措施: a rectification measure with its owner and deadline, recorded by the secretary or the chair.</summary>
public sealed record RectificationRecorded(
    DateTimeOffset At, string MeasureId, string Text, string OwnerId, DateOnly Deadline, string RecordedById) : MeetingEvent(At);

/// <summary>
/// 民主生活会 (MK2): the meeting engine's rules that only a democratic life meeting has: its ⅔ quorum to open business
/// (DL4), written statements of absentees and who must be told of the outcome (DL4), and rectification measures (DL5).
/// </summary>
public static class DemocraticLife
{
    /// <summary>
    /// How many voting members must be present before business opens: DL4 三分之二以上 of those who should attend
    /// (⌈2N/3⌉) for a democratic life meeting, Q1 for a party group meeting; a study group session (MK3) has no quorum
    /// in the rules and records attendance only, so 0.
    /// </summary>
    public static int RequiredToOpenBusiness(this MeetingState m) => m.Started.Kind switch
    {
        // DL4: profile A's ⅔ (A14(3)); seed B sets no number for it.
        MeetingKind.DemocraticLifeMeeting when m.Profile.DemocraticLifeNeedsTwoThirds => Quorum.RequiredForTwoThirds(m.VotingMemberCount),
        MeetingKind.DemocraticLifeMeeting => 0,
        MeetingKind.PartyGroupMeeting => Quorum.RequiredToOpen(m.VotingMemberCount, m.Profile.OpeningQuorum),
        _ => 0,
    };

    /// <summary>
    /// DL4 (Q1 for a party group meeting): null when enough voting members are present now to open the meeting's business;
    /// else the refusal the dialog shows. Those on approved leave still count among those who should attend.
    /// </summary>
    public static Refusal? CanOpenBusiness(this MeetingState m)
    {
        if (m.Ended) return new Refusal(RuleOf(m), RefusalCode.MeetingEnded);
        return m.VotingMembersPresent >= m.RequiredToOpenBusiness() ? null : new Refusal(RuleOf(m), RefusalCode.NoQuorum);
    }

    private static string RuleOf(MeetingState m) => m.Started.Kind switch
    {
        MeetingKind.DemocraticLifeMeeting => RuleIds.DL4,
        MeetingKind.StudyGroup => RuleIds.MK3,
        _ => RuleIds.Q1,
    };

    /// <summary>
    /// DL4: a voting member who is not at the democratic life meeting (on leave or not) submits one written statement
    /// while it runs; it is recorded and listed in the minutes. Someone who came states in person.
    /// </summary>
    public static Result<MeetingEvent> SubmitWrittenStatement(this MeetingState m, string memberId, string? text, DateTimeOffset now)
    {
        if (m.Started.Kind != MeetingKind.DemocraticLifeMeeting) return new Refusal(RuleIds.DL4, RefusalCode.InvalidInput);
        if (m.Ended) return new Refusal(RuleIds.DL4, RefusalCode.MeetingEnded);
        var member = m.Roster.FirstOrDefault(r => r.Id == memberId);
        if (member is null) return new Refusal(RuleIds.DL4, RefusalCode.NotOnRoster);
        if (!member.HasVote) return new Refusal(RuleIds.DL4, RefusalCode.NoVote);
        if (m.WasEverPresent(memberId)) return new Refusal(RuleIds.DL4, RefusalCode.AlreadyCheckedIn);
        if (string.IsNullOrWhiteSpace(text)) return new Refusal(RuleIds.DL4, RefusalCode.InvalidInput);
        if (m.WrittenStatements.Any(s => s.MemberId == memberId)) return new Refusal(RuleIds.DL4, RefusalCode.AlreadyStated);
        return new WrittenStatementSubmitted(now, memberId, text.Trim());
    }

    /// <summary>
    /// DL4: the voting members who were never at the democratic life meeting (on leave or absent without leave), who are
    /// told of its outcome once it has ended. Empty before the end and for other kinds (MN5 briefs those).
    /// </summary>
    public static IReadOnlyList<GroupMember> MustBeToldOfOutcome(this MeetingState m) =>
        m.Started.Kind == MeetingKind.DemocraticLifeMeeting && m.Ended
            ? m.VotingMembers.Where(v => !m.WasEverPresent(v.Id)).ToList()
            : [];

    /// <summary>
    /// DL5: the secretary or the chair records a rectification measure during or after the democratic life meeting,
    /// until its minutes are signed. The owner is a voting member of the group; the deadline falls after the meeting
    /// and after today, by the group's calendar.
    /// </summary>
    public static Result<MeetingEvent> RecordRectification(
        this MeetingState m, string actorId, string? measure, string? ownerId, DateOnly deadline, DateTimeOffset now)
    {
        if (m.Started.Kind != MeetingKind.DemocraticLifeMeeting) return new Refusal(RuleIds.DL5, RefusalCode.InvalidInput);
        if (m.MayRecordRectifications(actorId) is { } refusal) return refusal;
        if (m.Signature is not null) return new Refusal(RuleIds.DL5, RefusalCode.MinutesAlreadySigned);
        if (string.IsNullOrWhiteSpace(measure)) return new Refusal(RuleIds.DL5, RefusalCode.InvalidInput);
        if (m.Roster.FirstOrDefault(r => r.Id == ownerId) is not { HasVote: true }) return new Refusal(RuleIds.DL5, RefusalCode.NotOnRoster);
        if (deadline < m.FirstRectificationDeadline(now)) return new Refusal(RuleIds.DL5, RefusalCode.InvalidInput);
        return new RectificationRecorded(now, $"dl5-{m.Rectifications.Count + 1}", measure.Trim(), ownerId!, deadline, actorId);
    }

    /// <summary>DL5: only the secretary or the chair records measures.</summary>
    public static Refusal? MayRecordRectifications(this MeetingState m, string? actorId) =>
        actorId is not null && (actorId == m.Started.SecretaryId || actorId == m.ChairId) ? null : new Refusal(RuleIds.DL5, RefusalCode.OnlyChair);

    /// <summary>DL5: the earliest deadline a measure may have, the day after the meeting (or after today, if later), by the group's calendar.</summary>
    public static DateOnly FirstRectificationDeadline(this MeetingState m, DateTimeOffset now)
    {
        var latest = new[] { m.Started.At, m.EndedAt ?? m.Started.At, now }.Max();
        return new GroupClock(m.Profile).Day(latest).AddDays(1);
    }
}
