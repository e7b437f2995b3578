using PartyGroupBot.Core.Groups;

namespace PartyGroupBot.Core.Reminders;

public enum RecipientKind
{
    /// <summary>The group's Teams channel: one post everyone sees.</summary>
    Channel,
    /// <summary>Everyone holding a role (e.g. the secretary); the roster is resolved when the reminder is stored.</summary>
    Role,
    /// <summary>One person by AAD object id.</summary>
    Person,
}

/// <summary>Who a reminder goes to (提醒对象).</summary>
public sealed record Recipient(RecipientKind Kind, string Value)
{
    public static Recipient Channel { get; } = new(RecipientKind.Channel, "");
    public static Recipient ToRole(Role role) => new(RecipientKind.Role, role.Name());
    public static Recipient ToPerson(string personId) => new(RecipientKind.Person, personId);

    /// <summary>"channel", "role:secretary" or "person:&lt;id&gt;": part of a reminder's id, and what the tests' tables read.</summary>
    public string Key => Kind switch
    {
        RecipientKind.Channel => "channel",
        RecipientKind.Role => "role:" + Value,
        _ => "person:" + Value,
    };

    public static Recipient Parse(string key) => key switch
    {
        "channel" => Channel,
        _ when key.StartsWith("role:", StringComparison.Ordinal) => new(RecipientKind.Role, key[5..]),
        _ when key.StartsWith("person:", StringComparison.Ordinal) => new(RecipientKind.Person, key[7..]),
        _ => throw new FormatException($"Not a recipient key: '{key}'."),
    };

    public override string ToString() => Key;
}
