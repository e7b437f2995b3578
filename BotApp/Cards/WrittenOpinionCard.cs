using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Meetings;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>书面意见 on one item from a member on approved leave: recorded, shown, never counted (V4).</summary>
public static class WrittenOpinionCard
{
    public static JObject Build(Texts.Texts t, string meetingId, string teamId, AgendaItem item) => Card(
        [
            Title(t.Format("opinion.title", item.Title)),
            Text(t["opinion.hint"], subtle: true),
            TextInput("opinion", t["opinion.label"], multiline: true).Required(t["opinion.required"]),
        ],
        [Execute(t["opinion.submit"], Verbs.SubmitOpinion, new { meetingId, itemId = item.Id, teamId }, "positive")]);
}
