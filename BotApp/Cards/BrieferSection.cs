using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Meetings;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>
/// 指定通报人 (MN5), a section of the draft minutes the chair (who is the secretary) gets at the end of a meeting with
/// members absent or on leave: who is to be briefed, and a choice of the voting members who attended. It sits on the
/// draft because the briefing goes out when the draft is signed. Empty when nobody is to be briefed.
/// </summary>
public static class BrieferSection
{
    public static List<JToken> Build(Texts.Texts t, MeetingState m, string? done = null)
    {
        var absent = m.ToBeBriefed().Select(a => a.Name).ToList();
        if (absent.Count == 0) return [];
        var body = new List<JToken> { Title(t["briefer.title"]), Text(t["briefer.hint"], subtle: true) };
        if (done is not null) body.Add(Saved(done));
        body.Add(Facts([(t["briefer.absentees"], string.Join("、", absent))]));
        // Not isRequired: the card's other buttons send every input, and returning a draft must not need a briefer.
        var choices = ChoiceSet("briefer", t["briefer.label"]).WithChoices(m.MayBrief().Select(p => (p.Name, p.Id)));
        if (m.Briefer is { } current) choices["value"] = current.MemberId;
        body.Add(choices);
        return body;
    }

    /// <summary>The button, beside 签发 and 退回修改; null when nobody is to be briefed.</summary>
    public static JObject? Action(Texts.Texts t, MeetingState m, string teamId) =>
        m.ToBeBriefed().Any() ? Execute(t["briefer.submit"], Verbs.DesignateBriefer, new { meetingId = m.Id, teamId }) : null;
}
