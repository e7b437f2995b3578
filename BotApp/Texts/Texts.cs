using PartyGroupBot.Core;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Profiles;

namespace PartyGroupBot.Texts;

/// <summary>UI text: zh-CN first, English when the Teams locale is English.</summary>
public sealed class Texts
{
    private readonly IReadOnlyDictionary<string, string> _words;

    private Texts(bool english, IReadOnlyDictionary<string, string> words)
    {
        English = english;
        _words = words;
    }

    public bool English { get; }

    public static readonly Texts Chinese = new(false, ChineseWords.All);
    public static readonly Texts EnglishTexts = new(true, EnglishWords.All);

    public static Texts For(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? EnglishTexts : Chinese;

    public string this[string key] => _words.TryGetValue(key, out var w) ? w : key;

    public string Format(string key, params object[] args) => string.Format(this[key], args);

    public string Role(Role role) => this["role." + role.Name()];
    public string Method(VotingMethod method) => this["method." + method.ToString().ToLowerInvariant()];
    public string Choice(VoteChoice choice) => this["choice." + choice.ToString().ToLowerInvariant()];
    public string Outcome(VoteOutcome outcome) => this["outcome." + outcome.ToString().ToLowerInvariant()];

    /// <summary>Says why in plain words, then the rule ID in brackets and the group's own article.</summary>
    public string Refusal(Refusal refusal, RuleProfile? profile)
    {
        if (refusal.RuleId.Length == 0) return this["refusal." + refusal.Code];
        var article = profile?.ArticleFor(refusal.RuleId);
        var cite = article is null ? $"[{refusal.RuleId}]" : $"[{refusal.RuleId}] {article}";
        return $"{this["refusal." + refusal.Code]} {cite}";
    }
}
