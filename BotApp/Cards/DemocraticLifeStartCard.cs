using Newtonsoft.Json.Linq;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>The secretary's form to convene the democratic life meeting (MK2): its topics, one per line, the usual ones filled in.</summary>
public static class DemocraticLifeStartCard
{
    public static JObject Build(Texts.Texts t) => Card(
        [
            Title(t["session.dl.start.title"]),
            Text(t["session.dl.start.hint"], subtle: true),
            TextInput("topics", t["session.dl.start.topics"], multiline: true).WithValue(t["session.dl.start.defaultTopics"]).Required(t["session.start.topicsRequired"]),
        ],
        [Execute(t["session.dl.start.submit"], Verbs.StartDemocraticLife, style: "positive")]);
}
