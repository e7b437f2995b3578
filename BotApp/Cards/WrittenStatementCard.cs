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
            new JObject
            {
                ["type"] = "Input.Text", ["id"] = "statement", ["label"] = t["session.statement.label"], ["isMultiline"] = true,
                ["isRequired"] = true, ["errorMessage"] = t["session.statement.required"], ["value"] = typed ?? "",
            },
        ],
        [Execute(t["session.statement.submit"], "submitStatement", new { meetingId, teamId }, "positive")]);
}
