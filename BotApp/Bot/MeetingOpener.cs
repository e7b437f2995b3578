using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Core;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>
/// Opens a meeting of any kind (MK1–MK3), scheduled in the 议题库 or not, for the verb to answer with its roll call. The group's
/// pointer to its current meeting is claimed under its ETag first, so two secretaries' clicks cannot open two meetings.
/// </summary>
public sealed class MeetingOpener(GroupStore groups, MeetingStore meetings, MeetingIndex index, ScheduledMeetings scheduled, TimeProvider clock)
{
    /// <summary>A meeting scheduled in the 议题库 (planned ahead, or just now for an unscheduled one).</summary>
    public Task<Step<MeetingState>> OpenAsync(ITurnContext turn, TurnScope scope, TeamGroup team, AgendaState agenda, string scheduledId, CancellationToken ct) =>
        OpenAsync(turn, scope, team, agenda, scheduledId, (_, _, _, _) => throw new InvalidOperationException("A scheduled meeting starts from its plan."), ct);

    /// <param name="agenda">The 议题库 holding the scheduled meeting <paramref name="scheduledId"/>; null for one nobody scheduled.</param>
    /// <param name="unscheduled">Starts a meeting nobody scheduled, from what its form gave: (group, current meeting, new id, now).</param>
    public async Task<Step<MeetingState>> OpenAsync(
        ITurnContext turn, TurnScope scope, TeamGroup team, AgendaState? agenda, string? scheduledId,
        Func<PartyGroup, MeetingState?, string, DateTimeOffset, Result<MeetingStarted>> unscheduled, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var stored = (await groups.GetAsync(team.Key, ct))!;
            var current = stored.ActiveMeetingId is { } active ? await meetings.LoadAsync(team.MeetingPartition(active), ct) : null;
            var meetingId = scheduledId ?? clock.GetUtcNow().ToString("yyyyMMddHHmmss") + "-" + Guid.NewGuid().ToString("N")[..6];
            var started = agenda is null
                ? unscheduled(stored.Group, current, meetingId, clock.GetUtcNow())
                : Meeting.Start(stored.Group, current, agenda, meetingId, scope.ActorId ?? "", clock.GetUtcNow());
            if (started.IsRefused) return Step<MeetingState>.Refused(started.Refusal, stored.Group.Profile);
            if (!await groups.TrySetActiveMeetingAsync(team.Key, meetingId, stored.ETag, ct)) continue;
            var partition = team.MeetingPartition(meetingId);
            var created = await meetings.CreateAsync(partition, started.Value, ct);
            if (!created && agenda is not null) return ScheduledMeetings.AlreadyStarted<MeetingState>(team);
            var state = (await meetings.LoadAsync(partition, ct))!;
            await index.SaveAsync(team.Key, state, ct);
            if (agenda is not null) state = await scheduled.DesignateObserversAsync(turn, team, agenda.Meeting(meetingId)!, state, ct);
            return state;
        }
        throw new StorageUnavailableException("The group kept changing while the meeting was being started.");
    }
}
