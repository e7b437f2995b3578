using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Meetings;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>
/// 整改措施 (DL5): the measures recorded so far, and a form for the next one with its owner (a voting member) and its
/// deadline (after the meeting). Answered again after each measure, so several are entered one after another.
/// </summary>
public static class RectificationCard
{
    /// <param name="typed">What the user had entered, put back when a refusal shows the form again.</param>
    public static JObject Build(Texts.Texts t, MeetingState m, string teamId, DateOnly firstDay, string? saved = null, Typed? typed = null)
    {
        string Name(string id) => m.Member(id)?.Name ?? id;
        var body = new List<JToken> { Title(t["session.rectify.title"]) };
        if (saved is not null) body.Add(Text(saved));
        body.Add(Text(t["session.rectify.hint"], subtle: true));
        if (m.Rectifications.Count > 0)
        {
            body.Add(Text(t.Format("session.rectify.listed", m.Rectifications.Count)));
            body.Add(Text(string.Join("\n", m.Rectifications.Select((r, i) =>
                $"{i + 1}. " + t.Format("session.rectify.line", r.Text, Name(r.OwnerId), r.Deadline.ToString("yyyy-MM-dd"))))));
        }
        body.Add(TextInput("measure", t["session.rectify.measure"], multiline: true).Required(t["session.rectify.measureRequired"]));
        if (typed?.Measure is { Length: > 0 } measure) ((JObject)body[^1])["value"] = measure;
        body.Add(ChoiceSet("owner", t["session.rectify.owner"]).Required(t["session.rectify.ownerRequired"])
            .WithChoices(m.VotingMembers.Select(v => (v.Name, v.Id))));
        if (m.VotingMembers.Any(v => v.Id == typed?.Owner)) ((JObject)body[^1])["value"] = typed!.Owner;
        body.Add(DateInput("deadline", t["session.rectify.deadline"], min: firstDay).Required(t["session.rectify.deadlineRequired"]));
        if (DateOnly.TryParseExact(typed?.Deadline, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var deadline)) ((JObject)body[^1])["value"] = deadline.ToString("yyyy-MM-dd");
        return Card(body, [Execute(t["session.rectify.submit"], Verbs.RecordRectification, new { meetingId = m.Id, teamId }, "positive")]);
    }

    public sealed record Typed(string? Measure, string? Owner, string? Deadline);
}
