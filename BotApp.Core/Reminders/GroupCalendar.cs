using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Profiles;

namespace PartyGroupBot.Core.Reminders;

/// <summary>
/// A meeting on the group's calendar, as far as reminders need it. Every fact has its time, so the planner can ask
/// "was this known when the reminder fell due?" and a later fact never changes an earlier reminder.
/// </summary>
public sealed record CalendarMeeting(string Id, MeetingKind Kind, DateTimeOffset StartsAt, DateTimeOffset KnownSince)
{
    public string Title { get; init; } = "";
    /// <summary>专题研讨: a study group session held as the topical seminar (B22(1)).</summary>
    public bool IsSeminar { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public DateTimeOffset? MinutesSignedAt { get; init; }
}

/// <summary>A decision to follow up (督办事项): its owner and due date (IM1), and when it was reported done.</summary>
public sealed record TrackedDecision(string Id, string Title, string OwnerId, DateOnly DueDate, DateTimeOffset DecidedAt)
{
    public DateTimeOffset? CompletedAt { get; init; }
}

/// <summary>What the planner reads for one group: its rules, its meetings and its decisions.</summary>
public sealed record GroupCalendar(RuleProfile Profile, IReadOnlyList<CalendarMeeting> Meetings, IReadOnlyList<TrackedDecision> Decisions)
{
    public ReminderSettings Settings { get; init; } = ReminderSettings.For(Profile);
}
