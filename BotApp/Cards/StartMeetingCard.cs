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
        var choices = new JArray(ready.Select(r => new JObject
        {
            ["title"] = r.Status == TopicStatus.Deferred ? t.Format("start.deferredTopic", r.Proposed.Title) : r.Proposed.Title,
            ["value"] = r.Id,
        }));
        return Card(
            [
                Title(t["start.title"]),
                Text(t["start.hint"], subtle: true),
                new JObject
                {
                    ["type"] = "Input.ChoiceSet", ["id"] = "itemIds", ["label"] = t["start.items"], ["isMultiSelect"] = true,
                    ["style"] = "expanded", ["isRequired"] = true, ["errorMessage"] = t["start.itemsRequired"], ["choices"] = choices,
                },
            ],
            [Execute(t["start.submit"], Verbs.StartMeeting, style: "positive")]);
    }
}
