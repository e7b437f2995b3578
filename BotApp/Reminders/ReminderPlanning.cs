using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Reminders;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Reminders;

/// <summary>
/// Plans each group's reminders from what storage knows and stores those due from a day ago to a little ahead.
/// Stable ids make every pass idempotent, so several instances may plan at once. The calendar is what storage
/// knows: meetings scheduled on the agenda (安排会议), the current meeting's end and signature, and the decisions
/// recorded with owner and due date (IM1) and their completion (IM2). A study session started in Teams joins it
/// with its seminar flag, a democratic life meeting with its end (DL6).
/// </summary>
public sealed class ReminderPlanning(
    ReminderGroupKeys keys, GroupStore groups, MeetingStore meetings, AgendaStore agendas,
    ReminderScheduler scheduler, ReminderClock clock, ReminderOptions options, ILogger<ReminderPlanning> log)
{
    public async Task<int> PlanAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var stored = 0;
        await foreach (var key in keys.AllAsync(ct))
        {
            try
            {
                var group = await groups.GetAsync(key, ct);
                if (group is null) continue;
                var profile = group.Group.Profile;
                var agenda = await agendas.LoadAsync(key, ct);
                var calendar = new GroupCalendar(profile, await MeetingsAsync(key, group, agenda, new GroupClock(profile), ct), Decisions(agenda));
                var planned = ReminderPlanner.Between(calendar, now - options.PlanLookBack, now + options.PlanAhead);
                stored += await scheduler.ScheduleAsync(key, group.Group, planned, ct);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                // One group's bad data must not hold up every other group's reminders.
                log.LogWarning(ex, "Could not plan reminders for team {Team}", key.TeamId);
            }
        }
        return stored;
    }

    private async Task<IReadOnlyList<CalendarMeeting>> MeetingsAsync(
        GroupKey key, StoredGroup group, AgendaState agenda, GroupClock clock, CancellationToken ct)
    {
        var byId = agenda.Meetings.ToDictionary(m => m.MeetingId, m =>
            new CalendarMeeting(m.MeetingId, MeetingKind.PartyGroupMeeting, clock.At(m.Date, m.Time), m.At) { Title = "党组会议" });
        if (group.ActiveMeetingId is { } id && await meetings.LoadAsync(key.Meeting(id), ct) is { } state)
        {
            // A meeting opened by "start meeting" without a schedule was announced when it started.
            var meeting = byId.GetValueOrDefault(id)
                ?? new CalendarMeeting(id, state.Started.Kind, state.Started.At, state.Started.At) { Title = TitleOf(state.Started.Kind) };
            // B22(1), PD1: a seminar held counts for its two months, or the secretary is chased for one already held.
            meeting = meeting with { IsSeminar = state.IsSeminar };
            byId[id] = meeting with { EndedAt = state.EndedAt, MinutesSignedAt = state.Signature?.At };
        }
        return byId.Values.ToList();
    }

    /// <summary>A superseded decision is not followed up: the one that replaced it is (IM1); a completed one is chased no more (IM2).</summary>
    private static IReadOnlyList<TrackedDecision> Decisions(AgendaState agenda) => agenda.Tracked();

    private static string TitleOf(MeetingKind kind) => kind switch
    {
        MeetingKind.DemocraticLifeMeeting => "民主生活会",
        MeetingKind.StudyGroup => "理论学习中心组学习",
        _ => "党组会议",
    };
}
