using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Core.Agenda;

/// <summary>What a member fills in on the 议题申报 card. A sum of money lets the profile's threshold decide finance (AG7).</summary>
public sealed record TopicProposal(
    string Title,
    ItemCategory Category,
    VotingMethod Method,
    bool Important = false,
    bool Confidential = false,
    bool Administrative = false,
    IReadOnlyList<string>? CandidateNames = null,
    decimal? AmountYuan = null,
    string? AmendsDecisionId = null,
    bool FromHigherLevel = false,
    string? AdHocReason = null);

/// <summary>The 议题库 commands before a meeting: propose, consent, approve, return, circulate (AG1, AG3, AG4, AG6, AG7, IM3).</summary>
public static class Topics
{
    /// <summary>
    /// AG1: any voting member (the secretary included) proposes a topic; the secretary decides on it later.
    /// V7: a topic about named people (appointment, nomination, rewards, discipline) names them, one ballot each;
    /// other topics name none.
    /// IM1: a topic may propose to change an earlier decision, the only way one changes.
    /// AG4: a topic that arises on the day (临时议题) carries its reason; every category rule applies to it as to any
    /// other (Q2, V7, V8), and the secretary's own is approved as it is proposed, since the exception is the secretary's
    /// to allow. In profile A a 三重一大 topic is never taken ad hoc: the liaison must know of it in advance (AG5).
    /// </summary>
    public static Result<ItemProposed> Propose(
        this AgendaState a, PartyGroup group, string proposerId, TopicProposal p, DateTimeOffset now)
    {
        if (MayPropose(group, proposerId) is { } refusal) return refusal;
        var proposer = group.Find(proposerId)!;
        if (string.IsNullOrWhiteSpace(p.Title)) return new Refusal(RuleIds.AG1, RefusalCode.InvalidInput);
        var names = (p.CandidateNames ?? []).Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
        var category = group.Profile.CategoryFor(p.Category, p.AmountYuan);
        if (category.IsAboutPeople() && names.Count == 0) return new Refusal(RuleIds.V7, RefusalCode.PeopleRequired);
        if (!category.IsAboutPeople() && names.Count > 0) return new Refusal(RuleIds.V7, RefusalCode.PeopleNotAllowed);
        if (names.Distinct().Count() != names.Count) return new Refusal(RuleIds.V7, RefusalCode.PersonNamedTwice);
        if (p.AdHocReason is { } adHoc)
        {
            if (string.IsNullOrWhiteSpace(adHoc)) return new Refusal(RuleIds.AG4, RefusalCode.AdHocReasonRequired);
            if (group.Profile.NotifyLiaisonOfMajorItems && new AgendaItem("", p.Title, p.Method, category, p.Important).IsMajor) return new Refusal(RuleIds.AG5, RefusalCode.MajorItemNotAdHoc);
        }
        if (p.AmendsDecisionId is { } old && (a.Decision(old) is null || a.SupersededBy(old) is not null))
            return new Refusal(RuleIds.IM1, RefusalCode.InvalidInput);

        var candidates = names.Select((n, i) => new Candidate($"c{i + 1}", n)).ToList();
        return new ItemProposed(now, a.NextTopicId(), proposerId, p.Title.Trim(),
            category, p.Method, p.Important, Urgent: false, p.Confidential,
            p.Administrative, candidates, p.AmendsDecisionId, p.FromHigherLevel)
        {
            AdHocReason = p.AdHocReason?.Trim(),
            ApprovedAsProposed = p.AdHocReason is not null && proposer.Role == Role.Secretary,
        };
    }

    /// <summary>AG1: a voting member proposes; null when <paramref name="personId"/> may, asked before the form is shown too.</summary>
    public static Refusal? MayPropose(PartyGroup group, string? personId) =>
        group.Find(personId) switch
        {
            null => new Refusal(RuleIds.AG1, RefusalCode.NotOnRoster),
            { HasVote: false } => new Refusal(RuleIds.AG1, RefusalCode.NoVote),
            _ => null,
        };

    /// <summary>AG3 (B18(2)(3)): the director consents to a topic on administrative business.</summary>
    public static Result<AgendaEvent> ConsentAsDirector(
        this AgendaState a, PartyGroup group, string directorId, string? itemId, DateTimeOffset now)
    {
        if (group.Find(directorId)?.Role != Role.Director) return new Refusal(RuleIds.AG3, RefusalCode.NoVote);
        var topic = a.Topic(itemId);
        if (topic is null) return new Refusal(RuleIds.AG1, RefusalCode.ItemNotFound);
        if (!topic.Proposed.Administrative) return new Refusal(RuleIds.AG3, RefusalCode.InvalidInput);
        if (topic.Status != TopicStatus.Proposed) return new Refusal(RuleIds.AG1, RefusalCode.ItemAlreadyDecided);
        if (topic.DirectorConsent is not null) return new Refusal(RuleIds.AG3, RefusalCode.AlreadyStated);
        return new DirectorConsented(now, topic.Id, directorId);
    }

