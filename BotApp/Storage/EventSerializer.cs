using System.Text.Json;
using System.Text.Json.Serialization;
using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Storage;

/// <summary>Stores each event as its type name plus JSON; the names are part of the stored format, so never rename one.</summary>
public static class EventSerializer
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new ItemCategoryJson(), new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static (string Type, string Data) Serialize(object e) =>
        (e.GetType().Name, JsonSerializer.Serialize(e, e.GetType(), Options));

    public static MeetingEvent Deserialize(string type, string data) => Deserialize<MeetingEvent>(type, data);

    public static TEvent Deserialize<TEvent>(string type, string data) where TEvent : class =>
        EventTypes<TEvent>.ByName.TryGetValue(type, out var t)
            ? (TEvent)JsonSerializer.Deserialize(data, t, Options)!
            : throw new InvalidDataException($"Unknown stored {typeof(TEvent).Name} type '{type}'.");

    /// <summary>Every concrete event type of a family, found once, so new Core events need no registration.</summary>
    private static class EventTypes<TEvent>
    {
        public static readonly Dictionary<string, Type> ByName = typeof(TEvent).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(TEvent)) && !t.IsAbstract)
            .ToDictionary(t => t.Name);
    }
}
