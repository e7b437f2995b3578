using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Agenda;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>
/// 召开党组会议 without a schedule: the secretary picks approved topics no meeting has taken, deferred ones (暂缓, V8)
/// among them (AG4). Nothing is typed in: a topic that arises on the day is proposed as a 临时议题 with its reason.
/// </summary>
public static class StartMeetingCard
{
    public static JObject Build(Texts.Texts t, IReadOnlyList<Topic> ready)
    {
        if (ready.Count == 0) return Card([Title(t["start.title"]), Text(t["start.noTopics"])]);
        var choices = ready.Select(r => (r.Status == TopicStatus.Deferred ? t.Format("start.deferredTopic", r.Proposed.Title) : r.Proposed.Title, r.Id));
        return Card(
            [
                Title(t["start.title"]),
                Text(t["start.hint"], subtle: true),
                ChoiceSet("itemIds", t["start.items"], multiSelect: true).Required(t["start.itemsRequired"]).WithChoices(choices),
            ],
            [Execute(t["start.submit"], Verbs.StartMeeting, style: "positive")]);
    }
}
