using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Meetings;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>What the minutes of a democratic life meeting (MK2) or a study session (MK3) show beyond a party group meeting's.</summary>
public static class SessionMinutes
{
    public static void Add(List<JToken> body, Texts.Texts t, Core.Minutes.Minutes minutes)
    {
        // DL4: written statements are listed in the record; Minutes.ForChannel has already taken them out of the post (MN6).
        if (minutes.WrittenStatements.Count > 0)
        {
            body.Add(Title(t["session.minutes.statements"]));
            foreach (var s in minutes.WrittenStatements) body.Add(Text(t.Format("session.minutes.statement", s.Name, s.Text)));
            // DL4 (B23(3)): in profile B the chair read them out at the meeting, and the record says so.
            if (minutes.StatementsReadOut) body.Add(Text(t["session.minutes.readOut"]));
        }
        // DL5: every measure with its owner and deadline, or 无 so the record shows none was set.
        if (minutes.Kind == MeetingKind.DemocraticLifeMeeting)
        {
            body.Add(Title(t["session.minutes.rectifications"]));
            body.Add(Text(minutes.Rectifications.Count == 0
                ? t["minutes.none"]
                : string.Join("\n", minutes.Rectifications.Select((r, i) =>
                    $"{i + 1}. " + t.Format("session.rectify.line", r.Measure, r.Owner, r.Deadline.ToString("yyyy-MM-dd"))))));
        }
    }
}
