using PartyGroupBot.Core.Groups;

namespace PartyGroupBot.Core.Meetings;

/// <summary>Leave (Q3), leaving early (Q7), recusal (Q4) and observers (Q5). Check-in itself is <see cref="Meeting.CheckIn"/>.</summary>
public static class Presence
{
    /// <summary>
    /// Q3 "应当在会前请假": leave is asked from the notice until the meeting opens, i.e. until its roll call is posted
    /// (<see cref="Agenda.LeaveBeforeMeeting.RequestLeave"/>); once this log exists it is too late: not coming is 缺席, and
    /// going is leaving early (<see cref="Leave"/>, Q7).
    /// </summary>
    public static Result<MeetingEvent> RequestLeave(this MeetingState m, string memberId, string reason, DateTimeOffset now)
    {
        if (m.Ended) return new Refusal(RuleIds.MK1, RefusalCode.MeetingEnded);
        var member = m.Member(memberId);
        if (member is null) return new Refusal(RuleIds.Q3, RefusalCode.NotOnRoster);
        if (!member.HasVote) return new Refusal(RuleIds.Q3, RefusalCode.NoVote);
        return new Refusal(RuleIds.Q3, RefusalCode.LeaveTooLate);
    }

    /// <summary>Q3: the secretary, or the chair convening in their place, approves.</summary>
    public static Result<MeetingEvent> ApproveLeave(this MeetingState m, string approverId, string memberId, DateTimeOffset now)
    {
        if (m.Ended) return new Refusal(RuleIds.MK1, RefusalCode.MeetingEnded);
        if (approverId != m.Started.SecretaryId && approverId != m.ChairId) return new Refusal(RuleIds.Q3, RefusalCode.OnlyChair);
        if (!m.LeaveRequests.ContainsKey(memberId)) return new Refusal(RuleIds.Q3, RefusalCode.LeaveNotRequested);
        if (m.IsOnApprovedLeave(memberId)) return new Refusal(RuleIds.Q3, RefusalCode.LeaveAlreadyRequested);
        return new LeaveApproved(now, memberId, approverId);
    }

    /// <summary>Q3: a request carried in from before the meeting and still waiting may be refused, with a reason, by whoever may approve it.</summary>
    public static Result<MeetingEvent> RefuseLeave(this MeetingState m, string approverId, string memberId, string reason, DateTimeOffset now)
    {
        if (m.Ended) return new Refusal(RuleIds.MK1, RefusalCode.MeetingEnded);
        if (approverId != m.Started.SecretaryId && approverId != m.ChairId) return new Refusal(RuleIds.Q3, RefusalCode.OnlyChair);
        if (!m.LeaveRequests.ContainsKey(memberId)) return new Refusal(RuleIds.Q3, RefusalCode.LeaveNotRequested);
        if (m.IsOnApprovedLeave(memberId)) return new Refusal(RuleIds.Q3, RefusalCode.LeaveAlreadyRequested);
        if (string.IsNullOrWhiteSpace(reason)) return new Refusal(RuleIds.Q3, RefusalCode.InvalidInput);
        return new LeaveRefused(now, memberId, approverId, reason.Trim());
    }

    /// <summary>Q7: leaving early is recorded; the member no longer votes or counts as present until they check in again.</summary>
    public static Result<MeetingEvent> Leave(this MeetingState m, string memberId, DateTimeOffset now)
    {
        if (m.Ended) return new Refusal(RuleIds.MK1, RefusalCode.MeetingEnded);
        if (m.Member(memberId) is null) return new Refusal(RuleIds.Q7, RefusalCode.NotOnRoster);
        if (!m.IsPresent(memberId)) return new Refusal(RuleIds.Q7, RefusalCode.NotPresent);
        return new MemberLeft(now, memberId);
    }

    /// <summary>
    /// Q4: a member declares a recusal from an item, or the chair rules one. It must come before the item's vote
    /// opens, because the item's quorum (Q2) and base (V3) are fixed from then on.
    /// </summary>
    public static Result<MeetingEvent> Recuse(
        this MeetingState m, string actorId, string? itemId, string memberId, string reason, DateTimeOffset now)
    {
        if (m.Ended) return new Refusal(RuleIds.MK1, RefusalCode.MeetingEnded);
        if (actorId != memberId && actorId != m.ChairId) return new Refusal(RuleIds.Q4, RefusalCode.OnlyChair);
        var item = m.Item(itemId);
        if (item is null) return new Refusal(RuleIds.V6, RefusalCode.ItemNotFound);
        var member = m.Member(memberId);
        if (member is null) return new Refusal(RuleIds.Q4, RefusalCode.NotOnRoster);
        if (!member.HasVote) return new Refusal(RuleIds.Q4, RefusalCode.NoVote);
        if (item.Status == ItemStatus.Closed) return new Refusal(RuleIds.V10, RefusalCode.ItemClosed);
        if (item.Status == ItemStatus.Open) return new Refusal(RuleIds.Q4, RefusalCode.RecusalAfterVoteOpened);
        if (item.IsRecused(memberId)) return new Refusal(RuleIds.Q4, RefusalCode.AlreadyRecused);
        return new RecusalDeclared(now, item.Item.Id, memberId, actorId == memberId ? null : actorId, reason);
    }

    /// <summary>Q5: the convener designates an observer, who may then check in; observers have no vote.</summary>
    public static Result<MeetingEvent> DesignateObserver(
        this MeetingState m, string convenerId, string personId, string name, DateTimeOffset now)
    {
        if (m.Ended) return new Refusal(RuleIds.MK1, RefusalCode.MeetingEnded);
        if (convenerId != m.ChairId) return new Refusal(RuleIds.Q5, RefusalCode.OnlyChair);
        if (string.IsNullOrWhiteSpace(personId) || string.IsNullOrWhiteSpace(name))
            return new Refusal(RuleIds.Q5, RefusalCode.InvalidInput);
        if (m.Member(personId) is not null) return new Refusal(RuleIds.Q5, RefusalCode.AlreadyOnRoster);
        return new ObserverDesignated(now, personId, name);
    }

    internal static GroupMember AsObserver(this ObserverDesignated o) => new(o.PersonId, o.Name, Role.Observer);
}
