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

    /// <summary>What the click just did, in green above the form it came from.</summary>
    public static JObject Saved(string text) => new() { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true, ["color"] = "Good" };

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
        ["choices"] = ChoiceArray(choices),
    };

    /// <summary>
    /// Input.ChoiceSet: a drop-down for one choice, ticks for several. Chain <see cref="WithValue"/>, <see cref="Required"/>
    /// and <see cref="WithChoices"/> in the order the card lists them.
    /// </summary>
    public static JObject ChoiceSet(string id, string label, bool multiSelect = false)
    {
        var set = new JObject { ["type"] = "Input.ChoiceSet", ["id"] = id, ["label"] = label };
        if (multiSelect) set["isMultiSelect"] = true;
        set["style"] = multiSelect ? "expanded" : "compact";
        // Ticked choices are long agenda titles: they wrap on a phone instead of being cut.
        if (multiSelect) set["wrap"] = true;
        return set;
    }

    public static JObject WithChoices(this JObject set, IEnumerable<(string Title, string Value)> choices)
    {
        set["choices"] = ChoiceArray(choices);
        return set;
    }

    private static JArray ChoiceArray(IEnumerable<(string Title, string Value)> choices) =>
        new(choices.Select(c => new JObject { ["title"] = c.Title, ["value"] = c.Value }));

    /// <summary>Input.Text. Chain <see cref="MaxLength"/>, <see cref="Required"/> and <see cref="WithValue"/> in the order the card lists them.</summary>
    public static JObject TextInput(string id, string label, bool multiline = false)
    {
        var input = new JObject { ["type"] = "Input.Text", ["id"] = id, ["label"] = label };
        if (multiline) input["isMultiline"] = true;
        return input;
    }

    public static JObject NumberInput(string id, string label, int min) => new()
    {
        ["type"] = "Input.Number", ["id"] = id, ["label"] = label, ["min"] = min,
    };

    /// <summary>Input.Date with the first day it accepts, or the day it shows at first (dates travel as yyyy-MM-dd).</summary>
    public static JObject DateInput(string id, string label, DateOnly? min = null, DateOnly? value = null)
    {
        var input = new JObject { ["type"] = "Input.Date", ["id"] = id, ["label"] = label };
        if (min is { } first) input["min"] = first.ToString("yyyy-MM-dd");
        if (value is { } day) input["value"] = day.ToString("yyyy-MM-dd");
        return input;
    }

    public static JObject TimeInput(string id, string label, string value) => new()
    {
        ["type"] = "Input.Time", ["id"] = id, ["label"] = label, ["value"] = value,
    };

    /// <summary>Booleans travel as "true" / "false" (docs/card-protocol.md). The title wraps: a phone cuts it otherwise.</summary>
    public static JObject Toggle(string id, string title) => new()
    {
        ["type"] = "Input.Toggle", ["id"] = id, ["title"] = title, ["wrap"] = true, ["value"] = "false", ["valueOn"] = "true", ["valueOff"] = "false",
    };

    public static JObject MaxLength(this JObject input, int length)
    {
        input["maxLength"] = length;
        return input;
    }

    /// <summary>The host does not send the card until the input is filled, and shows <paramref name="errorMessage"/> under it.</summary>
    public static JObject Required(this JObject input, string errorMessage)
    {
        input["isRequired"] = true;
        input["errorMessage"] = errorMessage;
        return input;
    }

    public static JObject WithValue(this JObject input, JToken value)
    {
        input["value"] = value;
        return input;
    }
}
