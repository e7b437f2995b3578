using System.Text.Json;
using System.Text.Json.Serialization;
using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Storage;

/// <summary>Stores each meeting event as its type name plus JSON; the names are part of the stored format, so never rename one.</summary>
public static class EventSerializer
{
    private static readonly Dictionary<string, Type> Types = typeof(MeetingEvent).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(MeetingEvent)) && !t.IsAbstract)
        .ToDictionary(t => t.Name);

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static (string Type, string Data) Serialize(MeetingEvent e) =>
        (e.GetType().Name, JsonSerializer.Serialize(e, e.GetType(), Options));

    public static MeetingEvent Deserialize(string type, string data) =>
        Types.TryGetValue(type, out var t)
            ? (MeetingEvent)JsonSerializer.Deserialize(data, t, Options)!
            : throw new InvalidDataException($"Unknown stored event type '{type}'.");
}
