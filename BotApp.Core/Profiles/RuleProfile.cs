using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Core.Profiles;

/// <summary>How 半数以上 is read for the opening quorum (Q1).</summary>
public enum HalfRule
{
    /// <summary>present ≥ ⌈N/2⌉: 以上 includes the number, as in Chinese legal usage (default).</summary>
    AtLeastHalf,
    /// <summary>present &gt; N/2.</summary>
    MoreThanHalf,
}

/// <summary>A group's rule profile: every setting of the profile table in RULES.md.
/// Articles maps a rule ID to the article of the group's own seed, so refusals cite the group's rules.</summary>
public sealed record RuleProfile
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public HalfRule OpeningQuorum { get; init; } = HalfRule.AtLeastHalf;
    /// <summary>Q2: categories whose vote needs ⅔ present.</summary>
    // Stored as a collection so a snapshot in the event log reads back; treated as a set.
    public required IReadOnlyCollection<ItemCategory> TwoThirdsCategories { get; init; }
    /// <summary>AG5</summary>
    public bool NotifyLiaisonOfMajorItems { get; init; }
    /// <summary>AG3 (profile B)</summary>
    public bool DirectorConsentForAdministrativeItems { get; init; }
    /// <summary>AG7: purchases or payments from this sum (yuan) are a finance item for the meeting.</summary>
    public required decimal FinanceThresholdYuan { get; init; }
    /// <summary>V8</summary>
    public bool DeferWhenClose { get; init; }
    /// <summary>V8 default: two sides are close when each has at least this many votes …</summary>
    public int CloseVoteMinimumEachSide { get; init; } = 2;
    /// <summary>V8 default: … and they differ by at most this many.</summary>
    public int CloseVoteMargin { get; init; } = 1;
    /// <summary>MK1 (A13(2)): who convenes and presides when the secretary delegates; A: the partyBuildingLead,
    /// B: a deputySecretary (an interpretation of B9 "协助").</summary>
    public Role ChairDelegateRole { get; init; } = Role.PartyBuildingLead;
    /// <summary>Q6 (A13(6)): the secretary may decide alone in an emergency; seed B has no such clause.</summary>
    public bool EmergencyDecisionBySecretary { get; init; } = true;
    /// <summary>DL4 (A14(3)): a democratic life meeting needs ⅔ of those who should attend; seed B sets no number.</summary>
    public bool DemocraticLifeNeedsTwoThirds { get; init; } = true;
    /// <summary>DL4 (B23(3) 在会上代为宣读): absentees' written statements are read out at the meeting.</summary>
    public bool StatementsReadOut { get; init; }
    /// <summary>V9</summary>
    public bool RecordReservations { get; init; } = true;
    /// <summary>V3 default: recused members are left out of the base.</summary>
    public bool RecusedCountInBase { get; init; }
    /// <summary>PD1 / B22(1): a topical seminar every two months.</summary>
    public bool StudySeminarEveryTwoMonths { get; init; }
    /// <summary>DL2; null where the seed sets none.</summary>
    public int? DemocraticLifePlanLeadDays { get; init; }
    /// <summary>DL6</summary>
    public int DemocraticLifeReportDays { get; init; } = 15;
    /// <summary>AG2 default: 3 days before.</summary>
    public int AgendaNoticeDays { get; init; } = 3;
    /// <summary>Dates and deadlines are China Standard Time unless a group sets otherwise.</summary>
    public string TimeZoneId { get; init; } = "Asia/Shanghai";
    public required IReadOnlyDictionary<string, string> Articles { get; init; }

    /// <summary>AG7: a purchase or payment of this many yuan is a finance item for the meeting (A: ≥ 3,000; B: ≥ 50,000).</summary>
    public bool IsFinanceItem(decimal amountYuan) => amountYuan >= FinanceThresholdYuan;

    /// <summary>AG7: the category an item with a sum of money takes; below the threshold it stays as proposed.</summary>
    public ItemCategory CategoryFor(ItemCategory proposed, decimal? amountYuan) =>
        amountYuan is { } yuan && IsFinanceItem(yuan) && !proposed.IsAboutPeople()
            ? ItemCategory.Finance
            : proposed;

    public string? ArticleFor(string ruleId) => Articles.TryGetValue(ruleId, out var a) ? a : null;
}
