using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyGroupBot.Core.Meetings;

/// <summary>Agenda item category (AG7); decides the item's quorum and voting rules.</summary>
public enum ItemCategory
{
    /// <summary>干部任免. Logs stored before the split say <c>personnel</c>, read as this (<see cref="ItemCategoryJson"/>).</summary>
    Appointment,
    /// <summary>推荐、提名干部</summary>
    Nomination,
    /// <summary>奖惩</summary>
    Rewards,
    /// <summary>处分党员</summary>
    Discipline,
    /// <summary>Purchases or payments from the profile's threshold.</summary>
    Finance,
    Policy,
    PartyBuilding,
    Other,
}

public static class ItemCategories
{
    /// <summary>
    /// V7 (A13(4) "推荐、提名干部和决定干部任免、奖惩事项，逐个进行表决"): the four categories about named people are voted
    /// person by person, so their proposals name the people, one ballot each.
    /// </summary>
    public static bool IsAboutPeople(this ItemCategory c) =>
        c is ItemCategory.Appointment or ItemCategory.Nomination or ItemCategory.Rewards or ItemCategory.Discipline;

    /// <summary>The name cards and stored events use: camelCase, as the event serializer writes enums.</summary>
    public static string Name(this ItemCategory c) => JsonNamingPolicy.CamelCase.ConvertName(c.ToString());

    /// <summary>Reads a category name from a card or a stored event; <c>personnel</c> (before AG7's split) is an appointment.</summary>
    public static ItemCategory? Parse(string? name) =>
        string.Equals(name, "personnel", StringComparison.OrdinalIgnoreCase) ? ItemCategory.Appointment
        : Enum.TryParse<ItemCategory>(name, ignoreCase: true, out var c) && Enum.IsDefined(c) ? c
        : null;
}

/// <summary>
/// AG7: stored logs and group profiles written before the category split say <c>personnel</c>; they read as
/// <see cref="ItemCategory.Appointment"/>, the split's successor for 干部任免. Put it before the enum converter.
/// </summary>
public sealed class ItemCategoryJson : JsonConverter<ItemCategory>
{
    public override ItemCategory Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && ItemCategories.Parse(reader.GetString()) is { } c
            ? c
            : throw new JsonException("Unknown item category.");

    public override void Write(Utf8JsonWriter writer, ItemCategory value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Name());
}
