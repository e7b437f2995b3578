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

    /// <summary>The word for a key, when this language has one.</summary>
    public bool TryGet(string key, out string words) => _words.TryGetValue(key, out words!);
}
