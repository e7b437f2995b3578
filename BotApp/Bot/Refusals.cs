using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Core;
using PartyGroupBot.Core.Profiles;

namespace PartyGroupBot.Bot;

/// <summary>
/// The one way a refusal is worded: why in plain words, then the rule ID in brackets and the group's own article.
/// A set-up problem (no rule ID) is only its words.
/// </summary>
public static class Refusals
{
    /// <param name="ownKey">A feature's own sentence, used when it exists, where the shared one would mislead.</param>
    public static string Words(Texts.Texts t, Refusal refusal, RuleProfile? profile, string? ownKey = null, params object[] args)
    {
        if (refusal.RuleId.Length == 0) return t["refusal." + refusal.Code];
        // A rule may also word a shared code its own way: DL4's NoQuorum is two thirds, not Q1's half.
        var words = ownKey is not null && t.TryGet(ownKey, out var own) ? string.Format(own, args)
            : t.TryGet($"refusal.{refusal.RuleId}.{refusal.Code}", out var rules) ? rules
            : t["refusal." + refusal.Code];
        var article = profile?.ArticleFor(refusal.RuleId);
        return article is null ? $"{words} [{refusal.RuleId}]" : $"{words} [{refusal.RuleId}] {article}";
    }

    public static JObject Card(Texts.Texts t, Refusal refusal, RuleProfile? profile, string? ownKey = null, params object[] args) =>
        RefusalCard.Build(Words(t, refusal, profile, ownKey, args));

    public static JObject Card(TurnScope scope, Refusal refusal, RuleProfile? profile, string? ownKey = null, params object[] args) =>
        Card(scope.Texts, refusal, profile, ownKey, args);
}
