using PartyGroupBot.Core.Groups;

namespace PartyGroupBot.Core.Meetings;

/// <summary>The record itself: the recorder's notes (MN1), corrections to the draft (MN3) and access to the full record (MN2).</summary>
public static class Record
{
    /// <summary>MN1: only the recorder (专职记录) or the presiding chair records notes, on an item of a meeting still in progress.</summary>
    public static Result<MeetingEvent> RecordNote(this MeetingState m, string actorId, string? itemId, string? text, DateTimeOffset now)
    {
        if (m.MayTakeNotes(actorId) is { } refusal) return refusal;
        if (m.Ended) return new Refusal(RuleIds.MN1, RefusalCode.MeetingEnded);
        if (m.Item(itemId) is null) return new Refusal(RuleIds.MN1, RefusalCode.ItemNotFound);
        if (string.IsNullOrWhiteSpace(text)) return new Refusal(RuleIds.MN1, RefusalCode.InvalidInput);
        return new NoteRecorded(now, itemId!, actorId, text.Trim());
    }

    /// <summary>MN1: the recorder of the meeting's roster, or its chair; anyone else is refused.</summary>
    public static Refusal? MayTakeNotes(this MeetingState m, string? actorId) =>
        actorId is not null && (actorId == m.ChairId || m.Roster.Any(r => r.Id == actorId && r.Role == Role.Recorder))
            ? null
            : new Refusal(RuleIds.MN1, RefusalCode.OnlyChair);

    /// <summary>MN2: only a member of the group asks for, or checks, the group's records.</summary>
    public static Refusal? MayConsultRecords(PartyGroup group, string? actorId) =>
        group.Find(actorId) is null ? new Refusal(RuleIds.MN2, RefusalCode.NotOnRoster) : null;

    /// <summary>MN3: the secretary returns the draft with corrections before signing; each is appended, never edited in.</summary>
    public static Result<MeetingEvent> CorrectMinutes(this MeetingState m, string actorId, string? text, DateTimeOffset now)
    {
        if (actorId != m.Started.SecretaryId) return new Refusal(RuleIds.MN3, RefusalCode.OnlySecretarySigns);
        if (!m.Ended) return new Refusal(RuleIds.MN3, RefusalCode.MeetingNotEnded);
        if (m.Signature is not null) return new Refusal(RuleIds.MN3, RefusalCode.MinutesAlreadySigned);
        if (string.IsNullOrWhiteSpace(text)) return new Refusal(RuleIds.MN3, RefusalCode.InvalidInput);
        return new MinutesCorrected(now, actorId, text.Trim());
    }

    /// <summary>MN2: a member of the meeting's roster asks to read the full record of a meeting that has ended, giving a reason.</summary>
    public static Result<MeetingEvent> RequestRecord(this MeetingState m, string actorId, string? reason, DateTimeOffset now)
    {
        if (m.Roster.All(r => r.Id != actorId)) return new Refusal(RuleIds.MN2, RefusalCode.NotOnRoster);
        if (!m.Ended) return new Refusal(RuleIds.MN2, RefusalCode.MeetingNotEnded);
        if (string.IsNullOrWhiteSpace(reason)) return new Refusal(RuleIds.MN2, RefusalCode.InvalidInput);
        if (m.RecordAccessPending(actorId)) return new Refusal(RuleIds.MN2, RefusalCode.AlreadyStated);
        return new RecordAccessRequested(now, actorId, reason.Trim());
    }

    /// <summary>MN2: the secretary, or the leader in charge (the deputy secretary), approves a pending request, once.</summary>
    public static Result<MeetingEvent> ApproveRecordAccess(this MeetingState m, string approverId, string? memberId, DateTimeOffset now)
    {
        if (!MayApproveAccess(m, approverId)) return new Refusal(RuleIds.MN2, RefusalCode.OnlySecretarySigns);
        if (memberId is null || m.Roster.All(r => r.Id != memberId)) return new Refusal(RuleIds.MN2, RefusalCode.NotOnRoster);
        if (!m.RecordAccessPending(memberId))
            return m.RecordAccessRequests.Any(r => r.MemberId == memberId)
                ? new Refusal(RuleIds.MN2, RefusalCode.AlreadyStated)
                : new Refusal(RuleIds.MN2, RefusalCode.InvalidInput);
        return new RecordAccessApproved(now, memberId, approverId);
    }

    /// <summary>MN2: the secretary or a deputy secretary of the meeting's roster.</summary>
    public static bool MayApproveAccess(MeetingState m, string? actorId) =>
        actorId is not null && (actorId == m.Started.SecretaryId || m.Roster.Any(r => r.Id == actorId && r.Role == Role.DeputySecretary));

    /// <summary>MN2: a read is recorded before the record is given, and only against an approval not yet used.</summary>
    public static Result<MeetingEvent> ReadRecord(this MeetingState m, string memberId, DateTimeOffset now)
    {
        var approvals = m.RecordAccessApprovals.Count(a => a.MemberId == memberId);
        var reads = m.RecordReads.Count(r => r.MemberId == memberId);
        if (approvals <= reads) return new Refusal(RuleIds.MN2, RefusalCode.InvalidInput);
        return new RecordRead(now, memberId);
    }

    /// <summary>MN2: the member's latest request is not yet approved.</summary>
    public static bool RecordAccessPending(this MeetingState m, string memberId) =>
        m.RecordAccessRequests.Count(r => r.MemberId == memberId) > m.RecordAccessApprovals.Count(a => a.MemberId == memberId);
}
