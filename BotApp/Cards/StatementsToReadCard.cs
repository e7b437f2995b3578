using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Meetings;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>
/// 代为宣读 (DL4, B23(3)): in profile B the chair reads the absentees' written statements out at the democratic life
/// meeting, so the chair gets them, privately, each time one arrives.
/// </summary>
public static class StatementsToReadCard
{
    public static JObject Build(Texts.Texts t, MeetingState m) => Card(
    [
        Title(t["session.dl.readOut.title"]),
        Text(t["session.dl.readOut.hint"], subtle: true),
        .. m.WrittenStatements.Select(s => Text(t.Format("session.minutes.statement", m.Member(s.MemberId)?.Name ?? s.MemberId, s.Text))),
    ]);
}
