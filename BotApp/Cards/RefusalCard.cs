using Newtonsoft.Json.Linq;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>What a user sees when the bot refuses an action: why, in plain words, with the rule ID.</summary>
public static class RefusalCard
{
    private const string Id = "refusal";

    public static JObject Build(string message) => Card([Banner(message)]);

    public static bool IsRefusal(JObject card) => (string?)card["body"]?.FirstOrDefault()?["id"] == Id;

    /// <summary>The refusal on top of the card the user clicked, so a refused click does not take their buttons away.</summary>
    public static JObject Over(JObject refusal, JObject current)
    {
        var card = (JObject)current.DeepClone();
        ((JArray)card["body"]!).Insert(0, refusal["body"]![0]!.DeepClone());
        return card;
    }

    private static JObject Banner(string message) => new()
    {
        ["type"] = "TextBlock", ["id"] = Id, ["text"] = message, ["wrap"] = true, ["color"] = "Attention", ["weight"] = "Bolder",
    };
}
