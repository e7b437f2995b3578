using Newtonsoft.Json.Linq;

namespace PartyGroupBot.Tests.Infrastructure;

/// <summary>Reads a card the way a user reads it: its text, its facts, its buttons.</summary>
public static class CardText
{
    public static string AllText(this JObject card) =>
        string.Join("\n", card.Descendants().OfType<JProperty>()
            .Where(p => p.Name is "text" or "title" or "value" && p.Value.Type == JTokenType.String)
            .Select(p => (string)p.Value!));

    /// <summary>The facts of the first FactSet that has a fact with this title.</summary>
    public static IReadOnlyDictionary<string, string> FactsWith(this JObject card, string title) =>
        card.Descendants().OfType<JObject>()
            .Where(o => (string?)o["type"] == "FactSet")
            .Select(o => o["facts"]!.ToDictionary(f => (string)f["title"]!, f => (string)f["value"]!))
            .First(f => f.ContainsKey(title));

    public static IReadOnlyList<JObject> Actions(this JObject card) =>
        card.Descendants().OfType<JObject>().Where(o => (string?)o["type"] == "Action.Execute").ToList();

    public static JObject Action(this JObject card, string verb, Func<JObject, bool>? where = null) =>
        card.Actions().First(a => (string?)a["verb"] == verb && (where?.Invoke(a) ?? true));
}
