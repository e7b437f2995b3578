using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Core.Agenda;

/// <summary>What the secretary fills in on the 安排会议 card: approved topics for a party group meeting, or the topics
/// of a democratic life meeting or study session (and whether the session is the seminar, B22(1)).</summary>
public sealed record MeetingPlan(
    string MeetingId, DateOnly Date, TimeOnly Time, string Place, IReadOnlyList<string> ItemIds,
    IReadOnlyList<string>? ObserverIds = null)
{
    public MeetingKind Kind { get; init; } = MeetingKind.PartyGroupMeeting;
    public IReadOnlyList<string> Topics { get; init; } = [];
    public bool IsSeminar { get; init; }
    /// <summary>MK1: who convenes and presides when the secretary cannot (the profile's delegate); null: the secretary.</summary>
    public string? ChairId { get; init; }
}

/// <summary>Scheduling a meeting from the 议题库, and the notices that must precede it.</summary>
public static class Scheduling
{
    /// <summary>
    /// The secretary schedules a meeting with approved topics only (AG4). Emergency decisions not yet reported are added
    /// as reports (Q6). Under a profile with AG5, each 三重一大 topic yields a notice to the discipline liaison, recorded
    /// here so the meeting cannot start without it; the dialog layer sends the notices these events name.
    /// </summary>
    public static Result<IReadOnlyList<AgendaEvent>> Schedule(
        this AgendaState a, PartyGroup group, string secretaryId, MeetingPlan plan, DateTimeOffset now)
    {
        if (Convening.MayConvene(group, secretaryId, plan.Kind) is { } refusal) return refusal;
        if (string.IsNullOrWhiteSpace(plan.MeetingId) || a.Meeting(plan.MeetingId) is not null)
            return new Refusal(Convening.RuleOf(plan.Kind), RefusalCode.InvalidInput);
        if (plan.Kind != MeetingKind.PartyGroupMeeting) return ScheduleSession(group, secretaryId, plan, now);
        if (plan.Topics.Count > 0 || plan.IsSeminar) return new Refusal(RuleIds.MK1, RefusalCode.ScheduleKindMismatch);
        if (plan.ItemIds.Count == 0) return new Refusal(RuleIds.AG1, RefusalCode.NoAgendaItems);
        if (plan.ItemIds.Distinct().Count() != plan.ItemIds.Count) return new Refusal(RuleIds.AG1, RefusalCode.InvalidInput);
        foreach (var id in plan.ItemIds)
        {
            var topic = a.Topic(id);
            if (topic is null) return new Refusal(RuleIds.AG1, RefusalCode.ItemNotFound);
            if (!topic.IsSchedulable) return new Refusal(RuleIds.AG4, RefusalCode.ItemNotApproved);
        }
        if (plan.ChairId is { } chair && chair != secretaryId && !group.MayBeDelegate(chair))
            return new Refusal(RuleIds.MK1, RefusalCode.NotADelegate);
        var observers = plan.ObserverIds ?? [];
        // Q5: observers are people from outside the voting roster; a voting member attends as a member.
        if (observers.Any(o => string.IsNullOrWhiteSpace(o) || group.Find(o)?.HasVote == true))
            return new Refusal(RuleIds.Q5, RefusalCode.AlreadyOnRoster);

        var itemIds = plan.ItemIds.Concat(a.ReportsDue.Select(t => t.Id).Where(id => !plan.ItemIds.Contains(id))).ToList();
        var events = new List<AgendaEvent>
        {
            new MeetingScheduled(now, plan.MeetingId, plan.Date, plan.Time, plan.Place.Trim(), itemIds, [.. observers], secretaryId)
            {
                ChairId = plan.ChairId == secretaryId ? null : plan.ChairId,
            },
        };
        if (group.Profile.NotifyLiaisonOfMajorItems)
        {
            var major = itemIds.Where(id => a.Topic(id)!.ToAgendaItem().IsMajor).ToList();
            var liaison = group.Members.FirstOrDefault(m => m.Role == Role.DisciplineLiaison);
            if (major.Count > 0 && liaison is null) return new Refusal(RuleIds.AG5, RefusalCode.LiaisonNotNotified);
            events.AddRange(major.Select(id => new LiaisonNotified(now, id, plan.MeetingId, liaison!.Id)));
        }
        return events;
    }

    /// <summary>
    /// MK2, MK3: a democratic life meeting or study session is scheduled with its own topics, discussed and never voted,
    /// so no topic of the 议题库 goes on it (AG4), and emergency decisions wait for the next party group meeting (Q6).
    /// The seminar (B22(1)) is a kind of study session only.
    /// </summary>
    private static Result<IReadOnlyList<AgendaEvent>> ScheduleSession(PartyGroup group, string secretaryId, MeetingPlan plan, DateTimeOffset now)
    {
        var rule = Convening.RuleOf(plan.Kind);
        if (plan.ItemIds.Count > 0 || (plan.IsSeminar && plan.Kind != MeetingKind.StudyGroup)) return new Refusal(rule, RefusalCode.ScheduleKindMismatch);
        var topics = plan.Topics.Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
        if (topics.Count == 0) return new Refusal(rule, RefusalCode.TopicsRequired);
        var observers = plan.ObserverIds ?? [];
        if (observers.Any(o => string.IsNullOrWhiteSpace(o) || group.Find(o)?.HasVote == true))
            return new Refusal(RuleIds.Q5, RefusalCode.AlreadyOnRoster);
        return new AgendaEvent[]
        {
            new MeetingScheduled(now, plan.MeetingId, plan.Date, plan.Time, plan.Place.Trim(), [], [.. observers], secretaryId,
                plan.Kind, topics, plan.IsSeminar),
        };
    }

