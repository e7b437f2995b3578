using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Groups;

namespace PartyGroupBot.Core.Meetings;

/// <summary>The commands that open, attend and close a meeting. Each checks the rules and returns an event or a refusal.</summary>
public static class Meeting
{
    /// <summary>MK1: the secretary convenes and presides a party group meeting with its agenda (AG1).</summary>
    public static Result<MeetingStarted> Start(
        PartyGroup group, MeetingState? current, string meetingId, string convenerId,
        IReadOnlyList<AgendaItem> items, DateTimeOffset now)
    {
        if (MayConvene(group, convenerId) is { } refusal) return refusal;
        if (current is { Ended: false }) return new Refusal(RuleIds.MK1, RefusalCode.MeetingNotEnded);
        if (items.Count == 0) return new Refusal(RuleIds.AG1, RefusalCode.NoAgendaItems);
        return new MeetingStarted(now, meetingId, MeetingKind.PartyGroupMeeting, group.ProfileId,
            ChairId: convenerId, SecretaryId: convenerId, [.. group.Members], [.. items], group.OwnProfile);
    }

    /// <summary>
    /// MK2 民主生活会: the secretary convenes and presides with its topics (对照检查, 批评与自我批评 …) on the same engine.
    /// Business opens only with ⅔ present (DL4, <see cref="DemocraticLife.CanOpenBusiness"/>); absentees submit written
    /// statements (DL4) and rectification measures are recorded with owner and deadline (DL5).
    /// </summary>
    public static Result<MeetingStarted> StartDemocraticLife(
        PartyGroup group, MeetingState? current, string meetingId, string convenerId,
        IReadOnlyList<AgendaItem> topics, DateTimeOffset now) =>
        StartKind(group, current, meetingId, convenerId, topics, now, MeetingKind.DemocraticLifeMeeting, RuleIds.MK2, seminar: false);

    /// <summary>
    /// MK3 理论学习中心组: the secretary (组长) convenes a study session with its topics; <paramref name="seminar"/> marks the
    /// bi-monthly topical seminar (专题研讨, B22(1)). Attendance is recorded as in any meeting (check-in, leave, 缺席);
    /// no vote is needed to end it.
    /// </summary>
    public static Result<MeetingStarted> StartStudySession(
        PartyGroup group, MeetingState? current, string meetingId, string convenerId,
        IReadOnlyList<AgendaItem> topics, bool seminar, DateTimeOffset now) =>
        StartKind(group, current, meetingId, convenerId, topics, now, MeetingKind.StudyGroup, RuleIds.MK3, seminar);

    private static Result<MeetingStarted> StartKind(
        PartyGroup group, MeetingState? current, string meetingId, string convenerId,
        IReadOnlyList<AgendaItem> topics, DateTimeOffset now, MeetingKind kind, string ruleId, bool seminar)
    {
        if (group.Find(convenerId)?.Role != Role.Secretary) return new Refusal(ruleId, RefusalCode.OnlySecretaryConvenes);
        if (current is { Ended: false }) return new Refusal(ruleId, RefusalCode.MeetingNotEnded);
        if (topics.Count == 0) return new Refusal(ruleId, RefusalCode.NoAgendaItems);
        if (string.IsNullOrWhiteSpace(meetingId)) return new Refusal(ruleId, RefusalCode.InvalidInput);
        return new MeetingStarted(now, meetingId, kind, group.ProfileId,
            ChairId: convenerId, SecretaryId: convenerId, [.. group.Members], [.. topics], group.OwnProfile) { IsSeminar = seminar };
    }

