using System.Text.Json;
using System.Text.Json.Serialization;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Core.Profiles;

/// <summary>
/// A group with its own 党组工作规则 describes them in JSON: optionally "basedOn" a built-in profile, then any
/// setting of the RULES.md profile table it changes. Takes a string, does no I/O.
/// </summary>
public static class RuleProfileJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new ItemCategoryJson(), new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private static readonly Refusal Invalid = new("Profiles", RefusalCode.InvalidProfile);

    /// <summary>Reads a profile; an unknown setting, a missing required one or a bad value is a refusal, not an exception.</summary>
    public static Result<RuleProfile> Parse(string json)
    {
        Dto? d;
        try { d = JsonSerializer.Deserialize<Dto>(json, Options); }
        catch (JsonException) { return Invalid; }
        if (d is null || string.IsNullOrWhiteSpace(d.Id) || string.IsNullOrWhiteSpace(d.Name)) return Invalid;
        // A group's own profile must not shadow a built-in one, or two groups would read the same id two ways.
        if (RuleProfiles.Exists(d.Id)) return Invalid;
        if (d.BasedOn is not null && !RuleProfiles.Exists(d.BasedOn)) return Invalid;
        if (d.ChairDelegateRole is { } delegateRole && !delegateRole.HasVote()) return Invalid;
        if (d.CloseVoteMinimumEachSide is < 1 || d.CloseVoteMargin is < 0) return Invalid;
        if (d.FinanceThresholdYuan is < 0 || d.AgendaNoticeDays is < 0 || d.DemocraticLifePlanLeadDays is < 0
            || d.DemocraticLifeReportDays is < 0)
            return Invalid;
        if (d.TimeZoneId is not null)
        {
            try { TimeZoneInfo.FindSystemTimeZoneById(d.TimeZoneId); }
            catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException) { return Invalid; }
        }

        var b = d.BasedOn is null ? null : RuleProfiles.Get(d.BasedOn);
        IEnumerable<ItemCategory>? categories = (IEnumerable<ItemCategory>?)d.TwoThirdsCategories ?? b?.TwoThirdsCategories;
        var threshold = d.FinanceThresholdYuan ?? b?.FinanceThresholdYuan;
        // Without a base these two decide quorum and category, so they must be stated (Q2, AG7).
        if (categories is null || threshold is null) return Invalid;

        return new RuleProfile
        {
            Id = d.Id,
            Name = d.Name,
            OpeningQuorum = d.OpeningQuorum ?? b?.OpeningQuorum ?? HalfRule.AtLeastHalf,
            TwoThirdsCategories = categories.ToHashSet(),
            NotifyLiaisonOfMajorItems = d.NotifyLiaisonOfMajorItems ?? b?.NotifyLiaisonOfMajorItems ?? false,
            DirectorConsentForAdministrativeItems =
                d.DirectorConsentForAdministrativeItems ?? b?.DirectorConsentForAdministrativeItems ?? false,
            FinanceThresholdYuan = threshold.Value,
            DeferWhenClose = d.DeferWhenClose ?? b?.DeferWhenClose ?? false,
            CloseVoteMinimumEachSide = d.CloseVoteMinimumEachSide ?? b?.CloseVoteMinimumEachSide ?? 2,
            CloseVoteMargin = d.CloseVoteMargin ?? b?.CloseVoteMargin ?? 1,
            ChairDelegateRole = d.ChairDelegateRole ?? b?.ChairDelegateRole ?? Role.PartyBuildingLead,
            EmergencyDecisionBySecretary = d.EmergencyDecisionBySecretary ?? b?.EmergencyDecisionBySecretary ?? true,
            DemocraticLifeNeedsTwoThirds = d.DemocraticLifeNeedsTwoThirds ?? b?.DemocraticLifeNeedsTwoThirds ?? true,
            StatementsReadOut = d.StatementsReadOut ?? b?.StatementsReadOut ?? false,
            RecordReservations = d.RecordReservations ?? b?.RecordReservations ?? true,
            RecusedCountInBase = d.RecusedCountInBase ?? b?.RecusedCountInBase ?? false,
            StudySeminarEveryTwoMonths = d.StudySeminarEveryTwoMonths ?? b?.StudySeminarEveryTwoMonths ?? false,
            DemocraticLifePlanLeadDays = d.DemocraticLifePlanLeadDays ?? b?.DemocraticLifePlanLeadDays,
            DemocraticLifeReportDays = d.DemocraticLifeReportDays ?? b?.DemocraticLifeReportDays ?? 15,
            AgendaNoticeDays = d.AgendaNoticeDays ?? b?.AgendaNoticeDays ?? 3,
            TimeZoneId = d.TimeZoneId ?? b?.TimeZoneId ?? "Asia/Shanghai",
            // The group's own articles replace the base's one by one; the rest keep citing the base seed.
            Articles = (b?.Articles ?? new Dictionary<string, string>())
                .Where(p => d.Articles is null || !d.Articles.ContainsKey(p.Key))
                .Concat(d.Articles ?? [])
                .ToDictionary(p => p.Key, p => p.Value),
        };
    }

    /// <summary>The JSON a group writes; every setting optional except id and name.</summary>
    private sealed class Dto
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? BasedOn { get; set; }
        public HalfRule? OpeningQuorum { get; set; }
        public List<ItemCategory>? TwoThirdsCategories { get; set; }
        public bool? NotifyLiaisonOfMajorItems { get; set; }
        public bool? DirectorConsentForAdministrativeItems { get; set; }
        public decimal? FinanceThresholdYuan { get; set; }
        public bool? DeferWhenClose { get; set; }
        public int? CloseVoteMinimumEachSide { get; set; }
        public int? CloseVoteMargin { get; set; }
        public Role? ChairDelegateRole { get; set; }
        public bool? EmergencyDecisionBySecretary { get; set; }
        public bool? DemocraticLifeNeedsTwoThirds { get; set; }
        public bool? StatementsReadOut { get; set; }
        public bool? RecordReservations { get; set; }
        public bool? RecusedCountInBase { get; set; }
        public bool? StudySeminarEveryTwoMonths { get; set; }
        public int? DemocraticLifePlanLeadDays { get; set; }
        public int? DemocraticLifeReportDays { get; set; }
        public int? AgendaNoticeDays { get; set; }
        public string? TimeZoneId { get; set; }
        public Dictionary<string, string>? Articles { get; set; }
    }
}
