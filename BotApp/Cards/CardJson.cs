using Newtonsoft.Json.Linq;

namespace PartyGroupBot.Cards;

/// <summary>Small builders for Adaptive Card 1.5 JSON. Cards go to the SDK as JObject; nothing here touches the AdaptiveCards assembly.</summary>
public static class CardJson
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static JObject Card(IEnumerable<JToken> body, IEnumerable<JToken>? actions = null) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = "1.5",
        ["body"] = new JArray(body),
        ["actions"] = new JArray(actions ?? []),
    };

    public static JObject Title(string text) => new()
    {
        ["type"] = "TextBlock", ["text"] = text, ["size"] = "Medium", ["weight"] = "Bolder", ["wrap"] = true,
    };

    public static JObject Text(string text, bool subtle = false)
    {
        var block = new JObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (subtle) block["isSubtle"] = true;
        return block;
    }

    public static JObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JArray(facts.Select(f => new JObject { ["title"] = f.Title, ["value"] = f.Value })),
    };

    /// <summary>Action.Execute (Universal Actions). Data names ids and values only, never the actor.</summary>
    public static JObject Execute(string title, string verb, object? data = null, string? style = null)
    {
        var action = new JObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
            ["data"] = data is null ? new JObject() : JObject.FromObject(data),
        };
        if (style is not null) action["style"] = style;
        return action;
    }

    public static JObject ActionSet(IEnumerable<JObject> actions) => new()
    {
        ["type"] = "ActionSet", ["actions"] = new JArray(actions),
    };

    /// <summary>
    /// Buttons in rows under the body, one ActionSet a row: on a phone (360 px) a row shares its width equally and Teams
    /// cuts, never wraps, a button title that does not fit, so a long title gets a row to itself.
    /// </summary>
    public static IEnumerable<JObject> ActionRows(params IEnumerable<JObject>[] rows) =>
        rows.Select(r => r.ToList()).Where(r => r.Count > 0).Select(ActionSet);

    public static JObject Choices(string id, string label, string value, IEnumerable<(string Title, string Value)> choices) => new()
    {
        ["type"] = "Input.ChoiceSet",
        ["id"] = id,
        ["label"] = label,
        ["value"] = value,
        ["style"] = "compact",
        ["choices"] = new JArray(choices.Select(c => new JObject { ["title"] = c.Title, ["value"] = c.Value })),
    };
}
