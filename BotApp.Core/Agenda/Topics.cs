using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Core.Agenda;

/// <summary>What a member fills in on the 议题申报 card. A sum of money lets the profile's threshold decide finance (AG7).</summary>
public sealed record TopicProposal(
    string Title,
    ItemCategory Category,
    VotingMethod Method,
    bool Important = false,
    bool Urgent = false,
    bool Confidential = false,
    bool Administrative = false,
    IReadOnlyList<string>? CandidateNames = null,
    decimal? AmountYuan = null,
    string? AmendsDecisionId = null,
    bool FromHigherLevel = false);

/// <summary>The 议题库 commands before a meeting: propose, consent, approve, return, circulate (AG1, AG3, AG4, AG6, AG7, IM3).</summary>
public static class Topics
{
    /// <summary>
    /// AG1: any voting member (the secretary included) proposes a topic; the secretary decides on it later.
    /// V7: a personnel topic names its candidates, one ballot each; other topics name none.
    /// IM1: a topic may propose to change an earlier decision, the only way one changes.
    /// </summary>
    public static Result<ItemProposed> Propose(
        this AgendaState a, PartyGroup group, string proposerId, TopicProposal p, DateTimeOffset now)
    {
        var proposer = group.Find(proposerId);
        if (proposer is null) return new Refusal("AG1", RefusalCode.NotOnRoster);
        if (!proposer.HasVote) return new Refusal("AG1", RefusalCode.NoVote);
        if (string.IsNullOrWhiteSpace(p.Title)) return new Refusal("AG1", RefusalCode.InvalidInput);
        var names = (p.CandidateNames ?? []).Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
        if (p.Category == ItemCategory.Personnel && names.Count == 0) return new Refusal("V7", RefusalCode.InvalidInput);
        if (p.Category != ItemCategory.Personnel && names.Count > 0) return new Refusal("V7", RefusalCode.InvalidInput);
        if (names.Distinct().Count() != names.Count) return new Refusal("V7", RefusalCode.InvalidInput);
        if (p.AmendsDecisionId is { } old && (a.Decision(old) is null || a.SupersededBy(old) is not null))
            return new Refusal("IM1", RefusalCode.InvalidInput);

        var candidates = names.Select((n, i) => new Candidate($"c{i + 1}", n)).ToList();
        return new ItemProposed(now, $"t{a.Version + 1}", proposerId, p.Title.Trim(),
            group.Profile.CategoryFor(p.Category, p.AmountYuan), p.Method, p.Important, p.Urgent, p.Confidential,
            p.Administrative, candidates, p.AmendsDecisionId, p.FromHigherLevel);
    }

    /// <summary>AG3 (B18(2)(3)): the director consents to a topic on administrative business.</summary>
    public static Result<AgendaEvent> ConsentAsDirector(
        this AgendaState a, PartyGroup group, string directorId, string? itemId, DateTimeOffset now)
    {
        if (group.Find(directorId)?.Role != Role.Director) return new Refusal("AG3", RefusalCode.NoVote);
        var topic = a.Topic(itemId);
        if (topic is null) return new Refusal("AG1", RefusalCode.ItemNotFound);
        if (!topic.Proposed.Administrative) return new Refusal("AG3", RefusalCode.InvalidInput);
        if (topic.Status != TopicStatus.Proposed) return new Refusal("AG1", RefusalCode.ItemAlreadyDecided);
        if (topic.DirectorConsent is not null) return new Refusal("AG3", RefusalCode.AlreadyStated);
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
            return new Refusal("AG3", RefusalCode.DirectorConsentNeeded);
        return new ItemApproved(now, topic.Id, secretaryId);
    }

    /// <summary>AG1: the secretary returns a topic with a reason the proposer sees.</summary>
    public static Result<AgendaEvent> Return(
        this AgendaState a, PartyGroup group, string secretaryId, string? itemId, string reason, DateTimeOffset now)
    {
        if (DecidableTopic(a, group, secretaryId, itemId) is { } refusal) return refusal;
        if (string.IsNullOrWhiteSpace(reason)) return new Refusal("AG1", RefusalCode.InvalidInput);
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
        if (group.Find(secretaryId)?.Role != Role.Secretary) return new Refusal("IM3", RefusalCode.OnlySecretaryDecides);
        var topic = a.Topic(itemId);
        if (topic is null) return new Refusal("AG1", RefusalCode.ItemNotFound);
        if (!topic.Proposed.FromHigherLevel) return new Refusal("IM3", RefusalCode.InvalidInput);
        if (topic.Status != TopicStatus.Proposed) return new Refusal("AG1", RefusalCode.ItemAlreadyDecided);
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
        if (group.Find(secretaryId)?.Role != Role.Secretary) return new Refusal("Q6", RefusalCode.OnlySecretaryDecides);
        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(decision) || string.IsNullOrWhiteSpace(reason))
            return new Refusal("Q6", RefusalCode.InvalidInput);
        return new EmergencyDecisionTaken(now, $"t{a.Version + 1}", secretaryId, title.Trim(), decision.Trim(), reason.Trim());
    }

    private static Refusal? DecidableTopic(AgendaState a, PartyGroup group, string secretaryId, string? itemId)
    {
        if (group.Find(secretaryId)?.Role != Role.Secretary) return new Refusal("AG1", RefusalCode.OnlySecretaryDecides);
        var topic = a.Topic(itemId);
        if (topic is null) return new Refusal("AG1", RefusalCode.ItemNotFound);
        if (topic.Status != TopicStatus.Proposed) return new Refusal("AG1", RefusalCode.ItemAlreadyDecided);
        return null;
    }
}
