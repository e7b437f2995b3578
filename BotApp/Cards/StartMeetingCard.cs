using Newtonsoft.Json.Linq;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>The secretary's form to convene a meeting: agenda items, one per line, and the voting method.</summary>
public static class StartMeetingCard
{
    public static JObject Build(Texts.Texts t)
    {
        var methods = new[] { "recorded", "secret", "hands", "oral" }
            .Select(m => (t["method." + m], m));
        return Card(
            [
                Title(t["start.title"]),
                new JObject
                {
                    ["type"] = "Input.Text", ["id"] = "items", ["label"] = t["start.items"],
                    ["isMultiline"] = true, ["isRequired"] = true, ["errorMessage"] = t["start.itemsRequired"],
                },
                Choices("method", t["start.method"], "recorded", methods),
            ],
            [Execute(t["start.submit"], "startMeeting", style: "positive")]);
    }
}
