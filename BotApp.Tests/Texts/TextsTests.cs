using System.Text.RegularExpressions;
using PartyGroupBot.Bot;
using PartyGroupBot.Cards;
using PartyGroupBot.Core;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Tests.Infrastructure;
using T = PartyGroupBot.Texts.Texts;

namespace PartyGroupBot.Tests.Texts;

/// <summary>Every refusal and role has words in both languages, so no user ever sees a bare key.</summary>
[Trait("Category", "Core")]
public sealed class TextsTests
{
    public static TheoryData<string> Locales => new() { "zh-CN", "en-US" };

    [Theory]
    [MemberData(nameof(Locales))]
    public void Every_refusal_code_has_a_sentence(string locale)
    {
        var t = T.For(locale);
        var missing = Enum.GetValues<RefusalCode>().Where(c => !t.TryGet("refusal." + c, out _)).ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Every_role_has_a_name(string locale)
    {
        var t = T.For(locale);
        Assert.All(Enum.GetValues<Role>(), r => Assert.NotEqual("role." + r.Name(), t.Role(r)));
    }

    [Fact]
    public void Every_key_has_words_in_both_languages()
    {
        Assert.Empty(T.Chinese.Keys.Except(T.EnglishTexts.Keys).Order());
        Assert.Empty(T.EnglishTexts.Keys.Except(T.Chinese.Keys).Order());
        // Assert.Empty over the list, not DoesNotContain: a failure names every blank key at once.
        Assert.Empty(T.Chinese.Keys.Where(k => string.IsNullOrWhiteSpace(T.Chinese[k]) || string.IsNullOrWhiteSpace(T.EnglishTexts[k])).Order());
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void A_missing_key_fails_loudly_instead_of_showing_the_key(string locale)
    {
        var t = T.For(locale);
        var failure = Assert.Throws<KeyNotFoundException>(() => t["ballot.nonexistent"]);
        Assert.Contains("ballot.nonexistent", failure.Message);
        Assert.Throws<KeyNotFoundException>(() => t.Format("ballot.nonexistent", 1));
    }

    /// <summary>Keys the code writes whole: every string literal shaped like a key of a known area, anywhere in BotApp.</summary>
    [Fact]
    public void Every_key_the_code_names_has_words()
    {
        var areas = T.Chinese.Keys.Select(k => k.Split('.')[0]).ToHashSet();
        var missing = KeyLiterals()
            .Where(k => areas.Contains(k.Literal.Split('.')[0]) && !k.Literal.EndsWith('.') && !T.Chinese.TryGet(k.Literal, out _))
            .Select(k => $"{k.File}: {k.Literal}")
            .ToList();
        Assert.Empty(missing);
    }

    /// <summary>
    /// Keys the code composes ("role." + name …): each prefix in BotApp is one this test enumerates below, or an optional
    /// wording looked up with TryGet, or not a key at all; a new composed prefix fails here until it is enumerated.
    /// </summary>
    [Fact]
    public void Every_composed_key_prefix_in_the_code_is_checked()
    {
        var areas = T.Chinese.Keys.Select(k => k.Split('.')[0]).ToHashSet();
        string[] enumerated = ["role.", "kind.", "method.", "choice.", "personnel.", "outcome.", "refusal.", "agenda.category.", "minutes.record.title."];
        string[] optional = []; // a feature's own wording, else the shared one
        string[] notKeys = ["delegate."]; // DelegateChairCard's input id
        var unchecked_ = KeyLiterals()
            .Where(k => k.Literal.EndsWith('.') && areas.Contains(k.Literal.Split('.')[0]))
            .Where(k => !enumerated.Concat(optional).Concat(notKeys).Contains(k.Literal))
            .Select(k => $"{k.File}: {k.Literal}")
            .ToList();
        Assert.Empty(unchecked_);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Every_composed_key_has_words(string locale)
    {
        var t = T.For(locale);
        var keys = new List<string>();
        keys.AddRange(Enum.GetValues<Role>().Select(r => "role." + r.Name()));
        keys.AddRange(RoleNames.All.Select(r => "role." + r));
        keys.AddRange(Enum.GetValues<MeetingKind>().Select(k => "kind." + k));
        keys.AddRange(Enum.GetValues<MeetingKind>().Select(k => "minutes.record.title." + k));
        keys.AddRange(Enum.GetValues<VotingMethod>().Select(m => "method." + m.ToString().ToLowerInvariant()));
        keys.AddRange(ProposeItemCard.Methods.Select(m => "method." + m));
        keys.AddRange(Enum.GetValues<VoteChoice>().Select(c => "choice." + c.ToString().ToLowerInvariant()));
        keys.AddRange(Enum.GetValues<VoteChoice>().Select(c => "personnel." + c.ToString().ToLowerInvariant()));
        keys.AddRange(Enum.GetValues<VoteOutcome>().Select(o => "outcome." + o.ToString().ToLowerInvariant()));
        keys.AddRange(Enum.GetValues<RefusalCode>().Select(c => "refusal." + c));
        keys.AddRange(Enum.GetValues<ItemCategory>().Select(c => "agenda.category." + Words.Name(c)));
        keys.AddRange(ProposeItemCard.Categories.Select(c => "agenda.category." + c));
        Assert.Empty(keys.Where(k => !t.TryGet(k, out _)).Order());
    }

    /// <summary>A rule's or a feature's own wording of a refusal is optional, but when it is there it must name a real code.</summary>
    [Fact]
    public void Every_own_wording_of_a_refusal_names_a_real_code()
    {
        var own = T.Chinese.Keys.Select(k => k.Split('.')).Where(p =>
            p is ["refusal", _, _] or ["record", "refusal", _, _] or ["briefer", "refusal", _]).ToList();
        Assert.NotEmpty(own);
        Assert.Empty(own.Where(p => !Enum.TryParse<RefusalCode>(p[^1], out _)).Select(p => string.Join('.', p)));
    }

    [Fact]
    public void A_rule_without_its_own_wording_gets_the_shared_sentence_and_one_with_gets_its_own_Q3()
    {
        var t = T.Chinese;
        Assert.False(t.TryGet("record.refusal.V5.ChairVotesLast", out _));
        Assert.Equal(t["refusal.ChairVotesLast"] + " [V5]", Refusals.Words(t, new Refusal("V5", RefusalCode.ChairVotesLast), null));
        Assert.Equal(t["refusal.Q3.InvalidInput"] + " [Q3]", Refusals.Words(t, new Refusal("Q3", RefusalCode.InvalidInput), null));
        Assert.NotEqual(t["refusal.InvalidInput"], t["refusal.Q3.InvalidInput"]);
    }

    private static IEnumerable<(string File, string Literal)> KeyLiterals()
    {
        var app = Path.Combine(RepoRoot.Path, "BotApp");
        var whole = new Regex("""(?<![\w@$])"([a-z][A-Za-z]*(?:\.[A-Za-z0-9]+)*\.?)["]""");
        var interpolated = new Regex("""\$"([a-z][A-Za-z]*(?:\.[A-Za-z0-9]+)*\.)\{""");
        foreach (var file in Directory.EnumerateFiles(app, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(app, file);
            // The word lists define keys rather than use them; comments only talk about them.
            if (relative.Split(Path.DirectorySeparatorChar) is ["bin" or "obj", ..] || (relative.StartsWith("Texts") && file.EndsWith("Words.cs"))) continue;
            var source = string.Join('\n', File.ReadLines(file).Where(l => !l.TrimStart().StartsWith("//")));
            foreach (Match m in whole.Matches(source).Concat(interpolated.Matches(source)))
                if (m.Groups[1].Value.Contains('.')) yield return (relative, m.Groups[1].Value);
        }
    }

    [Fact]
    public void Chinese_is_the_default_and_English_follows_an_English_locale()
    {
        Assert.False(T.For(null).English);
        Assert.False(T.For("zh-CN").English);
        Assert.True(T.For("en-GB").English);
    }
}
