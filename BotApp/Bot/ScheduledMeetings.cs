using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>Meetings scheduled in the 议题库, as the start card offers them and as startMeeting with a meetingId opens them.</summary>
public sealed class ScheduledMeetings(AgendaStore agendas, MeetingStore meetings, TimeProvider clock, ILogger<ScheduledMeetings> log)
{
    /// <summary>The team's meetings of a kind scheduled for today (China Standard Time) and not yet started, earliest first.</summary>
    public async Task<IReadOnlyList<(MeetingScheduled Plan, IReadOnlyList<AgendaItem> Items)>> TodayAsync(
        TeamGroup team, MeetingKind kind, CancellationToken ct)
    {
        var today = Today(team);
        var agenda = await agendas.LoadAsync(team.Key, ct);
        var found = new List<(MeetingScheduled, IReadOnlyList<AgendaItem>)>();
        foreach (var plan in agenda.Meetings.Where(m => m.Date == today && m.Kind == kind).OrderBy(m => m.Time))
            if (await meetings.LoadAsync(team.MeetingPartition(plan.MeetingId), ct) is null)
                found.Add((plan, agenda.ItemsOf(plan.MeetingId)));
        return found;
    }

    /// <summary>
    /// Before the scheduled meeting is started: its agenda, or why not. Only the secretary convenes (MK1, MK2, MK3); a
    /// meeting id of another team, or of a meeting of another kind than the verb starts, finds nothing; the meeting starts
    /// on its day only, and only once.
    /// </summary>
    public async Task<(AgendaState? Agenda, JObject? Refusal)> CheckAsync(
        TurnScope scope, TeamGroup team, string meetingId, MeetingKind kind, CancellationToken ct)
    {
        var group = team.Stored.Group;
        if (Convening.MayConvene(group, scope.ActorId, kind) is { } refusal) return (null, MeetingRunner.Refused(scope, refusal, group.Profile));
        var agenda = await agendas.LoadAsync(team.Key, ct);
        if (agenda.Meeting(meetingId) is not { } plan || plan.Kind != kind)
            return (null, MeetingRunner.Refused(scope, new Core.Refusal(Convening.RuleOf(kind), Core.RefusalCode.MeetingNotFound), group.Profile));
        if (plan.Date != Today(team))
            return (null, AgendaHandler.Refuse(scope.Texts, "agenda.start.notToday", "AG2", group.Profile, plan.Date.ToString("yyyy-MM-dd")));
        if (await meetings.LoadAsync(team.MeetingPartition(meetingId), ct) is not null)
            return (null, AlreadyStarted(scope, team));
        return (agenda, null);
    }

    public static JObject AlreadyStarted(TurnScope scope, TeamGroup team) =>
        AgendaHandler.Refuse(scope.Texts, "agenda.start.alreadyStarted", "MK1", team.Stored.Group.Profile);

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
            if (ran.IsRefused) log.LogWarning("Observer {Observer} not designated: {Code}", id, ran.Refusal!.Code);
            else state = ran.Value!;
        }
        return state;
    }

    private DateOnly Today(TeamGroup team) =>
        DateOnly.FromDateTime(LocalTime.In(clock.GetUtcNow(), team.Stored.Group.Profile).DateTime);
}
