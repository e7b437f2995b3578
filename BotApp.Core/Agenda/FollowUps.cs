using PartyGroupBot.Core.Reminders;

namespace PartyGroupBot.Core.Agenda;

/// <summary>IM2: the owner reports progress on a decision (督办事项), in their own words. Part of the 议题库 log.</summary>
public sealed record DecisionProgressReported(DateTimeOffset At, string DecisionId, string OwnerId, string Text) : AgendaEvent(At);

/// <summary>IM2: the owner reports the decision carried out (办结); the office stops chasing it.</summary>
public sealed record DecisionCompleted(DateTimeOffset At, string DecisionId, string OwnerId) : AgendaEvent(At);

/// <summary>
/// 督办: following up decisions (IM2, A13(10), B18(7)). The owner named when the decision was recorded (IM1) reports
/// progress and completion, and only the owner: the office director follows up and chases, the reminder planner
/// chases overdue decisions until they are completed. A decision changed by a later item (IM1) is followed up
/// through the decision that replaced it.
/// </summary>
public static class FollowUps
{
    /// <summary>Longest progress report kept; a report is a few sentences, not a document.</summary>
    public const int MaxProgressLength = 2000;

    /// <summary>IM2: only a member of the group sees and reports follow-ups (a member who left reports no more).</summary>
    public static Refusal? MayFollowUp(Groups.PartyGroup group, string? actorId) =>
        group.Find(actorId) is null ? new Refusal(RuleIds.IM2, RefusalCode.NotOnRoster) : null;

    /// <summary>IM2: the owner reports progress on their open decision.</summary>
    public static Result<AgendaEvent> ReportProgress(
        this AgendaState a, string actorId, string? decisionId, string? text, DateTimeOffset now)
    {
        if (a.MayFollowUp(actorId, decisionId) is { } refusal) return refusal;
        var said = (text ?? "").Trim();
        if (said.Length == 0 || said.Length > MaxProgressLength) return new Refusal(RuleIds.IM2, RefusalCode.InvalidInput);
        return new DecisionProgressReported(now, decisionId!, actorId, said);
    }

    /// <summary>IM2: the owner reports their decision carried out; once only.</summary>
    public static Result<AgendaEvent> Complete(this AgendaState a, string actorId, string? decisionId, DateTimeOffset now) =>
        a.MayFollowUp(actorId, decisionId) is { } refusal ? refusal : new DecisionCompleted(now, decisionId!, actorId);

    private static Refusal? MayFollowUp(this AgendaState a, string actorId, string? decisionId)
    {
        var d = a.Decision(decisionId);
        // Another team's decision is in another log, so it is not found here either.
        if (d is null) return new Refusal(RuleIds.IM2, RefusalCode.ItemNotFound);
        if (d.OwnerId != actorId) return new Refusal(RuleIds.IM2, RefusalCode.NotOwner);
        if (a.SupersededBy(d.DecisionId) is not null) return new Refusal(RuleIds.IM1, RefusalCode.Superseded);
        if (a.CompletionOf(d.DecisionId) is not null) return new Refusal(RuleIds.IM2, RefusalCode.AlreadyStated);
        return null;
    }

    /// <summary>Decisions still to carry out: not completed and not replaced by a later decision (IM1), earliest due first.</summary>
    public static IEnumerable<DecisionRecorded> OpenDecisions(this AgendaState a) => a.Decisions
        .Where(d => a.CompletionOf(d.DecisionId) is null && a.SupersededBy(d.DecisionId) is null)
        .OrderBy(d => d.Due).ThenBy(d => d.At);

    /// <summary>IM2: overdue from the day after the due date, on the group's calendar.</summary>
    public static bool IsOverdue(DecisionRecorded d, DateOnly today) => today > d.Due;

    /// <summary>What the reminder planner follows up (IM2): every decision not replaced by a later one, with its completion.</summary>
    public static IReadOnlyList<TrackedDecision> Tracked(this AgendaState a) => a.Decisions
        .Where(d => a.SupersededBy(d.DecisionId) is null)
        .Select(d => new TrackedDecision(d.DecisionId, d.Title, d.OwnerId, d.Due, d.At) { CompletedAt = a.CompletionOf(d.DecisionId)?.At })
        .ToList();
}