    /// <summary>
    /// The scheduled meeting's agenda, in order, as it goes into <see cref="MeetingStarted"/>: the approved topics of a
    /// party group meeting, or a session's topics, each an oral item only for the engine's sake (they are discussed, not voted).
    /// </summary>
    public static IReadOnlyList<AgendaItem> ItemsOf(this AgendaState a, string meetingId) => a.Meeting(meetingId) switch
    {
        null => [],
        { Kind: MeetingKind.PartyGroupMeeting } plan => plan.ItemIds.Select(id => a.Topic(id)!.ToAgendaItem()).ToList(),
        var plan => (plan.Topics ?? []).Select((title, i) => new AgendaItem((i + 1).ToString(), title, VotingMethod.Oral)).ToList(),
    };

    /// <summary>
    /// MK1 (A13(2) "党组书记不能参加会议的，可以委托分管党建工作的党组成员召集并主持"): until the meeting opens, the secretary
    /// names the profile's delegate (A: 分管党建工作的党组成员, B: 党组副书记), or themself again, to convene and preside.
    /// </summary>
    public static Result<AgendaEvent> DelegateChair(
        this AgendaState a, PartyGroup group, string secretaryId, string? meetingId, string? delegateId,
        bool meetingStarted, DateTimeOffset now)
    {
        if (group.Find(secretaryId)?.Role != Role.Secretary) return new Refusal(RuleIds.MK1, RefusalCode.OnlySecretaryConvenes);
        // A13(2) delegates the party group meeting; the democratic life meeting and the study group keep their convener.
        if (a.Meeting(meetingId) is not { Kind: MeetingKind.PartyGroupMeeting } plan) return new Refusal(RuleIds.MK1, RefusalCode.MeetingNotFound);
        if (meetingStarted) return new Refusal(RuleIds.MK1, RefusalCode.MeetingAlreadyStarted);
        if (delegateId != secretaryId && !group.MayBeDelegate(delegateId)) return new Refusal(RuleIds.MK1, RefusalCode.NotADelegate);
        return new ChairDelegated(now, plan.MeetingId, delegateId!, secretaryId);
    }

    /// <summary>
    /// 临时议题 at an unscheduled meeting (AG4): the convener starts it today with approved topics that no meeting has
    /// taken; it is planned for now so every rule of a scheduled meeting (AG5's advance notice among them) applies.
    /// </summary>
    public static Result<IReadOnlyList<AgendaEvent>> ScheduleNow(
        this AgendaState a, PartyGroup group, string convenerId, string meetingId, IReadOnlyList<string> itemIds, DateTimeOffset now)
    {
        var local = new Reminders.GroupClock(group.Profile).Local(now);
        var plan = new MeetingPlan(meetingId, DateOnly.FromDateTime(local.DateTime), TimeOnly.FromDateTime(local.DateTime), "", itemIds);
        return a.Schedule(group, convenerId, plan, now);
    }

    /// <summary>
    /// AG4: a topic approved on the day is taken up by the meeting under way; it is on that meeting from then on and is
    /// not offered for another one.
    /// </summary>
    public static Result<AgendaEvent> TakeUp(this AgendaState a, string? itemId, string meetingId, DateTimeOffset now)
    {
        if (a.Topic(itemId) is not { } topic) return new Refusal(RuleIds.AG1, RefusalCode.ItemNotFound);
        if (topic.Proposed.AdHocReason is null || !topic.IsSchedulable) return new Refusal(RuleIds.AG4, RefusalCode.ItemNotApproved);
        return new TopicTakenUp(now, topic.Id, meetingId);
    }

    /// <summary>V8 暂缓: an item the meeting deferred goes back to the 议题库, to be scheduled again without a new proposal.</summary>
    public static Result<AgendaEvent> Defer(this AgendaState a, string? itemId, string meetingId, DateTimeOffset now) =>
        a.Topic(itemId) is { } topic && topic.MeetingId == meetingId && topic.Status == TopicStatus.Scheduled
            ? new TopicDeferred(now, topic.Id, meetingId)
            : new Refusal(RuleIds.V8, RefusalCode.ItemNotFound);

    /// <summary>AG5: null when every 三重一大 item of the meeting was notified to the liaison before <paramref name="now"/>.</summary>
    public static Refusal? LiaisonNoticeMissing(this AgendaState a, PartyGroup group, string meetingId, DateTimeOffset now)
    {
        if (!group.Profile.NotifyLiaisonOfMajorItems) return null;
        var missing = a.ItemsOf(meetingId).Where(i => i.IsMajor)
            .Any(i => !a.Topic(i.Id)!.LiaisonNotices.Any(n => n.MeetingId == meetingId && n.At < now));
        return missing ? new Refusal(RuleIds.AG5, RefusalCode.LiaisonNotNotified) : null;
    }
}
