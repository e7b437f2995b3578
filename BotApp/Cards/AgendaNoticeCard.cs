using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Meetings;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>会议通知 (AG2): date, time in China Standard Time, place and topics. A confidential topic is marked 涉密 and its
/// materials are never sent (AG6); in the channel its title is withheld too, as channel posts carry no confidential
/// content (MN6).</summary>
public static class AgendaNoticeCard
{
    /// <param name="leaveTeamId">Q3: set on the notice a voting member gets privately, which then carries a reason box and
    /// 请假 (<c>requestLeave</c>); the team id is there because a private chat has no team.</param>
    public static JObject Build(Texts.Texts t, MeetingScheduled plan, IReadOnlyList<AgendaItem> items, IReadOnlyList<string> observerNames, bool forChannel,
        string? leaveTeamId = null)
    {
        var facts = new List<(string, string)>
        {
            (t["agenda.notice.date"], plan.Date.ToString("yyyy-MM-dd")),
            (t["agenda.notice.time"], t.Format("agenda.notice.timeValue", plan.Time.ToString("HH:mm"))),
            (t["agenda.notice.place"], plan.Place),
        };
        if (observerNames.Count > 0) facts.Add((t["agenda.notice.observers"], string.Join(t.English ? ", " : "、", observerNames)));
        var body = new List<JToken>
        {
            Title(TitleOf(t, plan)),
            Facts(facts),
            Text(t[plan.Kind == MeetingKind.PartyGroupMeeting ? "agenda.notice.items" : "agenda.notice.topics"]),
            Text(string.Join("\n", items.Select((item, i) => $"{i + 1}. {Line(t, item, forChannel)}"))),
        };
        if (items.Any(i => i.Confidential)) body.Add(Text(t["agenda.notice.confidentialNote"], subtle: true));
        if (forChannel || leaveTeamId is null) return Card(body);
        body.Add(Text(t["leave.fromNotice"], subtle: true));
        body.Add(LeaveRequestCard.ReasonBox(t));
        return Card(body, [Execute(t["leave.title"], Verbs.RequestLeave, new { meetingId = plan.MeetingId, teamId = leaveTeamId })]);
    }

    /// <summary>The notice names the kind, so a democratic life meeting (MK2) or the seminar (B22(1)) is not taken for a party group meeting.</summary>
    public static string TitleOf(Texts.Texts t, MeetingScheduled plan) => plan.Kind switch
    {
        MeetingKind.DemocraticLifeMeeting => t["agenda.notice.title.democraticLife"],
        MeetingKind.StudyGroup => t[plan.IsSeminar ? "agenda.notice.title.seminar" : "agenda.notice.title.study"],
        _ => t["agenda.notice.title"],
    };

    private static string Line(Texts.Texts t, AgendaItem item, bool forChannel) =>
        item.Confidential
            ? forChannel ? t["agenda.notice.confidentialWithheld"] : t["agenda.notice.confidential"] + item.Title
            : item.Title + (item.Report ? t["agenda.notice.report"] : "");
}
