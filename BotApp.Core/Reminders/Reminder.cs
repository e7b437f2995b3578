namespace PartyGroupBot.Core.Reminders;

/// <summary>
/// One reminder, due at one instant. The id is stable: planning the same facts again yields the same id,
/// so storage can refuse a second copy and no reminder is ever sent twice.
/// </summary>
public sealed record Reminder(string Id, ReminderKind Kind, Recipient To, DateTimeOffset DueAt)
{
    public string RuleId => Kind.RuleId();
    /// <summary>The meeting or decision it is about, if any.</summary>
    public string? SubjectId { get; init; }
    /// <summary>The meeting's or decision's title, for the card.</summary>
    public string? Title { get; init; }
    /// <summary>What the reminder points at: the meeting's start, the decision's due date, the report's deadline.</summary>
    public DateTimeOffset? Deadline { get; init; }
}
