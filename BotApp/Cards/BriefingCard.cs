using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Minutes;
using PartyGroupBot.Core.Profiles;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>
/// 会议决定通报 (MN5): sent privately to members absent from the meeting once its minutes are signed. Titles and outcomes
/// only, from <see cref="Briefing"/>, which holds no confidential item, no named ballot and no statement (AG6, MN6).
/// </summary>
public static class BriefingCard
{
    public static JObject Build(Texts.Texts t, Briefing briefing, RuleProfile profile)
    {
        var body = new List<JToken>
        {
            Title(t["record.briefing.title"]),
            Text(t.Format("record.briefing.hint", LocalTime.Minute(briefing.StartedAt, profile))),
            // MN5: the absent member knows who was designated to brief them, and so whom to ask.
            Text(briefing.Briefer is { } briefer ? t.Format("briefer.byline", briefer) : t["briefer.notDesignated"]),
        };
        if (briefing.Decisions.Count == 0) body.Add(Text(t["record.briefing.none"]));
        var number = 0;
        foreach (var d in briefing.Decisions)
        {
            number++;
            var facts = new List<(string, string)>
            {
                (t["fact.result"], d.Outcome is { } o ? t.Outcome(o) : t["record.briefing.notVoted"]),
            };
            body.Add(Text($"{number}. {d.Title}"));
            if (d.Candidates.Count == 0) body.Add(Facts(facts));
            else body.Add(Text(string.Join("\n", d.Candidates.Select(c => "- " + t.Format("record.briefing.candidate", c.Name, t.Outcome(c.Outcome))))));
        }
        return Card(body);
    }
}
