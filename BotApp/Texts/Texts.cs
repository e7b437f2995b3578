using System.Diagnostics.CodeAnalysis;
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

    /// <summary>Every area's words, Chinese beside English: one file an area, so a key is added to both languages in one place.</summary>
    private static readonly (IReadOnlyDictionary<string, string> Chinese, IReadOnlyDictionary<string, string> English)[] Areas =
    [
        (GroupWords.Chinese, GroupWords.English),
        (MeetingWords.Chinese, MeetingWords.English),
        (BallotWords.Chinese, BallotWords.English),
        (AttendanceWords.Chinese, AttendanceWords.English),
        (MinutesCardWords.Chinese, MinutesCardWords.English),
        (RefusalWords.Chinese, RefusalWords.English),
        (AgendaWords.Chinese, AgendaWords.English),
        (RecordWords.Chinese, RecordWords.English),
        (FollowUpWords.Chinese, FollowUpWords.English),
        (SessionWords.Chinese, SessionWords.English),
        (CalendarWords.Chinese, CalendarWords.English),
        (MinutesWords.Chinese, MinutesWords.English),
        (MeetingRuleWords.Chinese, MeetingRuleWords.English),
        (OutboxWords.Chinese, OutboxWords.English),
    ];

    public static readonly Texts Chinese = new(false, Merge(Areas.Select(a => a.Chinese)));
    public static readonly Texts EnglishTexts = new(true, Merge(Areas.Select(a => a.English)));

    /// <summary>One dictionary from several word lists; a key in two lists is a mistake and fails at start-up.</summary>
    private static IReadOnlyDictionary<string, string> Merge(IEnumerable<IReadOnlyDictionary<string, string>> lists)
    {
        var all = new Dictionary<string, string>();
        foreach (var (key, word) in lists.SelectMany(l => l)) all.Add(key, word);
        return all;
    }

    public static Texts For(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? EnglishTexts : Chinese;

    /// <summary>Every key this language has; a test holds both languages to the same set.</summary>
    public IEnumerable<string> Keys => _words.Keys;

    /// <summary>
    /// The words for a key. A missing key throws rather than showing the key to a user; the text tests scan the code's
    /// keys so that this never happens outside a test run.
    /// </summary>
    public string this[string key] =>
        _words.TryGetValue(key, out var w) ? w : throw new KeyNotFoundException($"No {(English ? "English" : "Chinese")} text for \"{key}\".");

    /// <summary>For a key that is there only sometimes (a feature's own wording of a refusal): false, and no words, when it is not.</summary>
    public bool TryGet(string key, [MaybeNullWhen(false)] out string words) => _words.TryGetValue(key, out words);

    public string Format(string key, params object[] args) => string.Format(this[key], args);

    public string Role(Role role) => this["role." + role.Name()];
    public string Kind(MeetingKind kind) => this["kind." + kind];
    public string Method(VotingMethod method) => this["method." + method.ToString().ToLowerInvariant()];
    public string Choice(VoteChoice choice) => this["choice." + choice.ToString().ToLowerInvariant()];
    /// <summary>V7 words on a personnel ballot: 同意 / 不同意 / 缓议.</summary>
    public string PersonnelChoice(VoteChoice choice) => this["personnel." + choice.ToString().ToLowerInvariant()];
    public string Outcome(VoteOutcome outcome) => this["outcome." + outcome.ToString().ToLowerInvariant()];
}
