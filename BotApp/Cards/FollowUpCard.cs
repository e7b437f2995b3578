using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Profiles;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>
/// 我的督办 (IM2): a member's open decisions, each with its due date (China Standard Time, 已逾期 when past), its latest
/// progress, a progress box and the buttons 报告进展 and 已完成; for the office director every open decision of the group
/// with its owner, and those done. Buttons carry the team id so they work in a personal chat too.
/// </summary>
public static class FollowUpCard
{
    /// <summary>One group's follow-ups as the viewer may see them.</summary>
    public sealed record Section(
        string TeamId, AgendaState Agenda, RuleProfile Profile, DateOnly Today, Func<string, string> NameOf,
        string ViewerId, bool OfficeView);

    /// <summary>The input id of a decision's progress box: unique on the card, read back as the verb's <c>text</c>.</summary>
    public static string TextInputId(string decisionId) => "text." + decisionId;

    /// <param name="done">What the click just did (progress reported, completed), said under the title.</param>
    public static JObject Build(Texts.Texts t, IReadOnlyList<Section> sections, string? done = null)
    {
        var office = sections.Any(s => s.OfficeView);
        var body = new List<JToken> { Title(t[office ? "followup.list.all" : "followup.list.mine"]) };
        if (done is not null) body.Add(Text(done));
        if (office) body.Add(Text(t["followup.list.allHint"], subtle: true));
        foreach (var s in sections) body.AddRange(SectionBody(t, s));
        return Card(body);
    }

    private static IEnumerable<JToken> SectionBody(Texts.Texts t, Section s)
    {
        var open = s.Agenda.OpenDecisions().Where(d => s.OfficeView || d.OwnerId == s.ViewerId).ToList();
        if (s.OfficeView)
            yield return Text(t.Format("followup.list.open", open.Count, open.Count(d => FollowUps.IsOverdue(d, s.Today))));
        if (open.Count == 0) yield return Text(t[s.OfficeView ? "followup.list.noneOpen" : "followup.list.none"], subtle: true);
        foreach (var d in open) yield return Open(t, s, d);
        if (!s.OfficeView) yield break;

        var done = s.Agenda.Decisions.Where(d => s.Agenda.CompletionOf(d.DecisionId) is not null)
            .OrderByDescending(d => s.Agenda.CompletionOf(d.DecisionId)!.At).ToList();
        if (done.Count == 0) yield break;
        yield return new JObject { ["type"] = "TextBlock", ["text"] = t["followup.list.done"], ["weight"] = "Bolder", ["wrap"] = true, ["separator"] = true };
        foreach (var d in done)
            yield return Container(
            [
                Text(d.Title),
                Facts(
                [
                    (t["followup.fact.owner"], s.NameOf(d.OwnerId)),
                    (t["followup.fact.due"], d.Due.ToString("yyyy-MM-dd")),
                    (t["followup.fact.completed"], LocalTime.Minute(s.Agenda.CompletionOf(d.DecisionId)!.At, s.Profile)),
                ]),
            ]);
    }

    private static JObject Open(Texts.Texts t, Section s, DecisionRecorded d)
    {
        var due = d.Due.ToString("yyyy-MM-dd");
        var latest = s.Agenda.ProgressOf(d.DecisionId).LastOrDefault();
        var facts = new List<(string, string)>();
        if (s.OfficeView) facts.Add((t["followup.fact.owner"], s.NameOf(d.OwnerId)));
        facts.Add((t["followup.fact.due"], FollowUps.IsOverdue(d, s.Today) ? t.Format("followup.fact.overdue", due) : due));
        facts.Add((t["followup.fact.progress"], latest is null
            ? t["followup.fact.noProgress"]
            : t.Format("followup.fact.progressValue", latest.Text, LocalTime.Minute(latest.At, s.Profile))));
        var items = new List<JToken> { new JObject { ["type"] = "TextBlock", ["text"] = d.Title, ["weight"] = "Bolder", ["wrap"] = true }, Facts(facts) };
        if (d.OwnerId == s.ViewerId)
        {
            var data = new { decisionId = d.DecisionId, teamId = s.TeamId };
            items.Add(TextInput(TextInputId(d.DecisionId), t["followup.progress.label"], multiline: true).MaxLength(FollowUps.MaxProgressLength));
            items.Add(ActionSet(
            [
                Execute(t["followup.progress.report"], Verbs.ReportProgress, data),
                Execute(t["followup.progress.complete"], Verbs.CompleteDecision, data, "positive"),
            ]));
        }
        return Container(items);
    }

    private static JObject Container(IEnumerable<JToken> items) => new()
    {
        ["type"] = "Container", ["separator"] = true, ["items"] = new JArray(items),
    };
}
