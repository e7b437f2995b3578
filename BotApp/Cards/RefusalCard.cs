using Newtonsoft.Json.Linq;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>What a user sees when the bot refuses an action: why, in plain words, with the rule ID.</summary>
public static class RefusalCard
{
    public static JObject Build(string message) => Card([new JObject
    {
        ["type"] = "TextBlock", ["text"] = message, ["wrap"] = true, ["color"] = "Attention",
    }]);
}
