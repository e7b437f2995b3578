using Azure;
using PartyGroupBot.Core.Reminders;

namespace PartyGroupBot.Storage;

/// <summary>How far a stored reminder's delivery got. Rows are never deleted: a sent or failed reminder stays as the record.</summary>
public enum ReminderStatus
{
    Pending,
    /// <summary>An instance holds it until LeaseUntil; a crashed instance's claim runs out and another takes it.</summary>
    Claimed,
    Sent,
    /// <summary>The send failed; the next attempt is a new row in the partition of its retry time.</summary>
    Rescheduled,
    /// <summary>Teams refused for good (the app is not in that team, the user blocked it): recorded and reported, never looped.</summary>
    Undeliverable,
}

/// <summary>
/// One stored reminder to one recipient (a person or the channel; roles are resolved to people before storing).
/// PartitionKey = due hour in UTC ("yyyyMMddHH"), so a scan reads only the hours that are due.
/// </summary>
public sealed record ReminderRow(
    string TenantId,
    string TeamId,
    Reminder Reminder,
    ReminderStatus Status,
    int Attempt,
    DateTimeOffset NotBefore)
{
    public DateTimeOffset? LeaseUntil { get; init; }
    public string? ClaimedBy { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset? SentAt { get; init; }
    public ETag ETag { get; init; }

    public string PartitionKey => Hour(NotBefore);
    public string RowKey => $"{GroupKey.Escape(TenantId)}|{GroupKey.Escape(TeamId)}|{GroupKey.Escape(Reminder.Id)}|{Attempt:D3}";

    /// <summary>Where a send to this recipient goes; throttling (429) is per conversation.</summary>
    public string Conversation => $"{TenantId}|{TeamId}|{Reminder.To.Key}";

    public static string Hour(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMddHH");

    /// <summary>May this instance take it now: pending and due, or claimed by someone whose lease ran out.</summary>
    public bool Actionable(DateTimeOffset now) => Status switch
    {
        ReminderStatus.Pending => NotBefore <= now,
        ReminderStatus.Claimed => LeaseUntil < now,
        _ => false,
    };
}
