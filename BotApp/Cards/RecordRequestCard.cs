using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Meetings;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>查阅记录: a member asks to read the full record of the team's latest ended meeting (MN2).</summary>
public static class RecordRequestCard
{
    public static JObject Build(Texts.Texts t, MeetingState m) => Card(
        [
            Title(t["record.request.title"]),
            Text(t["record.request.hint"], subtle: true),
            Facts([(t["record.request.meeting"], LocalTime.Minute(m.Started.At, m.Profile))]),
            TextInput("reason", t["record.request.reason"], multiline: true).Required(t["record.request.reasonRequired"]),
        ],
        [Execute(t["record.request.submit"], Verbs.RequestRecord, new { meetingId = m.Id }, "positive")]);
}
