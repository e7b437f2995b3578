using Azure;
using Azure.Data.Tables;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Outbox;

public enum OutboxStatus
{
    /// <summary>Waiting to be sent at <see cref="OutboxMessage.NotBefore"/>.</summary>
    Pending,
    /// <summary>An instance is sending it until LeaseUntil; a dead instance's claim runs out and another takes it.</summary>
    Claimed,
    /// <summary>Teams refused it for good (403, nothing to send to) or it kept failing: shown in 发送状态 until resent.</summary>
    Failed,
}

/// <summary>
/// A card a stored step owes someone: the channel ("channel") or one person's private chat ("person:&lt;aad id&gt;"
/// with their Teams account, or "account:&lt;Teams id&gt;" for someone outside the group). Only messages not yet
/// delivered are rows; a delivered one is deleted. PartitionKey = the group, RowKey = the turn's activity and the
/// message's number in it, so a turn run again stores nothing twice.
/// </summary>
public sealed record OutboxMessage(string TenantId, string TeamId, string Key, string To, string Card)
{
    public string? Account { get; init; }
    /// <summary>Where a private chat is opened from, taken from the turn that owed it.</summary>
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public string? BotId { get; init; }
    /// <summary>What the message is, in the secretary's words: 纪要草稿, 会议纪要 …</summary>
    public string? Label { get; init; }
    public OutboxStatus Status { get; init; } = OutboxStatus.Pending;
    public int Attempt { get; init; }
    public DateTimeOffset NotBefore { get; init; }
    public DateTimeOffset? LeaseUntil { get; init; }
    public string? LastError { get; init; }
    public ETag ETag { get; init; }

    public GroupKey Group => new(TenantId, TeamId);
    public string PartitionKey => Group.Agenda;
    public string RowKey => GroupKey.Escape(Key);

    /// <summary>Throttling (429) is per conversation.</summary>
    public string Conversation => $"{TenantId}|{TeamId}|{To}";

    public bool Actionable(DateTimeOffset now) => Status switch
    {
        OutboxStatus.Pending => NotBefore <= now,
        OutboxStatus.Claimed => LeaseUntil < now,
        _ => false,
    };

    // A table property holds at most 64 KiB: a long card (the minutes) is kept in parts.
    private const int Part = 30_000;

    public TableEntity ToEntity()
    {
        var e = new TableEntity(PartitionKey, RowKey)
        {
            ["TenantId"] = TenantId, ["TeamId"] = TeamId, ["Key"] = Key, ["To"] = To, ["Account"] = Account,
            ["ServiceUrl"] = ServiceUrl, ["ChannelId"] = ChannelId, ["BotId"] = BotId, ["Label"] = Label,
            ["Status"] = Status.ToString(), ["Attempt"] = Attempt, ["NotBefore"] = NotBefore, ["LeaseUntil"] = LeaseUntil,
            ["LastError"] = LastError is { Length: > 1000 } long_ ? long_[..1000] : LastError,
        };
        for (var i = 0; i * Part < Card.Length; i++) e["Card" + i] = Card.Substring(i * Part, Math.Min(Part, Card.Length - i * Part));
        return e;
    }

    public static OutboxMessage From(TableEntity e)
    {
        var card = string.Concat(Enumerable.Range(0, 100).Select(i => e.GetString("Card" + i)).TakeWhile(p => p is not null));
        return new OutboxMessage(e.GetString("TenantId"), e.GetString("TeamId"), e.GetString("Key"), e.GetString("To"), card)
        {
            Account = e.GetString("Account"), ServiceUrl = e.GetString("ServiceUrl"), ChannelId = e.GetString("ChannelId"),
            BotId = e.GetString("BotId"), Label = e.GetString("Label"),
            Status = Enum.Parse<OutboxStatus>(e.GetString("Status")), Attempt = e.GetInt32("Attempt") ?? 0,
            NotBefore = e.GetDateTimeOffset("NotBefore") ?? DateTimeOffset.MinValue, LeaseUntil = e.GetDateTimeOffset("LeaseUntil"),
            LastError = e.GetString("LastError"), ETag = e.ETag,
        };
    }
}
