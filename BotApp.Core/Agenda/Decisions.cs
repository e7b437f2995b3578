using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Core.Agenda;

/// <summary>决策台账: what passed items became (IM1).</summary>
public static class Decisions
{
    /// <summary>
    /// IM1: after the vote, the secretary or the office director (who supervises follow-up, A13(10)) records a passed
    /// item, or one passed candidate of a personnel item (V7), as a decision with an owner on the roster and a due date.
    /// It is recorded once: changing it needs a new item that names it (<see cref="TopicProposal.AmendsDecisionId"/>),
    /// whose own decision then supersedes it (V10).
    /// </summary>
    public static Result<AgendaEvent> RecordDecision(
        this AgendaState a, MeetingState meeting, string actorId, string? itemId, string? candidateId,
        string ownerId, DateOnly due, DateTimeOffset now)
    {
        var actor = meeting.Member(actorId);
        if (actorId != meeting.Started.SecretaryId && actor?.Role != Role.OfficeDirector)
            return new Refusal(RuleIds.IM1, RefusalCode.OnlySecretaryDecides);
        var item = meeting.Item(itemId);
        if (item is null) return new Refusal(RuleIds.V6, RefusalCode.ItemNotFound);
        if (item.Status != ItemStatus.Closed) return new Refusal(RuleIds.IM1, RefusalCode.ItemStillOpen);
        var candidate = item.Item.FindCandidate(candidateId);
        if (item.Item.Candidates.Count > 0 ? candidate is null : candidateId is not null)
            return new Refusal(RuleIds.V7, RefusalCode.InvalidChoice);
        var outcome = candidate is null
            ? item.Tally!.Outcome
            : item.CandidateTallies.First(c => c.CandidateId == candidate.Id).Tally.Outcome;
        if (outcome != VoteOutcome.Passed) return new Refusal(RuleIds.IM1, RefusalCode.ItemNotPassed);
        if (string.IsNullOrEmpty(ownerId)) return new Refusal(RuleIds.IM1, RefusalCode.OwnerRequired);
        if (meeting.Member(ownerId) is null) return new Refusal(RuleIds.IM1, RefusalCode.NotOnRoster);
        // Today by the group's calendar: between 00:00 and 08:00 China time the UTC date is still yesterday.
        if (due < new Reminders.GroupClock(meeting.Profile).Day(now)) return new Refusal(RuleIds.IM1, RefusalCode.DueDateInvalid);

        var decisionId = candidate is null ? $"{meeting.Id}/{item.Item.Id}" : $"{meeting.Id}/{item.Item.Id}/{candidate.Id}";
        if (a.Decision(decisionId) is not null) return new Refusal(RuleIds.IM1, RefusalCode.DecisionIsFinal);
        var title = candidate is null ? item.Item.Title : $"{item.Item.Title}：{candidate.Name}";
        var amends = a.Topic(item.Item.Id)?.Proposed.AmendsDecisionId;
        return new DecisionRecorded(now, decisionId, meeting.Id, item.Item.Id, candidate?.Id, title, ownerId, due, actorId, amends);
    }
}
