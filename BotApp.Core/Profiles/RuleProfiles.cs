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
            [RuleIds.MK1] = "第十三条",
            [RuleIds.AG1] = "第十三条（二）",
            [RuleIds.AG2] = "第十三条（二）",
            [RuleIds.AG3] = "第十三条（二）",
            [RuleIds.AG4] = "第十三条（二）",
            [RuleIds.AG5] = "第十三条（二）",
            [RuleIds.AG6] = "第十三条（二）",
            [RuleIds.AG7] = "第十三条（一）",
            [RuleIds.Q1] = "第十三条（三）",
            [RuleIds.Q2] = "第十三条（三）",
            [RuleIds.Q3] = "第十三条（三）",
            [RuleIds.Q4] = "第十三条（三）",
            [RuleIds.Q5] = "第十三条（三）",
            [RuleIds.Q6] = "第十三条（六）",
            [RuleIds.Q7] = "第十三条（三）",
            [RuleIds.V1] = "第十三条（四）",
            [RuleIds.V2] = "第十三条（四）",
            [RuleIds.V3] = "第十三条（四）",
            [RuleIds.V4] = "第十三条（四）",
            [RuleIds.V5] = "第十三条（四）",
            [RuleIds.V6] = "第十三条（四）",
            [RuleIds.V7] = "第十三条（四）",
            [RuleIds.V8] = "第十三条（四）",
            // Seed A has no 声明保留 clause; the nearest is 第九条, 少数服从多数 by collective decision.
            [RuleIds.V9] = "第九条",
            [RuleIds.V10] = "第十三条（九）",
            [RuleIds.V11] = "第十三条（四）",
            [RuleIds.MN1] = "第十三条（五）",
            [RuleIds.MN2] = "第十三条（五）",
            [RuleIds.MN3] = "第十三条（二）",
            [RuleIds.MN4] = "第十三条（八）",
            [RuleIds.MN5] = "第十三条（十一）",
            [RuleIds.MN6] = "第十三条（十二）",
            [RuleIds.IM1] = "第十三条（九）",
            [RuleIds.IM2] = "第十三条（十）",
            [RuleIds.IM3] = "第十三条（七）",
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
            [RuleIds.MK1] = "第十八条（一）",
            [RuleIds.AG1] = "第十八条（二）",
            [RuleIds.AG2] = "第十八条（三）",
            [RuleIds.AG3] = "第十八条（二）（三）",
            [RuleIds.AG4] = "第十八条（二）",
            [RuleIds.AG6] = "第二十条（七）",
            [RuleIds.AG7] = "第六条",
            [RuleIds.Q1] = "第十八条（四）",
            [RuleIds.Q2] = "第十八条（四）",
            [RuleIds.Q3] = "第十八条（四）",
            [RuleIds.Q4] = "第十八条（四）",
            [RuleIds.Q5] = "第十八条（四）",
            // 第九条: the secretary presides over the party group's whole work; seed B has no 临机处置 clause of its own.
            [RuleIds.Q6] = "第九条",
            [RuleIds.Q7] = "第十八条（四）",
            [RuleIds.V1] = "第十八条（五）",
            [RuleIds.V2] = "第十八条（五）",
            [RuleIds.V3] = "第十八条（五）",
            [RuleIds.V4] = "第十八条（五）",
            [RuleIds.V5] = "第十八条（五）",
            [RuleIds.V6] = "第十八条（五）",
            // 第十七条: 人事任免 follows 《党政领导干部选拔任用工作条例》, which votes person by person.
            [RuleIds.V7] = "第十七条",
            [RuleIds.V9] = "第十四条",
            [RuleIds.V10] = "第十八条（七）",
            [RuleIds.V11] = "第十八条（五）",
            [RuleIds.MN1] = "第十八条（六）",
            [RuleIds.MN3] = "第十八条（六）",
            [RuleIds.MN4] = "第九条",
            [RuleIds.MN6] = "第二十条（七）",
            [RuleIds.IM1] = "第十八条（七）",
            [RuleIds.IM2] = "第十八条（七）",
        },
    };

    public static IReadOnlyList<RuleProfile> All { get; } = [ChengzhongHrss2021, ChangjiTransport2020];

    public static bool Exists(string? id) => All.Any(p => p.Id == id);

    public static RuleProfile Get(string id) =>
        All.FirstOrDefault(p => p.Id == id) ?? throw new ArgumentException($"Unknown rule profile '{id}'.", nameof(id));
}
