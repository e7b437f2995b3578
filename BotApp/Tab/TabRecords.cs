using PartyGroupBot.Bot;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Reminders;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Tab;

/// <summary>A group's year as the bot stored it: the meeting index for the year, each meeting's log folded, the 议题库.</summary>
public sealed class TabRecords(MeetingIndex index, MeetingStore meetings, AgendaStore agendas)
{
    public async Task<IReadOnlyList<CalendarMeeting>> IndexedAsync(TeamGroup team, int year, CancellationToken ct)
    {
        var clock = new GroupClock(team.Stored.Group.Profile);
        var list = new List<CalendarMeeting>();
        await foreach (var m in index.SinceAsync(team.Key, clock.At(new DateOnly(year, 1, 1), 0), ct))
            if (clock.Day(m.StartsAt).Year == year) list.Add(m);
        return list;
    }

    /// <summary>The year's meetings, oldest first, folded from their logs (the record; the index only finds them).</summary>
    public async Task<IReadOnlyList<MeetingState>> MeetingsAsync(TeamGroup team, int year, CancellationToken ct)
    {
        var states = new List<MeetingState>();
        foreach (var m in await IndexedAsync(team, year, ct))
            if (await meetings.LoadAsync(team.MeetingPartition(m.Id), ct) is { } state) states.Add(state);
        return states;
    }

    public Task<MeetingState?> MeetingAsync(TeamGroup team, string meetingId, CancellationToken ct) =>
        meetings.LoadAsync(team.MeetingPartition(meetingId), ct);

    public Task<ChainReport> VerifyAsync(TeamGroup team, string meetingId, CancellationToken ct) =>
        meetings.VerifyAsync(team.MeetingPartition(meetingId), ct);

    /// <summary>The sequence of the MinutesSigned event in the meeting's log, -1 when unsigned.</summary>
    public async Task<int> SignedSequenceAsync(TeamGroup team, string meetingId, CancellationToken ct) =>
        (await meetings.ReadAsync(team.MeetingPartition(meetingId), ct)).Events.ToList().FindIndex(e => e is MinutesSigned);

    public Task<AgendaState> AgendaAsync(TeamGroup team, CancellationToken ct) => agendas.LoadAsync(team.Key, ct);
}
