using Newtonsoft.Json.Linq;
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
        var number = 0;
        foreach (var item in minutes.Items)
        {
            number++;
            body.Add(Title($"{number}. {item.Title}"));
            body.Add(Text(t.Format("ballot.method", t.Method(item.Method)), subtle: true));
            // V4: written opinions are shown, and marked as not counted.
            foreach (var o in item.WrittenOpinions ?? []) body.Add(Text(t.Format("minutes.opinion", o.Name, o.Text)));
            if (item.Tally is null)
            {
                body.Add(Text(t["minutes.notVoted"]));
                continue;
            }
            body.Add(Facts(
            [
                (t["fact.result"], t.Outcome(item.Tally.Outcome)),
                (t["fact.yes"], item.Tally.Yes.ToString()),
                (t["fact.no"], item.Tally.No.ToString()),
                (t["fact.abstain"], item.Tally.Abstain.ToString()),
                (t["fact.base"], item.Tally.Base.ToString()),
                (t["fact.present"], item.Tally.Present.ToString()),
            ]));
            if (item.Ballots.Count > 0)
                body.Add(Text($"{t["minutes.ballots"]}：{string.Join("；", item.Ballots.Select(b => $"{b.Name} {t.Choice(b.Choice)}"))}"));
            foreach (var r in item.Reservations ?? []) body.Add(Text(t.Format("minutes.reservation", r.Name, r.Text)));
        }
        return body;
    }

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
