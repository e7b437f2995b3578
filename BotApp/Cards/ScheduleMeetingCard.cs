using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Agenda;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>安排会议: the secretary picks approved topics (AG4), the date, time and place, and observers (Q5).
/// Topics and observers are multi-select choice sets, so they arrive as the comma-separated itemIds and observers.</summary>
public static class ScheduleMeetingCard
{
    public sealed record Person(string AadObjectId, string Name);

    public static JObject Build(
        Texts.Texts t, IReadOnlyList<Topic> approved, IReadOnlyList<Topic> reports, IReadOnlyList<Person> observers, DateOnly date)
    {
        var body = new List<JToken>
        {
            Title(t["agenda.schedule.title"]),
            Text(t["agenda.schedule.hint"], subtle: true),
            MultiSelect("itemIds", t["agenda.schedule.items"], string.Join(",", approved.Select(a => a.Id)),
                approved.Select(a => (a.Proposed.Title, a.Id)), t["agenda.schedule.itemsRequired"]),
        };
        if (reports.Count > 0)
            body.Add(Text(t.Format("agenda.schedule.reports", string.Join(t.English ? "; " : "；", reports.Select(r => r.Proposed.Title))), subtle: true));
        body.Add(new JObject
        {
            ["type"] = "Input.Date", ["id"] = "date", ["label"] = t["agenda.schedule.date"], ["value"] = date.ToString("yyyy-MM-dd"),
            ["isRequired"] = true, ["errorMessage"] = t["agenda.schedule.invalidDate"],
        });
        body.Add(new JObject
        {
            ["type"] = "Input.Time", ["id"] = "time", ["label"] = t["agenda.schedule.time"], ["value"] = "09:00",
            ["isRequired"] = true, ["errorMessage"] = t["agenda.schedule.invalidDate"],
        });
        body.Add(new JObject
        {
            ["type"] = "Input.Text", ["id"] = "place", ["label"] = t["agenda.schedule.place"], ["maxLength"] = 300,
            ["isRequired"] = true, ["errorMessage"] = t["agenda.schedule.placeRequired"],
        });
        if (observers.Count > 0)
            body.Add(MultiSelect("observers", t["agenda.schedule.observers"], "", observers.Select(o => (o.Name, o.AadObjectId)), requiredMessage: null));
        return Card(body, [Execute(t["agenda.schedule.submit"], "scheduleMeeting", style: "positive")]);
    }

    private static JObject MultiSelect(string id, string label, string value, IEnumerable<(string Title, string Value)> choices, string? requiredMessage)
    {
        var set = new JObject
        {
            ["type"] = "Input.ChoiceSet", ["id"] = id, ["label"] = label, ["isMultiSelect"] = true, ["style"] = "expanded",
            ["value"] = value,
            ["choices"] = new JArray(choices.Select(c => new JObject { ["title"] = c.Title, ["value"] = c.Value })),
        };
        if (requiredMessage is not null)
        {
            set["isRequired"] = true;
            set["errorMessage"] = requiredMessage;
        }
        return set;
    }
}
