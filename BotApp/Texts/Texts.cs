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

    public static readonly Texts Chinese = new(false, Merge(ChineseWords.All, AgendaWords.Chinese, RecordWords.Chinese, FollowUpWords.Chinese, SessionWords.Chinese, CalendarWords.Chinese, MinutesWords.Chinese, MeetingRuleWords.Chinese, OutboxWords.Chinese));
    public static readonly Texts EnglishTexts = new(true, Merge(EnglishWords.All, AgendaWords.English, RecordWords.English, FollowUpWords.English, SessionWords.English, CalendarWords.English, MinutesWords.English, MeetingRuleWords.English, OutboxWords.English));

    /// <summary>One dictionary from several word lists; a key in two lists is a mistake and fails at start-up.</summary>
    private static IReadOnlyDictionary<string, string> Merge(params IReadOnlyDictionary<string, string>[] lists)
    {
        var all = new Dictionary<string, string>();
        foreach (var (key, word) in lists.SelectMany(l => l)) all.Add(key, word);
        return all;
    }

    public static Texts For(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? EnglishTexts : Chinese;

    public string this[string key] => _words.TryGetValue(key, out var w) ? w : key;

    public string Format(string key, params object[] args) => string.Format(this[key], args);

    public string Role(Role role) => this["role." + role.Name()];
    public string Kind(MeetingKind kind) => this["kind." + kind];
    public string Method(VotingMethod method) => this["method." + method.ToString().ToLowerInvariant()];
    public string Choice(VoteChoice choice) => this["choice." + choice.ToString().ToLowerInvariant()];
    /// <summary>V7 words on a personnel ballot: 同意 / 不同意 / 缓议.</summary>
    public string PersonnelChoice(VoteChoice choice) => this["personnel." + choice.ToString().ToLowerInvariant()];
    public string Outcome(VoteOutcome outcome) => this["outcome." + outcome.ToString().ToLowerInvariant()];

    /// <summary>Says why in plain words, then the rule ID in brackets and the group's own article.</summary>
    public string Refusal(Refusal refusal, RuleProfile? profile)
    {
        if (refusal.RuleId.Length == 0) return this["refusal." + refusal.Code];
        var article = profile?.ArticleFor(refusal.RuleId);
        var cite = article is null ? $"[{refusal.RuleId}]" : $"[{refusal.RuleId}] {article}";
        // A rule may word a shared code its own way: DL4's NoQuorum is two thirds, not Q1's half.
        var words = _words.TryGetValue($"refusal.{refusal.RuleId}.{refusal.Code}", out var own) ? own : this["refusal." + refusal.Code];
        return $"{words} {cite}";
    }
}
