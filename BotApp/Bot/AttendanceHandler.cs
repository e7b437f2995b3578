using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Core;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>
/// Leave and written opinions (Q3, V4), leaving early (Q7) and recusal (Q4). Leave is asked from the notice: until the
/// meeting opens it lives in the 议题库 log (<see cref="LeaveBeforeMeeting"/>); once the meeting's own log exists, the
/// meeting's commands decide, on what its start carried in.
/// </summary>
public sealed class AttendanceHandler(
    MeetingRunner runner, MeetingStore meetings, AgendaStore agendas, PersonGroups personGroups, Messenger messenger, TimeProvider clock,
    VerbTurn turns)
{
    /// <summary>"请假" / "request leave": the team's notified meetings not yet opened, to ask leave for one (Q3). In the
    /// personal chat, those of the person's group in the tenant that has any; with several such groups, each meeting's
    /// own notice carries the button.</summary>
    public async Task<JObject> ShowLeaveFormAsync(TurnScope scope, CancellationToken ct)
    {
        IReadOnlyList<TeamGroup> teams;
        if (scope is { Group: null, TenantId: { } tenant, ActorId: { } actor }) teams = await personGroups.OfAsync(tenant, actor, ct);
        else
        {
            var (team, refused) = await runner.TeamAsync(scope, ct);
            if (team is null) return refused!;
            teams = [team];
        }
        var offered = new List<(TeamGroup Team, List<MeetingScheduled> Open)>();
        foreach (var team in teams)
            if (await OpenForLeaveAsync(team, ct) is { Count: > 0 } open) offered.Add((team, open));
        return offered.Count switch
        {
            1 => LeaveRequestCard.Build(scope.Texts, offered[0].Team.Key.TeamId, offered[0].Open),
            0 => NoticeCard.Build(scope.Texts["leave.title"], scope.Texts["leave.noneOpen"]),
            _ => NoticeCard.Build(scope.Texts["leave.title"], scope.Texts["leave.fromEachNotice"]),
        };
    }

    /// <summary>Q3: the team's meetings notified for today or later whose roll call is not posted yet.</summary>
    private async Task<List<MeetingScheduled>> OpenForLeaveAsync(TeamGroup team, CancellationToken ct)
    {
        var agenda = await agendas.LoadAsync(team.Key, ct);
        var open = new List<MeetingScheduled>();
        foreach (var plan in agenda.NotifiedFromToday(team.Stored.Group, clock.GetUtcNow()))
            if (await meetings.LoadAsync(team.MeetingPartition(plan.MeetingId), ct) is null) open.Add(plan);
        return open;
    }

    /// <summary>Q3: asked from the notice (or the form) until the roll call is posted; refused after that.</summary>
    public async Task<JObject> RequestLeaveAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        scope = scope.InTeam(data["teamId"]);
        var actor = scope.ActorId ?? "";
        var reason = data["reason"] ?? "";
        var now = clock.GetUtcNow();
        if (await OpenedAsync(scope, data["meetingId"], ct) is { } opened)
            return opened.Refusal ?? Refusals.Card(scope, opened.State!.RequestLeave(actor, reason, now).Refusal!, opened.Team!.Stored.Group.Profile);
        var (team, refused) = await runner.TeamAsync(scope, ct);
        if (team is null) return refused!;
        var group = team.Stored.Group;
        var ran = await agendas.RunAsync(team.Key, a => a.RequestLeave(group, data["meetingId"], actor, reason, now), ct);
        if (ran.IsRefused) return Refusals.Card(scope, ran.Refusal!, group.Profile);
        var agenda = ran.Value!;
        var plan = agenda.Meeting(data["meetingId"])!;
        var approver = agenda.LeaveApprover(plan.MeetingId, group)!;
        var zh = Texts.Texts.Chinese;
        await messenger.SendToMemberAsync(turn, team, approver,
            LeaveApprovalCard.Build(zh, plan.MeetingId, team.Key.TeamId, actor, group.Find(actor)?.Name ?? actor, reason.Trim(), LeaveRequestCard.Label(zh, plan)), ct);
        return NoticeCard.Build(scope.Texts["leave.title"], scope.Texts.Format("leave.sent", group.Find(approver)?.Name ?? ""));
    }

    /// <summary>
    /// The approver approves (Q3): before the meeting opens, in the 议题库 log; once it has, in the meeting's. The member is
    /// told and asked for a written opinion (<see cref="EventDeliveries.LeaveApproved(TeamGroup, AgendaState, MeetingScheduled, string)"/>).
    /// </summary>
    public Task<JObject> ApproveLeaveAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        scope = scope.InTeam(data["teamId"]);
        var (approver, meetingId, member, now) = (scope.ActorId ?? "", data["meetingId"], data["member"] ?? "", clock.GetUtcNow());
        var texts = scope.Texts;
        return turns.RunAsync(turn, scope, new Verb<Opened, LeaveDecided>(
            Load: async (team, c) => string.IsNullOrEmpty(meetingId)
                ? Step<Opened>.Refused(new Refusal(RuleIds.Q3, RefusalCode.InvalidInput), null)
                : new Opened(await meetings.LoadAsync(team.MeetingPartition(meetingId), c)),
            RunAndStore: async (team, opened, c) =>
            {
                var group = team.Stored.Group;
                // Q3: a request still waiting when the meeting opened is decided at the meeting.
                if (opened.Meeting is not null)
                {
                    var atMeeting = await meetings.RunAsync(team.MeetingPartition(meetingId!), m => m.ApproveLeave(approver, member, now), c);
                    return atMeeting.IsRefused ? Step<LeaveDecided>.Refused(atMeeting.Refusal, group.Profile) : new LeaveDecided(atMeeting.Value, null);
                }
                var before = await agendas.RunAsync(team.Key, a => a.ApproveLeave(group, approver, meetingId, member, now), c);
                return before.IsRefused ? Step<LeaveDecided>.Refused(before.Refusal, group.Profile) : new LeaveDecided(null, before.Value);
            },
            Outcome: (done, _) =>
            {
                var (team, decided) = (done.Team, done.State);
                if (decided.Meeting is { } state)
                    return Task.FromResult(new Outcome(Approved(texts, state.Kind, state.Member(member)?.Name ?? member),
                        EventDeliveries.LeaveApproved(team, state, member)));
                var plan = decided.Agenda!.Meeting(meetingId)!;
                return Task.FromResult(new Outcome(Approved(texts, plan.Kind, team.Stored.Group.Find(member)?.Name ?? member),
                    EventDeliveries.LeaveApproved(team, decided.Agenda, plan, member)));
            }), ct);
    }

    /// <summary>The meeting's own log when it has opened; null while it is only notified.</summary>
    private sealed record Opened(MeetingState? Meeting);

    /// <summary>Leave decided in the meeting's log, or in the 议题库's before the meeting opened.</summary>
    private sealed record LeaveDecided(MeetingState? Meeting, AgendaState? Agenda);

    /// <summary>Q3: the approver refuses with a reason; the member is told it privately, and may ask again before the meeting opens.</summary>
    public async Task<JObject> RefuseLeaveAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        scope = scope.InTeam(data["teamId"]);
        var member = data["member"] ?? "";
        var reason = data["reason"] ?? "";
        var now = clock.GetUtcNow();
        string? label = null;
        TeamGroup team;
        if (await OpenedAsync(scope, data["meetingId"], ct) is { } opened)
        {
            if (opened.Refusal is not null) return opened.Refusal;
            var ran = await runner.RunAsync(scope, data["meetingId"], m => m.RefuseLeave(scope.ActorId ?? "", member, reason, now), ct);
            if (ran.Refusal is not null) return ran.Refusal;
            team = ran.Team!;
        }
        else
        {
            var (found, refused) = await runner.TeamAsync(scope, ct);
            if (found is null) return refused!;
            team = found;
            var group = team.Stored.Group;
            var ran = await agendas.RunAsync(team.Key, a => a.RefuseLeave(group, scope.ActorId ?? "", data["meetingId"], member, reason, now), ct);
            if (ran.IsRefused) return Refusals.Card(scope, ran.Refusal!, group.Profile);
            label = LeaveRequestCard.Label(Texts.Texts.Chinese, ran.Value!.Meeting(data["meetingId"])!);
        }
        var zh = Texts.Texts.Chinese;
        await messenger.SendToMemberAsync(turn, team, member,
            NoticeCard.Build(zh["leave.title"], zh.Format(label is null ? "leave.refusedAtMeeting" : "leave.refusedToMember", reason.Trim(), label ?? "")), ct);
        return NoticeCard.Build(scope.Texts["leave.approvalTitle"],
            scope.Texts.Format("leave.refused", team.Stored.Group.Find(member)?.Name ?? member, reason.Trim()));
    }

    /// <summary>V4: before the meeting the opinion goes into the 议题库 log, carried in at the start; then into the meeting's.</summary>
    public async Task<JObject> SubmitOpinionAsync(TurnScope scope, CardData data, CancellationToken ct)
    {
        scope = scope.InTeam(data["teamId"]);
        var actor = scope.ActorId ?? "";
        var text = data["opinion"] ?? "";
        var now = clock.GetUtcNow();
        if (await OpenedAsync(scope, data["meetingId"], ct) is { } opened)
        {
            if (opened.Refusal is not null) return opened.Refusal;
            var ran = await runner.RunAsync(scope, data["meetingId"], m => m.SubmitWrittenOpinion(actor, data["itemId"], text, now), ct);
            return ran.Refusal ?? NoticeCard.Build(scope.Texts["opinion.label"], scope.Texts["opinion.recorded"]);
        }
        var (team, refused) = await runner.TeamAsync(scope, ct);
        if (team is null) return refused!;
        var added = await agendas.RunAsync(team.Key, a => a.SubmitWrittenOpinion(data["meetingId"], actor, data["itemId"], text, now), ct);
        return added.IsRefused
            ? Refusals.Card(scope, added.Refusal, team.Stored.Group.Profile)
            : NoticeCard.Build(scope.Texts["opinion.label"], scope.Texts["opinion.recorded"]);
    }

    /// <summary>The meeting's own log when it has opened (or the refusal to answer with); null while it is only notified.</summary>
    private async Task<Ran<MeetingState>?> OpenedAsync(TurnScope scope, string? meetingId, CancellationToken ct)
    {
        var (team, refused) = await runner.TeamAsync(scope, ct);
        if (team is null) return new Ran<MeetingState>(null, refused, null);
        if (string.IsNullOrEmpty(meetingId)) return new Ran<MeetingState>(null, Refusals.Card(scope, new Refusal(RuleIds.Q3, RefusalCode.InvalidInput), null), team);
        var state = await meetings.LoadAsync(team.MeetingPartition(meetingId), ct);
        return state is null ? null : new Ran<MeetingState>(state, null, team);
    }

    private static JObject Approved(Texts.Texts t, MeetingKind kind, string name) => kind switch
    {
        MeetingKind.DemocraticLifeMeeting => NoticeCard.Build(t["leave.approvalTitle"], t.Format("session.leave.approved", name)),
        MeetingKind.StudyGroup => NoticeCard.Build(t["leave.approvalTitle"], t.Format("session.leave.approvedStudy", name)),
        _ => NoticeCard.Build(t["leave.approvalTitle"], t.Format("leave.approved", name)),
    };

    /// <summary>Q7: a member leaves early; everyone's roll call shows it.</summary>
    public Task<JObject> LeaveMeetingAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct) =>
        turns.OnMeetingAsync(turn, scope, data["meetingId"], m => m.Leave(scope.ActorId ?? "", clock.GetUtcNow()),
            (done, _) => Task.FromResult(ForEveryone.Answering(RollCallCard.Build(scope.Texts, done.State))), ct);

    /// <summary>"回避" / "recuse": the recusal form; the chair's also lets them rule one for a member.</summary>
    public async Task<JObject> ShowRecusalFormAsync(TurnScope scope, CancellationToken ct)
    {
        var (team, refused) = await runner.TeamAsync(scope, ct);
        if (team is null) return refused!;
        var state = team.Stored.ActiveMeetingId is { } id ? await meetings.LoadAsync(team.MeetingPartition(id), ct) : null;
        if (state is null) return NoticeCard.Build(scope.Texts["recusal.title"], scope.Texts["notice.noActiveMeeting"]);
        return RecusalCard.Build(scope.Texts, state, forChair: scope.ActorId == state.ChairId);
    }

    public async Task<JObject> RecuseAsync(TurnScope scope, CardData data, bool ruledByChair, CancellationToken ct)
    {
        var actor = scope.ActorId ?? "";
        var member = ruledByChair ? data["member"] ?? "" : actor;
        var ran = await runner.RunAsync(scope, data["meetingId"],
            m => m.Recuse(actor, data["itemId"], member, data["reason"] ?? "", clock.GetUtcNow()), ct);
        if (ran.Refusal is not null) return ran.Refusal;
        var item = ran.State!.Item(data["itemId"])!;
        return NoticeCard.Build(scope.Texts["recusal.title"],
            scope.Texts.Format("recusal.recorded", ran.State.Member(member)?.Name ?? member, item.Item.Title));
    }
}
