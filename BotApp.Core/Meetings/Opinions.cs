namespace PartyGroupBot.Core.Meetings;

/// <summary>Positions that are recorded but are not ballots: written opinions (V4) and reservations (V9).</summary>
public static class Opinions
{
    /// <summary>V4: a member on approved leave (Q3) may send a written opinion per item; it never enters a tally.</summary>
    public static Result<MeetingEvent> SubmitWrittenOpinion(
        this MeetingState m, string memberId, string? itemId, string text, DateTimeOffset now)
    {
        if (m.Ended) return new Refusal(RuleIds.MK1, RefusalCode.MeetingEnded);
        var item = m.Item(itemId);
        if (item is null) return new Refusal(RuleIds.V6, RefusalCode.ItemNotFound);
        if (string.IsNullOrWhiteSpace(text)) return new Refusal(RuleIds.V4, RefusalCode.InvalidInput);
        // Someone who came after all states their position by voting, not in writing.
        if (!m.IsOnApprovedLeave(memberId) || m.IsPresent(memberId)) return new Refusal(RuleIds.V4, RefusalCode.NotOnLeave);
        if (item.Status == ItemStatus.Closed) return new Refusal(RuleIds.V10, RefusalCode.ItemClosed);
        if (item.WrittenOpinions.Any(o => o.MemberId == memberId)) return new Refusal(RuleIds.V4, RefusalCode.AlreadyStated);
        return new WrittenOpinionSubmitted(now, item.Item.Id, memberId, text);
    }

    /// <summary>
    /// V9 声明保留: after an item is decided, a member whose recorded ballot went the other way may have a reservation
    /// recorded. On a secret item nobody can check the side without a voter-to-choice link (V2), so any member present
    /// for the item may declare one: it reveals only what they choose to say.
    /// </summary>
    public static Result<MeetingEvent> DeclareReservation(
        this MeetingState m, string memberId, string? itemId, string text, DateTimeOffset now)
    {
        // Declared in the meeting: once it has ended the draft minutes are out and the record is closed to new positions.
        if (m.Ended) return new Refusal(RuleIds.MK1, RefusalCode.MeetingEnded);
        var item = m.Item(itemId);
        if (item is null) return new Refusal(RuleIds.V6, RefusalCode.ItemNotFound);
        if (!m.Profile.RecordReservations) return new Refusal(RuleIds.V9, RefusalCode.InvalidInput);
        if (string.IsNullOrWhiteSpace(text)) return new Refusal(RuleIds.V9, RefusalCode.InvalidInput);
        var member = m.Member(memberId);
        if (member is null) return new Refusal(RuleIds.V9, RefusalCode.NotOnRoster);
        if (!member.HasVote) return new Refusal(RuleIds.V9, RefusalCode.NoVote);
        if (item.Status != ItemStatus.Closed) return new Refusal(RuleIds.V9, RefusalCode.ItemStillOpen);
        if (item.Reservations.Any(r => r.MemberId == memberId)) return new Refusal(RuleIds.V9, RefusalCode.AlreadyStated);
        if (!IsOnLosingSide(item, memberId)) return new Refusal(RuleIds.V9, RefusalCode.NotOnLosingSide);
        return new ReservationDeclared(now, item.Item.Id, memberId, text);
    }

    private static bool IsOnLosingSide(ItemState item, string memberId)
    {
        if (item.IsRecused(memberId) || !item.Presence.Contains(memberId)) return false;
        var outcome = item.Tally!.Outcome;
        // Only a decision has a losing side; a deferral or a vote without quorum decided nothing.
        if (outcome is not (VoteOutcome.Passed or VoteOutcome.Failed))
            return false;
        if (item.Item.Method == VotingMethod.Secret) return true;
        var ballot = item.Ballots.FirstOrDefault(b => b.VoterId == memberId);
        if (ballot is null) return false;
        return outcome == VoteOutcome.Passed ? ballot.Choice != VoteChoice.Yes : ballot.Choice == VoteChoice.Yes;
    }
}
