using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Core;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>
/// The record (MN1–MN3, MN5): the recorder's notes, corrections to the draft, access to the full record on approval,
/// and who may read the full record.
/// </summary>
public sealed class RecordHandler(TeamGroups teamGroups, MeetingStore meetings, AgendaStore agendas, TimeProvider clock, VerbTurn turns)
{
    /// <summary>"记录" / "record note": the recorder's card for the team's meeting in progress (MN1).</summary>
    public async Task<JObject> ShowNoteFormAsync(TurnScope scope, CancellationToken ct)
    {
        var (team, refused) = await teamGroups.FindOrRefuseAsync(scope, ct);
        if (team is null) return refused!;
        var state = team.Stored.ActiveMeetingId is { } id ? await meetings.LoadAsync(team.MeetingPartition(id), ct) : null;
        if (state is not { Ended: false }) return NoticeCard.Build(scope.Texts["record.note.title"], scope.Texts["notice.noActiveMeeting"]);
        if (state.MayTakeNotes(scope.ActorId) is { } refusal) return Refusals.Card(scope, refusal, state.Profile);
        return RecorderNoteCard.Build(scope.Texts, state);
    }

    public Task<JObject> RecordNoteAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct) =>
        turns.OnMeetingAsync(turn, scope, data["meetingId"], m => m.RecordNote(scope.ActorId ?? "", data["itemId"], data["text"], clock.GetUtcNow()),
            (done, _) =>
            {
                var state = done.State;
                var item = state.Item(data["itemId"])!;
                var number = state.Items.ToList().IndexOf(item) + 1;
                return Task.FromResult<Outcome>(
                    RecorderNoteCard.Build(scope.Texts, state, item.Item.Id, scope.Texts.Format("record.note.saved", $"{number}. {item.Item.Title}")));
            }, ct);

    /// <summary>MN3: the secretary returns the draft with corrections; the answer is the next draft, showing them.</summary>
    public Task<JObject> CorrectAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        scope = scope.InTeam(data["teamId"]);
        return turns.OnMeetingAsync(turn, scope, data["meetingId"], m => m.CorrectMinutes(scope.ActorId ?? "", data["text"], clock.GetUtcNow()),
            async (done, c) => await agendas.DraftCardAsync(scope.Texts, done.Team, done.State, c, corrected: scope.Texts["record.correct.saved"]), ct);
    }

    /// <summary>"查阅记录" / "view record": the request card for the team's latest ended meeting (MN2).</summary>
    public async Task<JObject> ShowRequestFormAsync(TurnScope scope, CancellationToken ct)
    {
        var (team, refused) = await teamGroups.FindOrRefuseAsync(scope, ct);
        if (team is null) return refused!;
        if (Record.MayConsultRecords(team.Stored.Group, scope.ActorId) is { } refusal) return Refusals.Card(scope, refusal, team.Stored.Group.Profile);
        var state = team.Stored.ActiveMeetingId is { } id ? await meetings.LoadAsync(team.MeetingPartition(id), ct) : null;
        if (state is not { Ended: true }) return NoticeCard.Build(scope.Texts["record.request.title"], scope.Texts["record.request.noMeeting"]);
        return RecordRequestCard.Build(scope.Texts, state);
    }

    /// <summary>MN2: the request is recorded; the secretary and the deputy secretaries each get a private approval card.</summary>
    public Task<JObject> RequestAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        var actor = scope.ActorId ?? "";
        var reason = data["reason"];
        return turns.OnMeetingAsync(turn, scope, data["meetingId"], m => m.RequestRecord(actor, reason, clock.GetUtcNow()),
            (done, _) =>
            {
                var (state, team) = (done.State, done.Team);
                var approvers = state.Roster.Where(r => Record.MayApproveAccess(state, r.Id)).ToList();
                var approval = RecordAccessApprovalCard.Build(Texts.Texts.Chinese, state, team.Key.TeamId, actor, reason!.Trim());
                return Task.FromResult(new Outcome(
                    NoticeCard.Build(scope.Texts["record.request.title"],
                        scope.Texts.Format("record.request.sent", string.Join("、", approvers.Select(a => a.Name)))),
                    [.. approvers.Select(a => new ToMember(a.Id, approval))]));
            }, ct);
    }

    /// <summary>MN2: approved, then the read is recorded, then the member gets the full record privately.</summary>
    public Task<JObject> ApproveAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        scope = scope.InTeam(data["teamId"]);
        var member = data["member"];
        var approver = scope.ActorId ?? "";
        var approve = turns.StoreOnMeeting(m => m.ApproveRecordAccess(approver, member, clock.GetUtcNow()));
        var read = turns.StoreOnMeeting(m => m.ReadRecord(member!, clock.GetUtcNow()));
        return turns.RunAsync(turn, scope, new Verb<string, MeetingState>(
            Load: VerbTurn.MeetingId(data["meetingId"]),
            RunAndStore: async (team, meetingId, c) =>
                await approve(team, meetingId, c) is { Refusal: not null } refused ? refused : await read(team, meetingId, c),
            Outcome: async (done, c) =>
            {
                var (state, team) = (done.State, done.Team);
                var decisions = (await agendas.LoadAsync(team.Key, c)).Decisions;
                return new Outcome(
                    NoticeCard.Build(scope.Texts["record.approval.title"], scope.Texts.Format("record.approval.done", state.Member(member)?.Name ?? member!)),
                    [new ToMember(member!, FullRecordCard.Build(Texts.Texts.Chinese, state, member!, approver, decisions))]);
            }), ct);
    }
}
