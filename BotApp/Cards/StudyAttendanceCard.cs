using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Meetings;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>学习考勤 (MK3, B22): who of the group came to the study session, from when, who was on leave and who was absent.</summary>
public static class StudyAttendanceCard
{
    public static JObject Build(Texts.Texts t, MeetingState m, string? footnote = null)
    {
        var members = m.Roster.Where(r => r.HasVote || m.WasEverPresent(r.Id)).ToList();
        var present = members.Count(r => m.WasEverPresent(r.Id));
        var onLeave = m.OnLeave.Count();
        var absent = m.AbsentWithoutLeave.Count();
        var body = new List<JToken>
        {
            Title(m.IsSeminar ? t["session.attendance.seminarTitle"] : t["session.attendance.title"]),
            Text(t.Format("session.attendance.count", present, onLeave, absent)),
            Facts(members.Select(r => (r.Name, Status(t, m, r.Id)))),
        };
        if (footnote is not null) body.Add(Text(footnote, subtle: true));
        return Card(body);
    }

    private static string Status(Texts.Texts t, MeetingState m, string id)
    {
        var first = m.CheckIns.FirstOrDefault(c => c.MemberId == id);
        if (first is null) return m.IsOnApprovedLeave(id) ? t["session.attendance.onLeave"] : t["session.attendance.absent"];
        var since = LocalTime.Clock(first.At, m.Profile);
        // Q7: someone gone at the end shows when they left.
        return m.IsPresent(id) || m.Departures.LastOrDefault(d => d.MemberId == id) is not { } left
            ? t.Format("session.attendance.present", since)
            : t.Format("session.attendance.left", since, LocalTime.Clock(left.At, m.Profile));
    }
}
