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
            new JObject
            {
                ["type"] = "Input.Text", ["id"] = "topics", ["label"] = t["session.study.start.topics"], ["isMultiline"] = true,
                ["isRequired"] = true, ["errorMessage"] = t["session.start.topicsRequired"],
            },
            new JObject
            {
                ["type"] = "Input.Toggle", ["id"] = "seminar", ["title"] = t["session.study.start.seminar"], ["wrap"] = true,
                ["value"] = "false", ["valueOn"] = "true", ["valueOff"] = "false",
            },
        ],
        [Execute(t["session.study.start.submit"], "startStudySession", style: "positive")]);
}
