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
    TeamGroups teamGroups, MeetingStore meetings, AgendaStore agendas, PersonGroups personGroups, TimeProvider clock,
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
            var (team, refused) = await teamGroups.FindOrRefuseAsync(scope, ct);
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
    public Task<JObject> RequestLeaveAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        scope = scope.InTeam(data["teamId"]);
        var (actor, meetingId, reason, now) = (scope.ActorId ?? "", data["meetingId"], data["reason"] ?? "", clock.GetUtcNow());
        return turns.RunAsync(turn, scope, BeforeOrAtMeeting(meetingId,
            // Always refused once the meeting's log exists: not coming is then 缺席, going is leaving early (Q7).
            m => m.RequestLeave(actor, reason, now),
            (team, a) => a.RequestLeave(team.Stored.Group, meetingId, actor, reason, now),
            done =>
            {
                var (team, group, zh) = (done.Team, done.Team.Stored.Group, Texts.Texts.Chinese);
                var plan = done.State.Agenda!.Meeting(meetingId)!;
                var approver = done.State.Agenda.LeaveApprover(plan.MeetingId, group)!;
                var approval = LeaveApprovalCard.Build(zh, plan.MeetingId, team.Key.TeamId, actor, group.Find(actor)?.Name ?? actor, reason.Trim(),
                    LeaveRequestCard.Label(zh, plan));
                return new Outcome(NoticeCard.Build(scope.Texts["leave.title"], scope.Texts.Format("leave.sent", group.Find(approver)?.Name ?? "")),
                    [new ToMember(approver, approval)]);
            }), ct);
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
        return turns.RunAsync(turn, scope, BeforeOrAtMeeting(meetingId,
            // Q3: a request still waiting when the meeting opened is decided at the meeting.
            m => m.ApproveLeave(approver, member, now),
            (team, a) => a.ApproveLeave(team.Stored.Group, approver, meetingId, member, now),
            done =>
            {
                var (team, decided) = (done.Team, done.State);
                if (decided.Meeting is { } state)
                    return new Outcome(Approved(texts, state.Kind, state.Member(member)?.Name ?? member), EventDeliveries.LeaveApproved(team, state, member));
                var plan = decided.Agenda!.Meeting(meetingId)!;
                return new Outcome(Approved(texts, plan.Kind, team.Stored.Group.Find(member)?.Name ?? member),
                    EventDeliveries.LeaveApproved(team, decided.Agenda, plan, member));
            }), ct);
    }

    /// <summary>Q3: the approver refuses with a reason; the member is told it privately, and may ask again before the meeting opens.</summary>
    public Task<JObject> RefuseLeaveAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        scope = scope.InTeam(data["teamId"]);
        var (approver, meetingId, member, reason, now) = (scope.ActorId ?? "", data["meetingId"], data["member"] ?? "", data["reason"] ?? "", clock.GetUtcNow());
        return turns.RunAsync(turn, scope, BeforeOrAtMeeting(meetingId,
            m => m.RefuseLeave(approver, member, reason, now),
            (team, a) => a.RefuseLeave(team.Stored.Group, approver, meetingId, member, reason, now),
            done =>
            {
                var zh = Texts.Texts.Chinese;
                var told = done.State.Agenda is { } agenda
                    ? zh.Format("leave.refusedToMember", reason.Trim(), LeaveRequestCard.Label(zh, agenda.Meeting(meetingId)!))
                    : zh.Format("leave.refusedAtMeeting", reason.Trim(), "");
                var name = done.Team.Stored.Group.Find(member)?.Name ?? member;
                return new Outcome(NoticeCard.Build(scope.Texts["leave.approvalTitle"], scope.Texts.Format("leave.refused", name, reason.Trim())),
                    [new ToMember(member, NoticeCard.Build(zh["leave.title"], told))]);
            }), ct);
    }

    /// <summary>V4: before the meeting the opinion goes into the 议题库 log, carried in at the start; then into the meeting's.</summary>
    public Task<JObject> SubmitOpinionAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        scope = scope.InTeam(data["teamId"]);
        var (actor, meetingId, itemId, text, now) = (scope.ActorId ?? "", data["meetingId"], data["itemId"], data["opinion"] ?? "", clock.GetUtcNow());
        return turns.RunAsync(turn, scope, BeforeOrAtMeeting(meetingId,
            m => m.SubmitWrittenOpinion(actor, itemId, text, now),
            (_, a) => a.SubmitWrittenOpinion(meetingId, actor, itemId, text, now),
            _ => NoticeCard.Build(scope.Texts["opinion.label"], scope.Texts["opinion.recorded"])), ct);
    }

    /// <summary>
    /// Leave and written opinions are stored in the meeting's own log once it has opened, and in the 议题库's while the
    /// meeting is only notified; either way the refusal cites the group's profile.
    /// </summary>
    private Verb<Opened, Decided> BeforeOrAtMeeting(
        string? meetingId, Func<MeetingState, Result<MeetingEvent>> atMeeting, Func<TeamGroup, AgendaState, Result<AgendaEvent>> beforeMeeting,
        Func<Done<Decided>, Outcome> outcome) => new(
        Load: async (team, c) => string.IsNullOrEmpty(meetingId)
            ? Step<Opened>.Refused(new Refusal(RuleIds.Q3, RefusalCode.InvalidInput), null)
            : new Opened(await meetings.LoadAsync(team.MeetingPartition(meetingId), c)),
        RunAndStore: async (team, opened, c) =>
        {
            var profile = team.Stored.Group.Profile;
            if (opened.Meeting is not null)
            {
                var at = await meetings.RunAsync(team.MeetingPartition(meetingId!), atMeeting, c);
                return at.IsRefused ? Step<Decided>.Refused(at.Refusal, profile) : new Decided(at.Value, null);
            }
            var before = await agendas.RunAsync(team.Key, a => beforeMeeting(team, a), c);
            return before.IsRefused ? Step<Decided>.Refused(before.Refusal, profile) : new Decided(null, before.Value);
        },
        Outcome: (done, _) => Task.FromResult(outcome(done)));

    /// <summary>The meeting's own log when it has opened; null while it is only notified.</summary>
    private sealed record Opened(MeetingState? Meeting);

    /// <summary>What was stored: in the meeting's log, or in the 议题库's before the meeting opened.</summary>
    private sealed record Decided(MeetingState? Meeting, AgendaState? Agenda);

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
        var (team, refused) = await teamGroups.FindOrRefuseAsync(scope, ct);
        if (team is null) return refused!;
        var state = team.Stored.ActiveMeetingId is { } id ? await meetings.LoadAsync(team.MeetingPartition(id), ct) : null;
        if (state is null) return NoticeCard.Build(scope.Texts["recusal.title"], scope.Texts["notice.noActiveMeeting"]);
        return RecusalCard.Build(scope.Texts, state, forChair: scope.ActorId == state.ChairId);
    }

    /// <summary>Q4: a member recuses from an item before its vote, or the chair rules it for them.</summary>
    public Task<JObject> RecuseAsync(ITurnContext turn, TurnScope scope, CardData data, bool ruledByChair, CancellationToken ct)
    {
        var actor = scope.ActorId ?? "";
        var member = ruledByChair ? data["member"] ?? "" : actor;
        return turns.OnMeetingAsync(turn, scope, data["meetingId"],
            m => m.Recuse(actor, data["itemId"], member, data["reason"] ?? "", clock.GetUtcNow()),
            (done, _) => Task.FromResult<Outcome>(NoticeCard.Build(scope.Texts["recusal.title"],
                scope.Texts.Format("recusal.recorded", done.State.Member(member)?.Name ?? member, done.State.Item(data["itemId"])!.Item.Title))), ct);
    }
}
