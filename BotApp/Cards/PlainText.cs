using Newtonsoft.Json.Linq;

namespace PartyGroupBot.Cards;

/// <summary>
/// Teams renders a TextBlock's and a Fact's text as Markdown, so a leave reason "[证明](https://x)" would become a link on
/// the secretary's card. No card of ours means Markdown, so every card leaving the bot has its link and emphasis marks
/// broken by a zero-width space: the user's text is shown as they typed it, as text (issue 13, item 9).
/// </summary>
public static class PlainText
{
    private const char ZeroWidthSpace = '\u200B';

    /// <summary>The same card, its texts made inert; the card passed in is not changed.</summary>
    public static JObject Of(JObject card)
    {
        var copy = (JObject)card.DeepClone();
        foreach (var value in copy.Descendants().OfType<JProperty>()
                     .Where(p => p.Name is "text" or "value" or "title" && p.Value.Type == JTokenType.String && IsShown(p))
                     .Select(p => (JValue)p.Value).ToList())
            value.Value = Inert((string)value.Value!);
        return copy;
    }

    /// <summary>Text of a TextBlock or a Fact, not an input's value or an action's data.</summary>
    private static bool IsShown(JProperty p) =>
        p.Parent is JObject owner && ((string?)owner["type"] is "TextBlock" || (owner["type"] is null && owner.Parent?.Parent is JProperty { Name: "facts" }));

    public static string Inert(string text) =>
        text.Contains("](") || text.Contains("**") || text.Contains("__")
            ? text.Replace("](", "]" + ZeroWidthSpace + "(").Replace("**", "*" + ZeroWidthSpace + "*").Replace("__", "_" + ZeroWidthSpace + "_")
            : text;
}
