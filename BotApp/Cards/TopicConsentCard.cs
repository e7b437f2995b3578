using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Agenda;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>AG3 (profile B): the director consents to a topic on administrative business before the secretary decides it.
/// Sent privately, so it carries the team id.</summary>
public static class TopicConsentCard
{
    public static JObject Build(Texts.Texts t, Topic topic, string proposerName, string teamId) => Card(
        [
            Title(t.Format("agenda.consent.title", topic.Proposed.Title)),
            Text(t["agenda.consent.hint"], subtle: true),
            Facts(TopicApprovalCard.TopicFacts(t, topic, proposerName, null)),
        ],
        [Execute(t["agenda.consent.submit"], Verbs.ConsentItem, new { itemId = topic.Id, teamId }, "positive")]);
}
