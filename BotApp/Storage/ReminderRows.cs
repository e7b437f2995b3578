using Azure.Data.Tables;
using PartyGroupBot.Core.Reminders;

namespace PartyGroupBot.Storage;

/// <summary>Maps reminder rows to table entities and back.</summary>
internal static class ReminderRows
{
    public static TableEntity ToEntity(ReminderRow row)
    {
        var r = row.Reminder;
        return new TableEntity(row.PartitionKey, row.RowKey)
        {
            ["TenantId"] = row.TenantId,
            ["TeamId"] = row.TeamId,
            ["ReminderId"] = r.Id,
            ["Kind"] = r.Kind.ToString(),
            ["To"] = r.To.Key,
            ["DueAt"] = r.DueAt,
            ["SubjectId"] = r.SubjectId,
            ["Title"] = r.Title,
            ["Deadline"] = r.Deadline,
            ["Status"] = row.Status.ToString(),
            ["Attempt"] = row.Attempt,
            ["NotBefore"] = row.NotBefore,
            ["LeaseUntil"] = row.LeaseUntil,
            ["ClaimedBy"] = row.ClaimedBy,
            ["LastError"] = row.LastError,
            ["SentAt"] = row.SentAt,
        };
    }

    public static ReminderRow From(TableEntity e)
    {
        var reminder = new Reminder(e.GetString("ReminderId"), Enum.Parse<ReminderKind>(e.GetString("Kind")),
            Recipient.Parse(e.GetString("To")), e.GetDateTimeOffset("DueAt")!.Value)
        {
            SubjectId = e.GetString("SubjectId"),
            Title = e.GetString("Title"),
            Deadline = e.GetDateTimeOffset("Deadline"),
        };
        return new ReminderRow(e.GetString("TenantId"), e.GetString("TeamId"), reminder,
            Enum.Parse<ReminderStatus>(e.GetString("Status")), e.GetInt32("Attempt") ?? 0, e.GetDateTimeOffset("NotBefore")!.Value)
        {
            LeaseUntil = e.GetDateTimeOffset("LeaseUntil"),
            ClaimedBy = e.GetString("ClaimedBy"),
            LastError = e.GetString("LastError"),
            SentAt = e.GetDateTimeOffset("SentAt"),
            ETag = e.ETag,
        };
    }
}
