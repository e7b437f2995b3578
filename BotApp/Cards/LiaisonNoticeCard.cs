using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Meetings;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>AG5 (profile A): the discipline liaison (派驻纪检监察组) is told before the meeting of its 三重一大 topics.
/// Sent privately; one card lists every topic a LiaisonNotified event names for the meeting.</summary>
public static class LiaisonNoticeCard
{
    public static JObject Build(Texts.Texts t, MeetingScheduled plan, IReadOnlyList<AgendaItem> items) => Card(
        [
            Title(t["agenda.liaison.title"]),
            Text(t["agenda.liaison.hint"], subtle: true),
            Facts(
            [
                (t["agenda.notice.date"], plan.Date.ToString("yyyy-MM-dd")),
                (t["agenda.notice.time"], t.Format("agenda.notice.timeValue", plan.Time.ToString("HH:mm"))),
                (t["agenda.notice.place"], plan.Place),
            ]),
            Text(t["agenda.notice.items"]),
            Text(string.Join("\n", items.Select((item, i) =>
                $"{i + 1}. {(item.Confidential ? t["agenda.notice.confidential"] : "")}{item.Title}"))),
        ]);
}
