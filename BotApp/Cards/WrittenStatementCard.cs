using Newtonsoft.Json.Linq;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>
/// 书面发言 (DL4): a member not at the democratic life meeting states in writing. Sent privately on approved leave, or
/// shown on "书面发言"; it carries the team id because a private chat has none.
/// </summary>
public static class WrittenStatementCard
{
    /// <param name="typed">The statement put back when a refusal shows the form again.</param>
    public static JObject Build(Texts.Texts t, string meetingId, string teamId, string? typed = null) => Card(
        [
            Title(t["session.statement.title"]),
            Text(t["session.statement.hint"], subtle: true),
            TextInput("statement", t["session.statement.label"], multiline: true).Required(t["session.statement.required"]).WithValue(typed ?? ""),
        ],
        [Execute(t["session.statement.submit"], Verbs.SubmitStatement, new { meetingId, teamId }, "positive")]);
}
