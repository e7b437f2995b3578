using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Core.Profiles;

/// <summary>The two built-in profiles, one per seed in shared/seeds.</summary>
public static class RuleProfiles
{
    /// <summary>Seed A: 西宁市城中区人社局党组工作规则 (2021).</summary>
    public static readonly RuleProfile ChengzhongHrss2021 = new()
    {
        Id = "chengzhong-hrss-2021",
        Name = "西宁市城中区人社局党组工作规则（2021）",
        TwoThirdsCategories = new HashSet<ItemCategory> { ItemCategory.Personnel },
        NotifyLiaisonOfMajorItems = true,
        FinanceThresholdYuan = 3_000m,
        DeferWhenClose = true,
        DemocraticLifePlanLeadDays = 10,
        Articles = new Dictionary<string, string>
        {
            ["MK1"] = "第十三条",
            ["AG1"] = "第十三条（二）",
            ["AG4"] = "第十三条（二）",
            ["Q1"] = "第十三条（三）",
            ["Q2"] = "第十三条（三）",
            ["Q3"] = "第十三条（三）",
            ["Q4"] = "第十三条（三）",
            ["Q7"] = "第十三条（三）",
            ["V1"] = "第十三条（四）",
            ["V2"] = "第十三条（四）",
            ["V3"] = "第十三条（四）",
            ["V5"] = "第十三条（四）",
            ["V6"] = "第十三条（四）",
            ["V8"] = "第十三条（四）",
            ["V10"] = "第十三条（九）",
            ["V11"] = "第十三条（四）",
            ["MN3"] = "第十三条（二）",
        },
    };

    /// <summary>Seed B: 昌吉州交通运输局党组工作规则 (2020).</summary>
    public static readonly RuleProfile ChangjiTransport2020 = new()
    {
        Id = "changji-transport-2020",
        Name = "昌吉州交通运输局党组工作规则（2020）",
        TwoThirdsCategories = new HashSet<ItemCategory> { ItemCategory.Personnel, ItemCategory.Discipline },
        DirectorConsentForAdministrativeItems = true,
        FinanceThresholdYuan = 50_000m,
        StudySeminarEveryTwoMonths = true,
        Articles = new Dictionary<string, string>
        {
            ["MK1"] = "第十八条（一）",
            ["AG1"] = "第十八条（二）",
            ["AG4"] = "第十八条（二）",
            ["Q1"] = "第十八条（四）",
            ["Q2"] = "第十八条（四）",
            ["Q3"] = "第十八条（四）",
            ["Q4"] = "第十八条（四）",
            ["Q7"] = "第十八条（四）",
            ["V1"] = "第十八条（五）",
            ["V2"] = "第十八条（五）",
            ["V3"] = "第十八条（五）",
            ["V5"] = "第十八条（五）",
            ["V6"] = "第十八条（五）",
            ["V9"] = "第十四条",
            ["V10"] = "第十八条（七）",
            ["V11"] = "第十八条（五）",
            ["MN3"] = "第十八条（六）",
        },
    };

    public static IReadOnlyList<RuleProfile> All { get; } = [ChengzhongHrss2021, ChangjiTransport2020];

    public static bool Exists(string? id) => All.Any(p => p.Id == id);

    public static RuleProfile Get(string id) =>
        All.FirstOrDefault(p => p.Id == id) ?? throw new ArgumentException($"Unknown rule profile '{id}'.", nameof(id));
}
