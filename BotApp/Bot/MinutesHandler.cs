using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Minutes;
using PartyGroupBot.MinutesDocs;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>纪要: the draft goes privately to the secretary, who signs it off; only then is it posted to the channel (MN3).</summary>
public sealed class MinutesHandler(
    MeetingRunner runner, Messenger messenger, MeetingIndex index, TimeProvider clock, ILogger<MinutesHandler> log, AgendaStore agendas,
    MeetingStore meetings,
    MinutesArchive? archive = null, RecordHandler? record = null, DemocraticLifeHandler? democraticLife = null)
{
    public async Task SendDraftAsync(ITurnContext turn, TurnScope scope, TeamGroup team, MeetingState state, CancellationToken ct)
    {
        // MN5: the secretary chairs, so the draft also carries the chair's choice of who briefs absent members.
        var draft = MinutesDraftCard.Build(scope.Texts, await agendas.DraftMinutesAsync(team, state, ct), state.Profile, team.Key.TeamId, state);
        await messenger.SendToMemberAsync(turn, team, state.Started.SecretaryId, draft, ct);
    }

    public async Task<JObject> SignAsync(TurnScope scope, CardData data, CancellationToken ct, ITurnContext? turn = null)
    {
        scope = scope.InTeam(data["teamId"]);
        var ran = await runner.RunAsync(scope, data["meetingId"], m => m.SignMinutes(scope.ActorId ?? "", clock.GetUtcNow()), ct);
        if (ran.Refusal is not null) return ran.Refusal;
        var state = ran.State!;
        var team = ran.Team!;
        // MN3: a meeting signed after the group moved on to another must stop chasing the secretary all the same.
        await index.SaveAsync(team.Key, state, ct);
        // The channel always gets the zh-CN minutes, the group's official record, without confidential items (AG6, MN6).
        // MN1: the chain's head after the signature, issued with the minutes.
        var head = (await meetings.ReadAsync(team.MeetingPartition(state.Id), ct)).LastHash;
        var minutes = await agendas.DraftMinutesAsync(team, state, ct) with { ChainHead = head.Length >= 16 ? head[..16] : head };
        var signed = MinutesCard.Build(scope.Texts, minutes, state.Profile);
        if (!await messenger.PostToChannelAsync(team.Key.TenantId, team.Key.TeamId,
                MinutesCard.Build(Texts.Texts.Chinese, minutes.ForChannel(), state.Profile), ct))
        {
            // The signature stands (MN3) and the outbox posts the minutes as soon as the channel takes them; the
            // secretary must know they are not there yet (发送状态 shows them).
            log.LogWarning("The signed minutes of {Meeting} wait in the outbox for the channel", state.Id);
            ((JArray)signed["body"]!).Insert(0, RefusalCard.Build(scope.Texts["minutes.postFailed"])["body"]![0]!.DeepClone());
        }
        // MN5: absent members get the decisions privately, without confidential items or named ballots (MN6).
        // DL4: those not at a democratic life meeting are told its outcome; a study session (MK3) decides nothing to brief on.
        if (turn is not null && democraticLife is not null && state.Kind == MeetingKind.DemocraticLifeMeeting)
            await democraticLife.TellAbsenteesAsync(turn, team, state, ct);
        else if (turn is not null && record is not null && state.Kind == MeetingKind.PartyGroupMeeting)
            await record.BriefAbsentAsync(turn, team, state, ct);
        if (archive is not null && team.Stored.AadGroupId is { } groupId) _ = ArchiveAsync(groupId, team.Key.TeamId, minutes, state);
        return signed;
    }

    /// <summary>
    /// The Word document into the channel's files through Graph. Off the invoke's path (Teams waits only seconds),
    /// and never able to undo a sign-off: a failure is logged for the office to upload by hand.
    /// </summary>
    private async Task ArchiveAsync(string groupId, string channelId, Minutes minutes, MeetingState state)
    {
        try
        {
            var bytes = MinutesDocument.Build(minutes, state.Profile);
            await archive!.UploadAsync(groupId, channelId, MinutesDocument.FileName(minutes, state.Profile), bytes, CancellationToken.None);
        }
        catch (Exception ex)
        {
            log.LogError(ex, "Archiving the minutes of {Meeting} to the channel's files failed", state.Id);
        }
    }
}
