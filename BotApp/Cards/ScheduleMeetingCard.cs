using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Meetings;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>安排会议: the secretary picks the kind of meeting, approved topics for a party group meeting (AG4) or the topics
/// of a democratic life meeting (MK2) or study session (MK3, the seminar toggle for B22(1)), the date, time and place, and
/// observers (Q5). Topics and observers are multi-select choice sets, so they arrive as the comma-separated itemIds and
/// observers; nothing is preselected, as a session takes none of the 议题库's topics.</summary>
public static class ScheduleMeetingCard
{
    public sealed record Person(string AadObjectId, string Name);

    public static JObject Build(
        Texts.Texts t, IReadOnlyList<Topic> approved, IReadOnlyList<Topic> reports, IReadOnlyList<Person> observers, DateOnly date,
        Person? secretary = null, IReadOnlyList<Person>? delegates = null)
    {
        MeetingKind[] kinds = [MeetingKind.PartyGroupMeeting, MeetingKind.DemocraticLifeMeeting, MeetingKind.StudyGroup];
        var body = new List<JToken>
        {
            Title(t["agenda.schedule.title"]),
            Text(t["agenda.schedule.hint"], subtle: true),
            ChoiceSet("kind", t["agenda.schedule.kind"]).WithValue("partyGroupMeeting").Required(t["agenda.schedule.kindRequired"])
                .WithChoices(kinds.Select(k => (Capitalized(t.Kind(k)), Words.Name(k)))),
        };
        if (approved.Count > 0)
            body.Add(MultiSelect("itemIds", t["agenda.schedule.items"], "",
                approved.Select(a => (a.Status == TopicStatus.Deferred ? t.Format("start.deferredTopic", a.Proposed.Title) : a.Proposed.Title, a.Id)),
                requiredMessage: null));
        else body.Add(Text(t["agenda.schedule.none"], subtle: true));
        body.Add(TextInput("topics", t["agenda.schedule.topics"], multiline: true).MaxLength(2000));
        body.Add(Toggle("seminar", t["agenda.schedule.seminar"]));
        if (reports.Count > 0)
            body.Add(Text(t.Format("agenda.schedule.reports", string.Join(t.English ? "; " : "；", reports.Select(r => r.Proposed.Title))), subtle: true));
        body.Add(DateInput("date", t["agenda.schedule.date"], value: date).Required(t["agenda.schedule.invalidDate"]));
        body.Add(TimeInput("time", t["agenda.schedule.time"], "09:00").Required(t["agenda.schedule.invalidDate"]));
        body.Add(TextInput("place", t["agenda.schedule.place"]).MaxLength(300).Required(t["agenda.schedule.placeRequired"]));
        // MK1: the secretary who cannot attend names the profile's delegate to convene and preside.
        if (secretary is not null && delegates is { Count: > 0 })
        {
            body.Add(Choices("chair", t["delegate.chairLabel"], secretary.AadObjectId,
                new[] { (t["delegate.secretaryPresides"], secretary.AadObjectId) }
                    .Concat(delegates.Select(d => (t.Format("delegate.choice", d.Name), d.AadObjectId)))));
        }
        if (observers.Count > 0)
            body.Add(MultiSelect("observers", t["agenda.schedule.observers"], "", observers.Select(o => (o.Name, o.AadObjectId)), requiredMessage: null));
        return Card(body, [Execute(t["agenda.schedule.submit"], Verbs.ScheduleMeeting, style: "positive")]);
    }

    /// <summary>English kinds are written for the middle of a sentence; a choice starts with a capital.</summary>
    private static string Capitalized(string kind) => kind.Length == 0 ? kind : char.ToUpperInvariant(kind[0]) + kind[1..];

    private static JObject MultiSelect(string id, string label, string value, IEnumerable<(string Title, string Value)> choices, string? requiredMessage)
    {
        var set = ChoiceSet(id, label, multiSelect: true).WithValue(value).WithChoices(choices);
        return requiredMessage is null ? set : set.Required(requiredMessage);
    }
}
