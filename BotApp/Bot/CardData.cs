using Newtonsoft.Json.Linq;

namespace PartyGroupBot.Bot;

/// <summary>Reads card data defensively: it comes from the client and may be tampered with.</summary>
public sealed class CardData(JObject data)
{
    public static CardData From(object? raw) => new(raw switch
    {
        JObject o => o,
        null => new JObject(),
        _ => TryParse(raw),
    });

    public string? this[string key] =>
        data.TryGetValue(key, out var token) && token.Type is JTokenType.String or JTokenType.Integer
            ? token.ToString().Trim()
            : null;

    public IEnumerable<KeyValuePair<string, string?>> WithPrefix(string prefix) =>
        data.Properties()
            .Where(p => p.Name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(p => new KeyValuePair<string, string?>(p.Name[prefix.Length..], this[p.Name]));

    private static JObject TryParse(object raw)
    {
        try { return JObject.FromObject(raw); }
        catch (ArgumentException) { return new JObject(); }
    }
}
