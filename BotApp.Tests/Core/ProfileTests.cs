using PartyGroupBot.Core;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Profiles;
using PartyGroupBot.Storage;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;

namespace PartyGroupBot.Tests.Core;

/// <summary>Rule profiles: the RULES.md profile table, each seed's articles, and a group's own profile in JSON.</summary>
[Trait("Category", "Core")]
public class ProfileTests
{
    // Written out from the profile table in RULES.md, not read from the code under test.
    [Fact]
    public void Profile_A_has_every_setting_of_the_profile_table()
    {
        var a = RuleProfiles.Get(A);
        Assert.Equal([ItemCategory.Appointment], a.TwoThirdsCategories.Order());
        Assert.True(a.NotifyLiaisonOfMajorItems);
        Assert.False(a.DirectorConsentForAdministrativeItems);
        Assert.Equal(3_000m, a.FinanceThresholdYuan);
        Assert.True(a.DeferWhenClose);
        Assert.True(a.RecordReservations);
        Assert.False(a.StudySeminarEveryTwoMonths);
        Assert.Equal(10, a.DemocraticLifePlanLeadDays);
        Assert.Equal(15, a.DemocraticLifeReportDays);
    }

    [Fact]
    public void Profile_B_has_every_setting_of_the_profile_table()
    {
        var b = RuleProfiles.Get(B);
        Assert.Equal([ItemCategory.Appointment, ItemCategory.Discipline], b.TwoThirdsCategories.Order());
        Assert.False(b.NotifyLiaisonOfMajorItems);
        Assert.True(b.DirectorConsentForAdministrativeItems);
        Assert.Equal(50_000m, b.FinanceThresholdYuan);
        Assert.False(b.DeferWhenClose);
        Assert.True(b.RecordReservations);
        Assert.True(b.StudySeminarEveryTwoMonths);
        Assert.Null(b.DemocraticLifePlanLeadDays);
        Assert.Equal(15, b.DemocraticLifeReportDays);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(B)]
    public void Defaults_are_settings_not_constants(string profileId)
    {
        var p = RuleProfiles.Get(profileId);
        Assert.Equal(HalfRule.AtLeastHalf, p.OpeningQuorum); // Q1
        Assert.False(p.RecusedCountInBase);                   // V3
        Assert.Equal(3, p.AgendaNoticeDays);                  // AG2
    }

    // Read from the seeds: A13(…) for seed A, B18(…) and others for seed B.
    [Theory]
    [InlineData("AG1", "第十三条（二）", "第十八条（二）")]
    [InlineData("AG2", "第十三条（二）", "第十八条（三）")]
    [InlineData("AG3", "第十三条（二）", "第十八条（二）（三）")]
    [InlineData("AG4", "第十三条（二）", "第十八条（二）")]
    [InlineData("AG5", "第十三条（二）", null)]
    [InlineData("AG6", "第十三条（二）", "第二十条（七）")]
    [InlineData("AG7", "第十三条（一）", "第六条")]
    [InlineData("Q1", "第十三条（三）", "第十八条（四）")]
    [InlineData("Q2", "第十三条（三）", "第十八条（四）")]
    [InlineData("Q3", "第十三条（三）", "第十八条（四）")]
    [InlineData("Q4", "第十三条（三）", "第十八条（四）")]
    [InlineData("Q5", "第十三条（三）", "第十八条（四）")]
    [InlineData("Q6", "第十三条（六）", "第九条")]
    [InlineData("Q7", "第十三条（三）", "第十八条（四）")]
    [InlineData("V1", "第十三条（四）", "第十八条（五）")]
    [InlineData("V2", "第十三条（四）", "第十八条（五）")]
    [InlineData("V3", "第十三条（四）", "第十八条（五）")]
    [InlineData("V4", "第十三条（四）", "第十八条（五）")]
    [InlineData("V5", "第十三条（四）", "第十八条（五）")]
    [InlineData("V6", "第十三条（四）", "第十八条（五）")]
    [InlineData("V7", "第十三条（四）", "第十七条")]
    [InlineData("V8", "第十三条（四）", null)]
    [InlineData("V9", "第九条", "第十四条")]
    [InlineData("V10", "第十三条（九）", "第十八条（七）")]
    [InlineData("V11", "第十三条（四）", "第十八条（五）")]
    [InlineData("MN1", "第十三条（五）", "第十八条（六）")]
    [InlineData("MN2", "第十三条（五）", null)]
    [InlineData("MN3", "第十三条（二）", "第十八条（六）")]
    [InlineData("MN4", "第十三条（八）", "第九条")]
    [InlineData("MN5", "第十三条（十一）", null)]
    [InlineData("MN6", "第十三条（十二）", "第二十条（七）")]
    [InlineData("IM1", "第十三条（九）", "第十八条（七）")]
    [InlineData("IM2", "第十三条（十）", "第十八条（七）")]
    [InlineData("IM3", "第十三条（七）", null)]
    public void Each_rule_cites_the_article_of_the_groups_own_seed(string ruleId, string articleA, string? articleB)
    {
        Assert.Equal(articleA, RuleProfiles.Get(A).ArticleFor(ruleId));
        Assert.Equal(articleB, RuleProfiles.Get(B).ArticleFor(ruleId));
    }

