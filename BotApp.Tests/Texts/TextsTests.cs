using PartyGroupBot.Core;
using PartyGroupBot.Core.Groups;
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
        var missing = Enum.GetValues<RefusalCode>().Where(c => t["refusal." + c] == "refusal." + c).ToList();
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
    public void Chinese_is_the_default_and_English_follows_an_English_locale()
    {
        Assert.False(T.For(null).English);
        Assert.False(T.For("zh-CN").English);
        Assert.True(T.For("en-GB").English);
    }
}
