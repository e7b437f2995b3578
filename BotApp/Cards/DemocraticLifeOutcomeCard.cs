using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Meetings;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>
/// 民主生活会情况通报 (DL4): privately to a member who was not at the democratic life meeting, once its minutes are signed:
/// its topics and rectification measures, and whether their written statement is on record. No one's statement is
/// quoted (MN6).
/// </summary>
public static class DemocraticLifeOutcomeCard
{
    public static JObject Build(Texts.Texts t, MeetingState m, string memberId)
    {
        string Name(string id) => m.Member(id)?.Name ?? id;
        var body = new List<JToken>
        {
            Title(t["session.outcome.title"]),
            Text(t.Format("session.outcome.hint", LocalTime.Minute(m.Started.At, m.Profile))),
            Text(t["session.outcome.topics"]),
            Text(string.Join("\n", m.Items.Select((i, n) => $"{n + 1}. {i.Item.Title}"))),
            Text(t["session.minutes.rectifications"]),
            Text(m.Rectifications.Count == 0
                ? t["minutes.none"]
                : string.Join("\n", m.Rectifications.Select((r, n) =>
                    $"{n + 1}. " + t.Format("session.rectify.line", r.Text, Name(r.OwnerId), r.Deadline.ToString("yyyy-MM-dd"))))),
            Text(m.WrittenStatements.Any(s => s.MemberId == memberId) ? t["session.outcome.statement"] : t["session.outcome.noStatement"], subtle: true),
        };
        return Card(body);
    }
}
