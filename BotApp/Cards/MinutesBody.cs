using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Groups;
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
            Facts(Head(t, minutes, profile, none)),
        };
        if (minutes.IsSeminar) body.Insert(0, Text(t["session.study.minutes.seminar"]));
        var number = 0;
        foreach (var item in minutes.Items)
        {
            number++;
            body.Add(Title($"{number}. {item.Title}"));
            var category = t["agenda.category." + Words.Name(item.Category)];
            body.Add(Text(item.Presenter is { } presenter
                ? t.Format("minutes.record.categoryAndPresenter", category, presenter)
                : t.Format("minutes.record.category", category), subtle: true));
            body.Add(Text(t.Format("ballot.method", t.Method(item.Method)), subtle: true));
            // AG4: a topic taken on the day is marked with the reason it could not wait.
            if (item.AdHocReason is { } adHoc) body.Add(Text(t.Format("minutes.adHoc", adHoc)));
            if (item.PresidedBy is { } stand) body.Add(Text(t.Format("minutes.presidedBy", stand)));
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
            if (item.UrgentReason is { } urgent) body.Add(Text(t.Format("minutes.urgent", urgent)));
            if (item.Candidates.Count == 0) body.Add(Facts(ResultCard.ItemFacts(t, item.Tally)));
            else body.AddRange(item.Candidates.Select(c => Facts(ResultCard.CandidateFacts(t, c))));
            if (item.Ballots.Count > 0)
                body.Add(Text($"{t["minutes.ballots"]}：{string.Join("；", item.Ballots.Select(b => Ballot(t, b)))}"));
            foreach (var r in item.Reservations ?? []) body.Add(Text(t.Format("minutes.reservation", r.Name, r.Text)));
            // IM1: what the decision became: who carries it out, by when.
            foreach (var d in item.Decisions)
                body.Add(Text(d.Candidate is { } candidate
                    ? t.Format("minutes.record.candidateDecision", candidate, d.Owner, d.Due.ToString("yyyy-MM-dd"))
                    : t.Format("minutes.record.decision", d.Owner, d.Due.ToString("yyyy-MM-dd"))));
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

    /// <summary>The title for the meeting's kind (MK1–MK3), shared by the draft and the signed post.</summary>
    public static string KindTitle(Texts.Texts t, Core.Minutes.Minutes minutes) => t["minutes.record.title." + minutes.Kind];

    private static List<(string, string)> Head(Texts.Texts t, Core.Minutes.Minutes minutes, RuleProfile profile, string none)
    {
        var time = LocalTime.Minute(minutes.StartedAt, profile);
        var head = new List<(string, string)>
        {
            (t["minutes.time"], minutes.EndedAt is { } ended ? t.Format("minutes.record.timeSpan", time, LocalTime.Clock(ended, profile)) : time),
        };
        if (minutes.Place is { Length: > 0 } place) head.Add((t["minutes.record.place"], place));
        // MK1: a delegate presides 受党组书记委托.
        head.Add((t["minutes.chair"], minutes.ChairDelegated ? t.Format("minutes.chairDelegated", minutes.ChairName) : minutes.ChairName));
        head.Add((t["minutes.present"], Join(minutes.Present.Select(p => Attendance(t, p, profile)), none)));
        // Q3: the reason each member on leave gave; older minutes without reasons list the names alone.
        var onLeave = minutes.LeaveReasons.Count > 0
            ? minutes.LeaveReasons.Select(l => l.Text.Length > 0 ? t.Format("minutes.record.withReason", l.Name, l.Text) : l.Name)
            : minutes.OnLeave ?? [];
        head.Add((t["minutes.onLeave"], Join(onLeave, none)));
        head.Add((t["minutes.absent"], Join(minutes.Absent, none)));
        head.Add((t["minutes.observers"], Join(minutes.Observers ?? [], none)));
        head.Add((t["minutes.record.recorders"], Join(minutes.Recorders, none)));
        return head;
    }

    /// <summary>Q7: when each person came and, if so, that they came late or left early; a non-voting attendee's role.</summary>
    private static string Attendance(Texts.Texts t, Core.Minutes.Attendance p, RuleProfile profile)
    {
        var parts = new List<string>();
        if (!p.Role.HasVote() && p.Role != Role.Observer) parts.Add(t.Role(p.Role));
        parts.Add(t.Format("minutes.record.checkIn", LocalTime.Clock(p.CheckedInAt, profile)));
        // Q3: someone excused who came after all is not late; the record says they came after their leave.
        if (p.LeaveReason is { } reason)
            parts.Add(reason.Length > 0 ? t.Format("minutes.record.afterLeave", reason) : t["minutes.record.afterLeaveNoReason"]);
        else if (p.Late) parts.Add(t["minutes.record.late"]);
        if (p.LeftAt is { } left) parts.Add(t.Format("minutes.record.left", LocalTime.Clock(left, profile)));
        return t.Format("minutes.record.attendee", p.Name, string.Join(t.English ? ", " : "，", parts));
    }


    private static string Join(IEnumerable<string> names, string none)
    {
        var list = names.ToList();
        return list.Count == 0 ? none : string.Join("、", list);
    }
}
