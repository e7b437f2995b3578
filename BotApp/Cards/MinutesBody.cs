using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Profiles;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>The text of the minutes, shared by the draft the secretary signs and the post the channel sees.</summary>
public static class MinutesBody
{
    public static List<JToken> Build(Texts.Texts t, Core.Minutes.Minutes minutes, RuleProfile profile)
    {
        var none = t["minutes.none"];
        var body = new List<JToken>
        {
            Facts(
            [
                (t["minutes.time"], LocalTime.Minute(minutes.StartedAt, profile)),
                (t["minutes.chair"], minutes.ChairName),
                (t["minutes.present"], Join(minutes.Present.Select(p => Attendance(t, p, profile)), none)),
                (t["minutes.onLeave"], Join(minutes.OnLeave ?? [], none)),
                (t["minutes.absent"], Join(minutes.Absent, none)),
                (t["minutes.observers"], Join(minutes.Observers ?? [], none)),
            ]),
        };
        if (minutes.IsSeminar) body.Insert(0, Text(t["session.study.minutes.seminar"]));
        var number = 0;
        foreach (var item in minutes.Items)
        {
            number++;
            body.Add(Title($"{number}. {item.Title}"));
            body.Add(Text(t.Format("ballot.method", t.Method(item.Method)), subtle: true));
            if (item.Recusals.Count > 0) body.Add(Text(t.Format("minutes.recused", string.Join("、", item.Recusals))));
            // V4: written opinions are shown, and marked as not counted.
            foreach (var o in item.WrittenOpinions ?? []) body.Add(Text(t.Format("minutes.opinion", o.Name, o.Text)));
            // MN1: the recorder's notes on the item, with author and time.
            if (item.Notes.Count > 0)
                body.Add(Text($"{t["record.minutes.notes"]}：\n" + string.Join("\n", item.Notes.Select(n =>
                    "- " + t.Format("record.note.line", LocalTime.Clock(n.At, profile), n.Author, n.Text)))));
            if (item.Tally is null)
            {
                body.Add(Text(minutes.Kind == MeetingKind.StudyGroup ? t["session.study.minutes.studied"] : t["minutes.notVoted"]));
                continue;
            }
            if (item.Candidates.Count == 0) body.Add(Facts(ResultCard.ItemFacts(t, item.Tally)));
            else body.AddRange(item.Candidates.Select(c => Facts(ResultCard.CandidateFacts(t, c))));
            if (item.Ballots.Count > 0)
                body.Add(Text($"{t["minutes.ballots"]}：{string.Join("；", item.Ballots.Select(b => Ballot(t, b)))}"));
            foreach (var r in item.Reservations ?? []) body.Add(Text(t.Format("minutes.reservation", r.Name, r.Text)));
        }
        SessionMinutes.Add(body, t, minutes);
        // MN3: corrections are appended to the record and shown after it, never written into it.
        if (minutes.Corrections.Count > 0)
        {
            body.Add(Title(t["record.minutes.corrections"]));
            foreach (var c in minutes.Corrections)
                body.Add(Text(t.Format("record.minutes.correction", LocalTime.Minute(c.At, profile), c.Author, c.Text)));
        }
        return body;
    }

    private static string Ballot(Texts.Texts t, Core.Minutes.NamedBallot b) =>
        b.Candidate is null ? $"{b.Name} {t.Choice(b.Choice)}" : t.Format("minutes.candidateBallot", b.Name, b.Candidate, t.PersonnelChoice(b.Choice));

    private static string Attendance(Texts.Texts t, Core.Minutes.Attendance p, RuleProfile profile) =>
        p.LeftAt is { } left
            ? t.Format("minutes.leftEarly", p.Name, LocalTime.Clock(p.CheckedInAt, profile), LocalTime.Clock(left, profile))
            : t.Format("minutes.late", p.Name, LocalTime.Clock(p.CheckedInAt, profile));

    private static string Join(IEnumerable<string> names, string none)
    {
        var list = names.ToList();
        return list.Count == 0 ? none : string.Join("、", list);
    }
}
