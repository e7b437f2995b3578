using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Core;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Reminders;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>Meetings scheduled in the 议题库, as the start card offers them and as startMeeting with a meetingId opens them.</summary>
public sealed class ScheduledMeetings(AgendaStore agendas, MeetingStore meetings, TimeProvider clock, ILogger<ScheduledMeetings> log)
{
    /// <summary>The team's meetings of a kind scheduled for today (China Standard Time) and not yet started, earliest
    /// first; with a convener, only those they convene: all for the secretary, their own for a delegated chair (MK1).</summary>
    public async Task<IReadOnlyList<(MeetingScheduled Plan, IReadOnlyList<AgendaItem> Items)>> TodayAsync(
        TeamGroup team, MeetingKind kind, string? convener, CancellationToken ct)
    {
        var today = new GroupClock(team.Stored.Group.Profile).Day(clock.GetUtcNow());
        var agenda = await agendas.LoadAsync(team.Key, ct);
        var secretary = team.Stored.Group.Find(convener)?.Role == Role.Secretary;
        var found = new List<(MeetingScheduled, IReadOnlyList<AgendaItem>)>();
        foreach (var plan in agenda.Meetings.Where(m => m.Date == today && m.Kind == kind).OrderBy(m => m.Time)
                     .Where(m => convener is null || secretary || agenda.ChairOf(m.MeetingId) == convener))
            if (await meetings.LoadAsync(team.MeetingPartition(plan.MeetingId), ct) is null)
                found.Add((plan, agenda.ItemsOf(plan.MeetingId)));
        return found;
    }

    /// <summary>
    /// Before the scheduled meeting is started: its agenda, or why not. A meeting id of another team, or of a meeting of
    /// another kind than the verb starts, finds nothing; it starts only once. Who convenes and on which day is Core's
    /// <see cref="Meeting.Start(PartyGroupBot.Core.Groups.PartyGroup, MeetingState?, AgendaState, string, string, DateTimeOffset)"/>.
    /// </summary>
    public async Task<Step<AgendaState>> CheckAsync(TeamGroup team, string? actorId, string meetingId, MeetingKind kind, CancellationToken ct)
    {
        var group = team.Stored.Group;
        var agenda = await agendas.LoadAsync(team.Key, ct);
        // The role first where the meeting exists, so nobody else learns anything from how the rest is checked.
        if (agenda.Meeting(meetingId) is { } plan && plan.Kind == kind)
        {
            if (actorId != agenda.ChairOf(meetingId) && Convening.MayConvene(group, actorId, kind) is { } refusal)
                return Step<AgendaState>.Refused(refusal, group.Profile);
        }
        else
        {
            if (Convening.MayConvene(group, actorId, kind) is { } refusal) return Step<AgendaState>.Refused(refusal, group.Profile);
            return Step<AgendaState>.Refused(new Core.Refusal(Convening.RuleOf(kind), Core.RefusalCode.MeetingNotFound), group.Profile);
        }
        if (await meetings.LoadAsync(team.MeetingPartition(meetingId), ct) is not null) return AlreadyStarted<AgendaState>(team);
        return agenda;
    }

    /// <summary>MK1: a meeting starts once; a second click (or a second secretary) hears that it has.</summary>
    public static Step<T> AlreadyStarted<T>(TeamGroup team) where T : class =>
        Step<T>.Refused(new Core.Refusal(RuleIds.MK1, Core.RefusalCode.MeetingAlreadyStarted), team.Stored.Group.Profile, "agenda.start.alreadyStarted");

    /// <summary>Q5: the plan's observers join the started meeting, named from the group or the team roster. Anyone already
    /// on the meeting's roster (a non-voting group member) attends in their own role.</summary>
    public async Task<MeetingState> DesignateObserversAsync(
        ITurnContext turn, TeamGroup team, MeetingScheduled plan, MeetingState state, CancellationToken ct)
    {
        var pending = plan.ObserverIds.Where(o => state.Member(o) is null).ToList();
        if (pending.Count == 0) return state;
        var roster = (await Roster.ReadAsync(turn, ct)).ToDictionary(p => p.AadObjectId, p => p.Name);
        foreach (var id in pending)
        {
            var name = team.Stored.Group.Find(id)?.Name ?? roster.GetValueOrDefault(id);
            if (name is null)
            {
                log.LogWarning("Observer {Observer} of meeting {Meeting} is no longer in the team", id, plan.MeetingId);
                continue;
            }
            var ran = await meetings.RunAsync(team.MeetingPartition(plan.MeetingId),
                m => m.DesignateObserver(state.ChairId, id, name, clock.GetUtcNow()), ct);
            if (ran.IsRefused) log.LogWarning("Observer {Observer} not designated: {Code}", id, ran.Refusal.Code);
            else state = ran.Value;
        }
        return state;
    }
}