    /// <summary>
    /// MK1: the secretary starts a meeting scheduled in the 议题库 (AG4: its items are approved topics only), once every
    /// 三重一大 item has been notified to the discipline liaison beforehand where the profile asks for it (AG5).
    /// Observers of the plan are designated with <see cref="Presence.DesignateObserver"/> once their names are known (Q5).
    /// </summary>
    /// <remarks>A democratic life meeting (MK2) or study session (MK3) scheduled ahead starts as its kind, with its topics and seminar flag.</remarks>
    /// <remarks>MK1: the chair the secretary delegated (<see cref="AgendaState.ChairOf"/>) convenes and presides; the
    /// secretary may still open it for them. AG2: a meeting starts on its day only, by the group's calendar.</remarks>
    public static Result<MeetingStarted> Start(
        PartyGroup group, MeetingState? current, AgendaState agenda, string meetingId, string convenerId, DateTimeOffset now)
    {
        if (agenda.Meeting(meetingId) is not { } plan) return new Refusal(RuleIds.MK1, RefusalCode.MeetingNotFound);
        var chair = agenda.ChairOf(meetingId)!;
        var secretary = group.Members.FirstOrDefault(p => p.Role == Role.Secretary)?.Id;
        var rule = Convening.RuleOf(plan.Kind);
        if (convenerId != chair && convenerId != secretary) return new Refusal(rule, RefusalCode.OnlySecretaryConvenes);
        if (chair != secretary && !group.MayBeDelegate(chair)) return new Refusal(RuleIds.MK1, RefusalCode.NotADelegate);
        var items = agenda.ItemsOf(meetingId);
        // The secretary convenes in the commands below; the delegate then takes the chair.
        var started = plan.Kind switch
        {
            MeetingKind.DemocraticLifeMeeting => StartDemocraticLife(group, current, meetingId, secretary!, items, now),
            MeetingKind.StudyGroup => StartStudySession(group, current, meetingId, secretary!, items, plan.IsSeminar, now),
            _ => agenda.LiaisonNoticeMissing(group, meetingId, now) is { } missing
                ? missing
                : Start(group, current, meetingId, secretary!, items, now),
        };
        if (started.IsRefused) return started;
        if (new Reminders.GroupClock(group.Profile).Day(now) != plan.Date) return new Refusal(RuleIds.AG2, RefusalCode.NotItsDay);
        // Q3, V4: leave asked from the notice comes in with the meeting, as its roster does.
        return started.Value! with { Place = plan.Place, ChairId = chair, Leave = agenda.LeaveOf(meetingId).CarriedIn() };
    }

    /// <summary>
    /// AG4 "原则上": an item not approved in advance is taken up only when the secretary adds it at the meeting, with the
    /// reason recorded. It is then voted like any other.
    /// </summary>
    public static Result<MeetingEvent> AddItem(this MeetingState m, string actorId, AgendaItem item, string reason, DateTimeOffset now)
    {
        if (m.Ended) return new Refusal(RuleIds.MK1, RefusalCode.MeetingEnded);
        if (actorId != m.Started.SecretaryId) return new Refusal(RuleIds.AG4, RefusalCode.OnlySecretaryDecides);
        if (string.IsNullOrWhiteSpace(reason) || string.IsNullOrWhiteSpace(item.Title) || string.IsNullOrWhiteSpace(item.Id))
            return new Refusal(RuleIds.AG4, RefusalCode.InvalidInput);
        if (m.Item(item.Id) is not null) return new Refusal(RuleIds.AG4, RefusalCode.InvalidInput);
        if (item.Category.IsAboutPeople() && item.Candidates.Count == 0) return new Refusal(RuleIds.V7, RefusalCode.PeopleRequired);
        return new ItemAdded(now, item, actorId, reason.Trim());
    }

    /// <summary>MK1, AG1: the secretary convenes; null when <paramref name="personId"/> may.</summary>
    public static Refusal? MayConvene(PartyGroup group, string? personId) =>
        group.Find(personId)?.Role == Role.Secretary ? null : new Refusal(RuleIds.MK1, RefusalCode.OnlySecretaryConvenes);

    /// <summary>Roll call (Q1, Q7): anyone on the roster checks in once; late arrivals are recorded with their time.</summary>
    public static Result<MeetingEvent> CheckIn(this MeetingState m, string memberId, DateTimeOffset now)
    {
        if (m.Ended) return new Refusal(RuleIds.MK1, RefusalCode.MeetingEnded);
        if (m.Member(memberId) is null) return new Refusal(RuleIds.Q1, RefusalCode.NotOnRoster);
        if (m.IsPresent(memberId)) return new Refusal(RuleIds.Q7, RefusalCode.AlreadyCheckedIn);
        return new MemberCheckedIn(now, memberId);
    }

    /// <summary>Items are voted one by one (V6), so the meeting ends only with no vote left open.</summary>
    public static Result<MeetingEvent> End(this MeetingState m, string actorId, DateTimeOffset now)
    {
        if (m.Ended) return new Refusal(RuleIds.MK1, RefusalCode.MeetingEnded);
        if (m.MayPreside(actorId) is { } notChair) return notChair;
        if (m.OpenItem is not null) return new Refusal(RuleIds.V6, RefusalCode.ItemStillOpen);
        return new MeetingEnded(now);
    }

    /// <summary>MN3: minutes are signed off (签发) by the secretary, once, after the meeting.</summary>
    public static Result<MeetingEvent> SignMinutes(this MeetingState m, string actorId, DateTimeOffset now)
    {
        if (actorId != m.Started.SecretaryId) return new Refusal(RuleIds.MN3, RefusalCode.OnlySecretarySigns);
        if (!m.Ended) return new Refusal(RuleIds.MN3, RefusalCode.MeetingNotEnded);
        if (m.Signature is not null) return new Refusal(RuleIds.MN3, RefusalCode.MinutesAlreadySigned);
        return new MinutesSigned(now, actorId);
    }
}
