using Newtonsoft.Json.Linq;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>The secretary's form to convene a theory study group session (MK3): what is studied, and whether it is the seminar (B22(1)).</summary>
public static class StudySessionStartCard
{
    public static JObject Build(Texts.Texts t) => Card(
        [
            Title(t["session.study.start.title"]),
            Text(t["session.study.start.hint"], subtle: true),
            TextInput("topics", t["session.study.start.topics"], multiline: true).Required(t["session.start.topicsRequired"]),
            Toggle("seminar", t["session.study.start.seminar"]),
        ],
        [Execute(t["session.study.start.submit"], Verbs.StartStudySession, style: "positive")]);
}
