using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Core;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>Convening, roll call and ending a party group meeting (MK1, Q1, Q7).</summary>
public sealed class MeetingHandler(
    TeamGroups teamGroups, MeetingStore meetings,
    TimeProvider clock, ScheduledMeetings scheduled, MeetingIndex index, MeetingOpener opener, AgendaStore agendas, CurrentCards current,
    VerbTurn turns)
{
    /// <summary>
    /// "开始会议": today's scheduled meetings the actor convenes (the secretary, or the chair the secretary delegated,
    /// MK1), and for the secretary the approved topics no meeting has taken, to start an unscheduled meeting with (AG4).
    /// </summary>
    public async Task<JObject> ShowStartCardAsync(TurnScope scope, CancellationToken ct)
    {
        var found = await teamGroups.FindAsync(scope, ct);
        if (found.IsRefused) return Refusals.Card(scope, found.Refusal, null);
        var group = found.Value.Stored.Group;
        var today = await scheduled.TodayAsync(found.Value, MeetingKind.PartyGroupMeeting, scope.ActorId, ct);
        var refusal = Meeting.MayConvene(group, scope.ActorId);
        if (refusal is not null && today.Count == 0) return Refusals.Card(scope, refusal, group.Profile);
        if (refusal is not null) return ScheduledStartCard.Build(scope.Texts, today, null, Verbs.StartMeeting);
        var agenda = await agendas.LoadAsync(found.Value.Key, ct);
        var unscheduled = StartMeetingCard.Build(scope.Texts, agenda.Topics.Where(x => x.IsSchedulable && x.Emergency is null).ToList());
        return today.Count == 0 ? unscheduled : ScheduledStartCard.Build(scope.Texts, today, unscheduled, Verbs.StartMeeting);
    }

    /// <summary>
    /// With a meetingId, the meeting scheduled in the 议题库 (AG2, AG4, AG5, MK1, Q5); with itemIds, an unscheduled meeting
    /// of approved topics, planned for now so the same rules apply (AG4). Typed-in items are no longer taken: a topic that
    /// arises on the day is proposed as a 临时议题 with its reason, and every category rule applies to it.
    /// </summary>
    public Task<JObject> StartAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        var actor = scope.ActorId ?? "";
        var scheduledId = data["meetingId"] is { Length: > 0 } id ? id : null;
        var itemIds = (data["itemIds"] ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return turns.RunAsync(turn, scope, new Verb<PartyGroup, MeetingState>(
            // The role first for a meeting nobody scheduled; a scheduled one is checked against its plan (MK1).
            Load: (team, _) =>
            {
                var group = team.Stored.Group;
                return Task.FromResult(
                    scheduledId is not null ? group
                    : Meeting.MayConvene(group, actor) is { } notSecretary ? Step<PartyGroup>.Refused(notSecretary, group.Profile)
                    : itemIds.Length == 0 ? Step<PartyGroup>.Refused(new Refusal(RuleIds.AG4, RefusalCode.ItemNotApproved), group.Profile)
                    : (Step<PartyGroup>)group);
            },
            RunAndStore: async (team, group, c) =>
            {
                var meetingId = scheduledId;
                if (meetingId is null)
                {
                    // A meeting nobody scheduled is planned for now, so the same rules apply (AG4).
                    var newId = meetingId = $"{LocalTime.In(clock.GetUtcNow(), group.Profile):yyyyMMdd}-{Guid.NewGuid().ToString("N")[..8]}";
                    var planned = await agendas.RunAsync(team.Key, a => a.ScheduleNow(group, actor, newId, itemIds, clock.GetUtcNow()), c);
                    if (planned.IsRefused) return Step<MeetingState>.Refused(planned.Refusal, group.Profile);
                }
                return await (await scheduled.CheckAsync(team, actor, meetingId, MeetingKind.PartyGroupMeeting, c))
                    .ThenAsync(agenda => opener.OpenAsync(turn, scope, team, agenda, meetingId, c));
            },
            Outcome: (done, _) => Task.FromResult<Outcome>(RollCallCard.Build(scope.Texts, done.State))), ct);
    }

    public Task<JObject> CheckInAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct) =>
        turns.OnMeetingAsync(turn, scope, data["meetingId"], m => m.CheckIn(scope.ActorId ?? "", clock.GetUtcNow()),
            (done, _) => Task.FromResult(ForEveryone.Answering(RollCallCard.Build(scope.Texts, done.State),
                c => current.ForEveryoneAsync(Verbs.CheckIn, scope, data, c))), ct);

    /// <summary>By card (endMeeting) or by typing "end meeting" (meetingId null: the group's current meeting).</summary>
    public Task<JObject> EndAsync(ITurnContext turn, TurnScope scope, string? meetingId, CancellationToken ct) =>
        turns.RunAsync(turn, scope, new Verb<string, MeetingState>(
            Load: async (team, c) => (meetingId ?? (await CurrentAsync(team, c))?.Id) is { } id
                ? id
                : Step<string>.Answered(NoticeCard.Build(scope.Texts["ended.title"], scope.Texts["notice.noActiveMeeting"])),
            RunAndStore: turns.StoreOnMeeting(m => m.End(scope.ActorId ?? "", clock.GetUtcNow()),
                alsoStore: (team, ended, c) => index.SaveAsync(team.Key, ended, c)),
            Outcome: async (done, c) =>
            {
                var (team, state) = (done.Team, done.State);
                // MN5: the secretary chairs, so the draft also carries the chair's choice of who briefs absent members.
                var draft = await agendas.DraftCardAsync(scope.Texts, team, state, c);
                var secretary = state.Member(state.Started.SecretaryId)?.Name ?? "";
                var answer = SessionEndedCard.Build(scope.Texts, state, secretary)
                    ?? NoticeCard.Build(scope.Texts["ended.title"], scope.Texts.Format("ended.text", secretary));
                return new Outcome(answer, [new ToMember(state.Started.SecretaryId, draft)]);
            }), ct);

    /// <summary>"会议状态" / "status": the roll call of the meeting in progress, to recover lost cards.</summary>
    public async Task<JObject> StatusAsync(TurnScope scope, CancellationToken ct)
    {
        var found = await teamGroups.FindAsync(scope, ct);
        if (found.IsRefused) return Refusals.Card(scope, found.Refusal, null);
        return await CurrentAsync(found.Value, ct) is { } current
            ? RollCallCard.Build(scope.Texts, current)
            : NoticeCard.Build(scope.Texts["rollcall.title"], scope.Texts["notice.noActiveMeeting"]);
    }

    /// <summary>The team's meeting in progress, if any: the latest one, not yet ended.</summary>
    private async Task<MeetingState?> CurrentAsync(TeamGroup team, CancellationToken ct)
    {
        if (team.Stored.ActiveMeetingId is not { } id) return null;
        var state = await meetings.LoadAsync(team.MeetingPartition(id), ct);
        return state is { Ended: false } ? state : null;
    }
}
