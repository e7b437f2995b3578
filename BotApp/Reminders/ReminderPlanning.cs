using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Reminders;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Reminders;

/// <summary>
/// Plans each group's reminders from what storage knows and stores those due from a day ago to a little ahead.
/// Stable ids make every pass idempotent, so several instances may plan at once. The calendar is what storage
/// knows: meetings scheduled on the agenda (安排会议), every meeting the group started in the period that can still
/// matter (the meeting index, with seminar flag, end and signature), and the decisions recorded with owner and due
/// date (IM1) and their completion (IM2).
/// </summary>
public sealed class ReminderPlanning(
    ReminderGroupKeys keys, GroupStore groups, MeetingStore meetings, MeetingIndex index, AgendaStore agendas,
    ReminderScheduler scheduler, ReminderClock clock, ReminderOptions options, ILogger<ReminderPlanning> log)
{
    public async Task<int> PlanAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var after = now - options.PlanLookBack;
        var stored = 0;
        await foreach (var key in keys.AllAsync(ct))
        {
            try
            {
                var group = await groups.GetAsync(key, ct);
                if (group is null) continue;
                var profile = group.Group.Profile;
                var groupClock = new GroupClock(profile);
                var agenda = await agendas.LoadAsync(key, ct);
                var started = await StartedAsync(key, group, CalendarMeetings.RelevantSince(groupClock, after), ct);
                var calendar = new GroupCalendar(profile, CalendarMeetings.Merge(agenda.Meetings, started, groupClock), agenda.Tracked());
                var planned = ReminderPlanner.Between(calendar, after, now + options.PlanAhead);
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

    /// <summary>
    /// The index's meetings, and the group's current one read from its log: the index follows the log, so a write it
    /// missed (storage away for a moment) never hides the meeting in progress or its end.
    /// </summary>
    private async Task<List<CalendarMeeting>> StartedAsync(GroupKey key, StoredGroup group, DateTimeOffset since, CancellationToken ct)
    {
        var started = new List<CalendarMeeting>();
        await foreach (var m in index.SinceAsync(key, since, ct)) started.Add(m);
        if (group.ActiveMeetingId is { } id && await meetings.LoadAsync(key.Meeting(id), ct) is { } state)
        {
            started.RemoveAll(m => m.Id == id);
            started.Add(new CalendarMeeting(id, state.Kind, state.Started.At, state.Started.At)
            {
                IsSeminar = state.IsSeminar, EndedAt = state.EndedAt, MinutesSignedAt = state.Signature?.At,
            });
        }
        return started;
    }
}
