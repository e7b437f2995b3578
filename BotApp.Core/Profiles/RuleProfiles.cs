using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Core.Profiles;

/// <summary>The two built-in profiles, one per seed in shared/seeds.</summary>
public static class RuleProfiles
{
    /// <summary>Seed A: 西宁市城中区人社局党组工作规则 (2021). Nearly every meeting rule sits in 第十三条.</summary>
    public static readonly RuleProfile ChengzhongHrss2021 = new()
    {
        Id = "chengzhong-hrss-2021",
        Name = "西宁市城中区人社局党组工作规则（2021）",
        TwoThirdsCategories = new HashSet<ItemCategory> { ItemCategory.Appointment },
        NotifyLiaisonOfMajorItems = true,
        FinanceThresholdYuan = 3_000m,
        DeferWhenClose = true,
        DemocraticLifePlanLeadDays = 10,
        Articles = new Dictionary<string, string>
        {
            ["MK1"] = "第十三条",
            ["AG1"] = "第十三条（二）",
            ["AG2"] = "第十三条（二）",
            ["AG3"] = "第十三条（二）",
            ["AG4"] = "第十三条（二）",
            ["AG5"] = "第十三条（二）",
            ["AG6"] = "第十三条（二）",
            ["AG7"] = "第十三条（一）",
            ["Q1"] = "第十三条（三）",
            ["Q2"] = "第十三条（三）",
            ["Q3"] = "第十三条（三）",
            ["Q4"] = "第十三条（三）",
            ["Q5"] = "第十三条（三）",
            ["Q6"] = "第十三条（六）",
            ["Q7"] = "第十三条（三）",
            ["V1"] = "第十三条（四）",
            ["V2"] = "第十三条（四）",
            ["V3"] = "第十三条（四）",
            ["V4"] = "第十三条（四）",
            ["V5"] = "第十三条（四）",
            ["V6"] = "第十三条（四）",
            ["V7"] = "第十三条（四）",
            ["V8"] = "第十三条（四）",
            // Seed A has no 声明保留 clause; the nearest is 第九条, 少数服从多数 by collective decision.
            ["V9"] = "第九条",
            ["V10"] = "第十三条（九）",
            ["V11"] = "第十三条（四）",
            ["MN1"] = "第十三条（五）",
            ["MN2"] = "第十三条（五）",
            ["MN3"] = "第十三条（二）",
            ["MN4"] = "第十三条（八）",
            ["MN5"] = "第十三条（十一）",
            ["MN6"] = "第十三条（十二）",
            ["IM1"] = "第十三条（九）",
            ["IM2"] = "第十三条（十）",
            ["IM3"] = "第十三条（七）",
        },
    };

    /// <summary>Seed B: 昌吉州交通运输局党组工作规则 (2020). Meeting procedure sits in 第十八条.
    /// Rules the seed does not have (AG5, V8, MN2, MN5, IM3) have no article, so a refusal cites RULES.md alone.</summary>
    public static readonly RuleProfile ChangjiTransport2020 = new()
    {
        Id = "changji-transport-2020",
        Name = "昌吉州交通运输局党组工作规则（2020）",
        TwoThirdsCategories = new HashSet<ItemCategory> { ItemCategory.Appointment, ItemCategory.Discipline },
        DirectorConsentForAdministrativeItems = true,
        FinanceThresholdYuan = 50_000m,
        ChairDelegateRole = Role.DeputySecretary,
        EmergencyDecisionBySecretary = false,
        DemocraticLifeNeedsTwoThirds = false,
        StatementsReadOut = true,
        StudySeminarEveryTwoMonths = true,
        Articles = new Dictionary<string, string>
        {
            ["MK1"] = "第十八条（一）",
            ["AG1"] = "第十八条（二）",
            ["AG2"] = "第十八条（三）",
            ["AG3"] = "第十八条（二）（三）",
            ["AG4"] = "第十八条（二）",
            ["AG6"] = "第二十条（七）",
            ["AG7"] = "第六条",
            ["Q1"] = "第十八条（四）",
            ["Q2"] = "第十八条（四）",
            ["Q3"] = "第十八条（四）",
            ["Q4"] = "第十八条（四）",
            ["Q5"] = "第十八条（四）",
            // 第九条: the secretary presides over the party group's whole work; seed B has no 临机处置 clause of its own.
            ["Q6"] = "第九条",
            ["Q7"] = "第十八条（四）",
            ["V1"] = "第十八条（五）",
            ["V2"] = "第十八条（五）",
            ["V3"] = "第十八条（五）",
            ["V4"] = "第十八条（五）",
            ["V5"] = "第十八条（五）",
            ["V6"] = "第十八条（五）",
            // 第十七条: 人事任免 follows 《党政领导干部选拔任用工作条例》, which votes person by person.
            ["V7"] = "第十七条",
            ["V9"] = "第十四条",
            ["V10"] = "第十八条（七）",
            ["V11"] = "第十八条（五）",
            ["MN1"] = "第十八条（六）",
            ["MN3"] = "第十八条（六）",
            ["MN4"] = "第九条",
            ["MN6"] = "第二十条（七）",
            ["IM1"] = "第十八条（七）",
            ["IM2"] = "第十八条（七）",
        },
    };

    public static IReadOnlyList<RuleProfile> All { get; } = [ChengzhongHrss2021, ChangjiTransport2020];

    public static bool Exists(string? id) => All.Any(p => p.Id == id);

    public static RuleProfile Get(string id) =>
        All.FirstOrDefault(p => p.Id == id) ?? throw new ArgumentException($"Unknown rule profile '{id}'.", nameof(id));
}
