using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Agenda;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>The secretary's card for one proposed topic: approve it for a meeting, or return it with a reason (AG1).
/// Sent privately, so it carries the team id; the clicker must still be that team's secretary.</summary>
public static class TopicApprovalCard
{
    public static JObject Build(Texts.Texts t, Topic topic, string proposerName, string? directorName, string teamId)
    {
        var data = new { itemId = topic.Id, teamId };
        return Card(
            [
                Title(t.Format("agenda.approval.title", topic.Proposed.Title)),
                Facts(TopicFacts(t, topic, proposerName, directorName)),
                TextInput("reason", t["agenda.approval.reason"], multiline: true),
            ],
            [
                Execute(t["agenda.approval.approve"], Verbs.ApproveItem, data, "positive"),
                Execute(t["agenda.approval.return"], Verbs.ReturnItem, data, "destructive"),
            ]);
    }

    /// <summary>What a decider needs to see of a topic: who proposed it, its category, method, flags and candidates.</summary>
    public static IEnumerable<(string, string)> TopicFacts(Texts.Texts t, Topic topic, string proposerName, string? directorName)
    {
        var p = topic.Proposed;
        var flags = new List<string>();
        if (p.Important) flags.Add(t["agenda.flag.important"]);
        if (p.Urgent) flags.Add(t["agenda.flag.urgent"]);
        if (p.Confidential) flags.Add(t["agenda.flag.confidential"]);
        if (p.Administrative) flags.Add(t["agenda.flag.administrative"]);
        yield return (t["agenda.topic.proposer"], proposerName);
        yield return (t["agenda.topic.category"], t["agenda.category." + Words.Name(p.Category)]);
        yield return (t["agenda.topic.method"], t.Method(p.Method));
        yield return (t["agenda.topic.flags"], flags.Count == 0 ? t["agenda.flag.none"] : string.Join(t.English ? ", " : "、", flags));
        if (p.Candidates.Count > 0) yield return (t["agenda.topic.candidates"], string.Join(t.English ? ", " : "、", p.Candidates.Select(c => c.Name)));
        if (directorName is not null) yield return (t["agenda.topic.consent"], t.Format("agenda.topic.consented", directorName));
    }
}
