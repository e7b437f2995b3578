using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Core;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Minutes;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>
/// The record (MN1–MN3, MN5): the recorder's notes, corrections to the draft, access to the full record on approval,
/// and who may read the full record.
/// </summary>
public sealed class RecordHandler(
    MeetingRunner runner, MeetingStore meetings, AgendaStore agendas, Messenger messenger, TimeProvider clock)
{
    /// <summary>"记录" / "record note": the recorder's card for the team's meeting in progress (MN1).</summary>
    public async Task<JObject> ShowNoteFormAsync(TurnScope scope, CancellationToken ct)
    {
        var (team, refused) = await runner.TeamAsync(scope, ct);
        if (team is null) return refused!;
        var state = team.Stored.ActiveMeetingId is { } id ? await meetings.LoadAsync(team.MeetingPartition(id), ct) : null;
        if (state is not { Ended: false }) return NoticeCard.Build(scope.Texts["record.note.title"], scope.Texts["notice.noActiveMeeting"]);
        if (!Record.MayRecord(state, scope.ActorId)) return Refused(scope, new Refusal(RuleIds.MN1, RefusalCode.OnlyChair), team);
        return RecorderNoteCard.Build(scope.Texts, state);
    }

    public async Task<JObject> RecordNoteAsync(TurnScope scope, CardData data, CancellationToken ct)
    {
        var (ran, refusal) = await RunAsync(scope, data["meetingId"],
            m => m.RecordNote(scope.ActorId ?? "", data["itemId"], data["text"], clock.GetUtcNow()), ct);
        if (ran.Refusal is not null) return Own(scope, ran, refusal);
        var state = ran.State!;
        var item = state.Item(data["itemId"])!;
        var number = state.Items.ToList().IndexOf(item) + 1;
        return RecorderNoteCard.Build(scope.Texts, state, item.Item.Id, scope.Texts.Format("record.note.saved", $"{number}. {item.Item.Title}"));
    }

    /// <summary>MN3: the secretary returns the draft with corrections; the answer is the next draft, showing them.</summary>
    public async Task<JObject> CorrectAsync(TurnScope scope, CardData data, CancellationToken ct)
    {
        scope = scope.InTeam(data["teamId"]);
        var (ran, refusal) = await RunAsync(scope, data["meetingId"],
            m => m.CorrectMinutes(scope.ActorId ?? "", data["text"], clock.GetUtcNow()), ct);
        if (ran.Refusal is not null) return Own(scope, ran, refusal);
        var minutes = await agendas.DraftMinutesAsync(ran.Team!, ran.State!, ct);
        var draft = MinutesDraftCard.Build(scope.Texts, minutes, ran.State!.Profile, ran.Team!.Key.TeamId, ran.State);
        ((JArray)draft["body"]!).Insert(1, new JObject
        {
            ["type"] = "TextBlock", ["text"] = scope.Texts["record.correct.saved"], ["wrap"] = true, ["color"] = "Good",
        });
        return draft;
    }

    /// <summary>"查阅记录" / "view record": the request card for the team's latest ended meeting (MN2).</summary>
    public async Task<JObject> ShowRequestFormAsync(TurnScope scope, CancellationToken ct)
    {
        var (team, refused) = await runner.TeamAsync(scope, ct);
        if (team is null) return refused!;
        if (team.Stored.Group.Find(scope.ActorId) is null) return Refused(scope, new Refusal(RuleIds.MN2, RefusalCode.NotOnRoster), team);
        var state = team.Stored.ActiveMeetingId is { } id ? await meetings.LoadAsync(team.MeetingPartition(id), ct) : null;
        if (state is not { Ended: true }) return NoticeCard.Build(scope.Texts["record.request.title"], scope.Texts["record.request.noMeeting"]);
        return RecordRequestCard.Build(scope.Texts, state);
    }

    /// <summary>MN2: the request is recorded; the secretary and the deputy secretaries each get a private approval card.</summary>
    public async Task<JObject> RequestAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        var actor = scope.ActorId ?? "";
        var reason = data["reason"];
        var (ran, refusal) = await RunAsync(scope, data["meetingId"], m => m.RequestRecord(actor, reason, clock.GetUtcNow()), ct);
        if (ran.Refusal is not null) return Own(scope, ran, refusal);
        var (state, team) = (ran.State!, ran.Team!);
        var approvers = state.Roster.Where(r => Record.MayApproveAccess(state, r.Id)).ToList();
        foreach (var approver in approvers)
            await messenger.SendToMemberAsync(turn, team, approver.Id,
                RecordAccessApprovalCard.Build(Texts.Texts.Chinese, state, team.Key.TeamId, actor, reason!.Trim()), ct);
        return NoticeCard.Build(scope.Texts["record.request.title"],
            scope.Texts.Format("record.request.sent", string.Join("、", approvers.Select(a => a.Name))));
    }

    /// <summary>MN2: approved, then the read is recorded, then the member gets the full record privately.</summary>
    public async Task<JObject> ApproveAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        scope = scope.InTeam(data["teamId"]);
        var member = data["member"];
        var approver = scope.ActorId ?? "";
        var (ran, refusal) = await RunAsync(scope, data["meetingId"], m => m.ApproveRecordAccess(approver, member, clock.GetUtcNow()), ct);
        if (ran.Refusal is not null) return Own(scope, ran, refusal);
        var (read, readRefusal) = await RunAsync(scope, data["meetingId"], m => m.ReadRecord(member!, clock.GetUtcNow()), ct);
        if (read.Refusal is not null) return Own(scope, read, readRefusal);
        var (state, team) = (read.State!, read.Team!);
        var decisions = (await agendas.LoadAsync(team.Key, ct)).Decisions;
        await messenger.SendToMemberAsync(turn, team, member!, FullRecordCard.Build(Texts.Texts.Chinese, state, member!, approver, decisions), ct);
        return NoticeCard.Build(scope.Texts["record.approval.title"], scope.Texts.Format("record.approval.done", state.Member(member)?.Name ?? member!));
    }

    private async Task<(Ran<MeetingState> Ran, Refusal? Refusal)> RunAsync(
        TurnScope scope, string? meetingId, Func<MeetingState, Result<MeetingEvent>> command, CancellationToken ct)
    {
        Refusal? refusal = null;
        var ran = await runner.RunAsync(scope, meetingId, m =>
        {
            var result = command(m);
            refusal = result.Refusal;
            return result;
        }, ct);
        return (ran, refusal);
    }

    /// <summary>The refusal in this feature's own words where the shared sentence would mislead, with the same rule citation.</summary>
    private static JObject Own(TurnScope scope, Ran<MeetingState> ran, Refusal? refusal) =>
        refusal is not null && ran.Team is not null ? Refused(scope, refusal, ran.Team) : ran.Refusal!;

    private static JObject Refused(TurnScope scope, Refusal refusal, TeamGroup team) =>
        Refusals.Card(scope, refusal, team.Stored.Group.Profile, $"record.refusal.{refusal.RuleId}.{refusal.Code}");
}
