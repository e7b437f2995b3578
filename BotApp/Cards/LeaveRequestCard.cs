using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Agenda;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>请假: the team's notified meetings not yet opened, a reason, and 请假 (Q3); the same button is on each member's notice.</summary>
public static class LeaveRequestCard
{
    public static JObject Build(Texts.Texts t, string teamId, IReadOnlyList<MeetingScheduled> open) => Card(
        [
            Title(t["leave.title"]),
            Text(t["leave.hint"], subtle: true),
            Choices("meetingId", t["leave.meeting"], open[0].MeetingId, open.Select(m => (Label(t, m), m.MeetingId))),
            ReasonBox(t),
        ],
        [Execute(t["leave.submit"], Verbs.RequestLeave, new { teamId }, "positive")]);

    public static JObject ReasonBox(Texts.Texts t) =>
        TextInput("reason", t["leave.reason"], multiline: true).Required(t["leave.reasonRequired"]);

    /// <summary>"2026-11-29 09:00 党组会议（三楼会议室）": which meeting the leave is for.</summary>
    public static string Label(Texts.Texts t, MeetingScheduled m) =>
        t.Format("leave.meetingLabel", m.Date.ToString("yyyy-MM-dd"), m.Time.ToString("HH:mm"), t.Kind(m.Kind), m.Place);
}
