using Newtonsoft.Json.Linq;
using PartyGroupBot.Texts;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>The commands a user can type.</summary>
public static class HelpCard
{
    public static JObject Build(Texts.Texts t) => Card([Title(t["help.title"]), Text(t["help.text"])]);
}