    /// <summary>AG1: the secretary approves a topic; under a profile that asks for it, an administrative topic needs
    /// the director's consent first (AG3).</summary>
    public static Result<AgendaEvent> Approve(
        this AgendaState a, PartyGroup group, string secretaryId, string? itemId, DateTimeOffset now)
    {
        if (DecidableTopic(a, group, secretaryId, itemId) is { } refusal) return refusal;
        var topic = a.Topic(itemId)!;
        if (group.Profile.DirectorConsentForAdministrativeItems && topic.Proposed.Administrative && topic.DirectorConsent is null)
            return new Refusal(RuleIds.AG3, RefusalCode.DirectorConsentNeeded);
        return new ItemApproved(now, topic.Id, secretaryId);
    }

    /// <summary>AG1: the secretary returns a topic with a reason the proposer sees.</summary>
    public static Result<AgendaEvent> Return(
        this AgendaState a, PartyGroup group, string secretaryId, string? itemId, string reason, DateTimeOffset now)
    {
        if (DecidableTopic(a, group, secretaryId, itemId) is { } refusal) return refusal;
        if (string.IsNullOrWhiteSpace(reason)) return new Refusal(RuleIds.AG1, RefusalCode.InvalidInput);
        return new ItemReturned(now, itemId!, secretaryId, reason.Trim());
    }

    /// <summary>
    /// IM3 (A13(7)): a matter from a higher-level meeting or document goes on the agenda (<see cref="Approve"/>) when it
    /// needs collective study; otherwise the secretary consents to circulating it in writing, and only the secretary may.
    /// Only such a matter is circulated: a group's own topics are decided at a meeting (AG1, AG4).
    /// </summary>
    public static Result<AgendaEvent> CirculateInWriting(
        this AgendaState a, PartyGroup group, string secretaryId, string? itemId, DateTimeOffset now)
    {
        if (group.Find(secretaryId)?.Role != Role.Secretary) return new Refusal(RuleIds.IM3, RefusalCode.OnlySecretaryDecides);
        var topic = a.Topic(itemId);
        if (topic is null) return new Refusal(RuleIds.AG1, RefusalCode.ItemNotFound);
        if (!topic.Proposed.FromHigherLevel) return new Refusal(RuleIds.IM3, RefusalCode.InvalidInput);
        if (topic.Status != TopicStatus.Proposed) return new Refusal(RuleIds.AG1, RefusalCode.ItemAlreadyDecided);
        return new ItemCirculated(now, topic.Id, secretaryId);
    }

    /// <summary>
    /// Q6 (A13(6)): when a matter cannot wait for a meeting, or a meeting has no quorum, the secretary decides alone,
    /// with the reason. The decision is a report topic, approved already, that the next scheduled meeting must hear.
    /// </summary>
    public static Result<AgendaEvent> DecideInEmergency(
        this AgendaState a, PartyGroup group, string secretaryId, string title, string decision, string reason,
        DateTimeOffset now)
    {
        // Q6 is A13(6); seed B has no emergency decision by the secretary alone.
        if (!group.Profile.EmergencyDecisionBySecretary) return new Refusal(RuleIds.Q6, RefusalCode.NotInProfile);
        if (group.Find(secretaryId)?.Role != Role.Secretary) return new Refusal(RuleIds.Q6, RefusalCode.OnlySecretaryDecides);
        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(decision) || string.IsNullOrWhiteSpace(reason))
            return new Refusal(RuleIds.Q6, RefusalCode.InvalidInput);
        return new EmergencyDecisionTaken(now, a.NextTopicId(), secretaryId, title.Trim(), decision.Trim(), reason.Trim());
    }

    private static Refusal? DecidableTopic(AgendaState a, PartyGroup group, string secretaryId, string? itemId)
    {
        if (group.Find(secretaryId)?.Role != Role.Secretary) return new Refusal(RuleIds.AG1, RefusalCode.OnlySecretaryDecides);
        var topic = a.Topic(itemId);
        if (topic is null) return new Refusal(RuleIds.AG1, RefusalCode.ItemNotFound);
        if (topic.Status != TopicStatus.Proposed) return new Refusal(RuleIds.AG1, RefusalCode.ItemAlreadyDecided);
        return null;
    }
}
