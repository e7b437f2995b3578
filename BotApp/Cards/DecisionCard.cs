using Newtonsoft.Json.Linq;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>
/// 登记决定 (IM1): after a passed vote, or a passed candidate of a personnel item (V7), the secretary (or the office
/// director) names the owner from the group's members and the due date. Sent privately, so it carries the team id.
/// </summary>
public static class DecisionCard
{
    public sealed record Person(string Id, string Name);

    public static JObject Build(
        Texts.Texts t, string teamId, string meetingId, string itemId, string? candidateId, string title,
        IReadOnlyList<Person> members, DateOnly firstDay)
    {
        var data = new JObject { ["meetingId"] = meetingId, ["itemId"] = itemId, ["teamId"] = teamId };
        if (candidateId is not null) data["candidate"] = candidateId;
        return Card(
            [
                Title(t.Format("followup.decision.title", title)),
                Text(t["followup.decision.hint"]),
                Facts([(t["followup.decision.meeting"], meetingId)]),
                ChoiceSet("owner", t["followup.decision.owner"]).Required(t["refusal.OwnerRequired"]).WithChoices(members.Select(m => (m.Name, m.Id))),
                DateInput("due", t["followup.decision.due"], min: firstDay).Required(t["refusal.DueDateInvalid"]),
            ],
            [Execute(t["followup.decision.submit"], Verbs.RecordDecision, data, "positive")]);
    }
}