    /// <summary>A profile's article for a misspelt rule ID would never be cited: every key is a rule of the catalogue.</summary>
    [Fact]
    public void The_seed_profiles_cite_articles_only_for_rules_of_the_catalogue()
    {
        var catalogue = typeof(RuleIds).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToHashSet();
        Assert.All(typeof(RuleIds).GetFields(), f => Assert.Equal(f.Name, f.GetRawConstantValue()));
        Assert.Contains("V5", catalogue);
        foreach (var profile in new[] { RuleProfiles.Get(A), RuleProfiles.Get(B) })
            Assert.All(profile.Articles.Keys, id => Assert.Contains(id, catalogue));
    }

    private const string OwnRules = """
        {
          "id": "example-bureau-2024",
          "name": "某局党组工作规则（2024）",
          "basedOn": "changji-transport-2020",
          "openingQuorum": "moreThanHalf",
          "financeThresholdYuan": 20000,
          "articles": { "V5": "第十二条（三）" }
        }
        """;

    [Fact]
    public void A_group_with_its_own_rules_loads_them_from_json()
    {
        var p = Accepted(RuleProfileJson.Parse(OwnRules));

        Assert.Equal("example-bureau-2024", p.Id);
        Assert.Equal(HalfRule.MoreThanHalf, p.OpeningQuorum);
        Assert.Equal(20_000m, p.FinanceThresholdYuan);
        Assert.Equal("第十二条（三）", p.ArticleFor("V5"));
        // Everything not stated comes from the base profile.
        Assert.Equal([ItemCategory.Appointment, ItemCategory.Discipline], p.TwoThirdsCategories.Order());
        Assert.True(p.DirectorConsentForAdministrativeItems);
        Assert.Equal("第十八条（四）", p.ArticleFor("Q1"));
    }

    [Fact]
    public void Json_profile_without_base_states_every_deciding_setting()
    {
        var p = Accepted(RuleProfileJson.Parse("""
            { "id": "own", "name": "自定", "twoThirdsCategories": ["personnel", "finance"], "financeThresholdYuan": 10000,
              "deferWhenClose": true, "recusedCountInBase": true }
            """));
        Assert.Equal([ItemCategory.Appointment, ItemCategory.Finance], p.TwoThirdsCategories.Order());
        Assert.True(p.DeferWhenClose);
        Assert.True(p.RecusedCountInBase);
        Assert.True(p.RecordReservations);
        Assert.Null(p.ArticleFor("V5"));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{ "name": "无编号" }""")]
    [InlineData("""{ "id": "chengzhong-hrss-2021", "name": "冒名", "basedOn": "chengzhong-hrss-2021" }""")]
    [InlineData("""{ "id": "x", "name": "x", "basedOn": "no-such-profile" }""")]
    [InlineData("""{ "id": "x", "name": "x", "financeThresholdYuan": 1000 }""")]
    [InlineData("""{ "id": "x", "name": "x", "basedOn": "chengzhong-hrss-2021", "quorum": 3 }""")]
    [InlineData("""{ "id": "x", "name": "x", "basedOn": "chengzhong-hrss-2021", "twoThirdsCategories": ["cadres"] }""")]
    [InlineData("""{ "id": "x", "name": "x", "basedOn": "chengzhong-hrss-2021", "financeThresholdYuan": -1 }""")]
    [InlineData("""{ "id": "x", "name": "x", "basedOn": "chengzhong-hrss-2021", "timeZoneId": "Mars/Olympus" }""")]
    public void Bad_profile_json_is_refused_not_thrown(string json) =>
        AssertRefused(RuleProfileJson.Parse(json), "Profiles", RefusalCode.InvalidProfile);

    [Fact]
    public void A_meeting_of_a_group_with_its_own_rules_follows_them_Q1()
    {
        var own = Accepted(RuleProfileJson.Parse(OwnRules));
        var group = NewGroup(B, 4) with { OwnProfile = own };
        var started = Accepted(Meeting.Start(group, null, MeetingId, Secretary,
            [new AgendaItem("p", "议题", VotingMethod.Recorded, ItemCategory.Policy)], At(9, 0)));
        // The profile is a snapshot in the stored event: a round trip through storage keeps it.
        var (type, data) = EventSerializer.Serialize(started);
        var stored = Assert.IsType<MeetingStarted>(EventSerializer.Deserialize(type, data));
        var log = new List<MeetingEvent> { stored };
        foreach (var id in new[] { Secretary, Member(1) })
            log.Add(Accepted(MeetingState.Fold(log).CheckIn(id, At(9, 5))));

        var m = MeetingState.Fold(log);
        Assert.Equal("example-bureau-2024", m.Profile.Id);
        // 2 of 4 is half, which opens under the seeds but not under "strictly more than half".
        AssertRefused(m.OpenVote(Secretary, "p", At(9, 10)), "Q1", RefusalCode.NoQuorum);
    }
}
