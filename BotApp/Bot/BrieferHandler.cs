using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Core;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>MN5: the chair designates, on the draft minutes, who briefs the members absent from the meeting.</summary>
public sealed class BrieferHandler(
    MeetingRunner runner, MeetingStore meetings, AgendaStore agendas, Messenger messenger, TimeProvider clock, ILogger<BrieferHandler> log)
{
    /// <summary>designateBriefer: <c>meetingId</c>, <c>teamId</c>, <c>briefer</c> (a member id, from the draft's choice set).</summary>
    public async Task<JObject> DesignateAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        scope = scope.InTeam(data["teamId"]);
        var actor = scope.ActorId ?? "";
        Refusal? refusal = null;
        var ran = await runner.RunAsync(scope, data["meetingId"], m =>
        {
            var result = m.DesignateBriefer(actor, data["briefer"], clock.GetUtcNow());
            refusal = result.Refusal;
            return result;
        }, ct);
        if (ran.Refusal is not null)
            return refusal is not null && ran.Team is not null ? await RefusedAsync(scope, refusal, ran.Team, data["meetingId"]!, actor, ct) : ran.Refusal;

        var (state, team) = (ran.State!, ran.Team!);
        var briefer = state.Member(state.Briefer!.MemberId)!;
        var absent = string.Join("、", state.ToBeBriefed().Select(a => a.Name));
        var zh = Texts.Texts.Chinese;
        try
        {
            await messenger.SendToMemberAsync(turn, team, briefer.Id, NoticeCard.Build(zh["briefer.title"], zh.Format("briefer.assigned", absent)), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The designation stands; the briefing itself names the member, so the absent members still learn who it is.
            log.LogWarning(ex, "Could not tell {Member} they brief the absent members of {Meeting}", briefer.Id, state.Id);
        }
        return await DraftAsync(scope, team, state, scope.Texts.Format("briefer.done", briefer.Name, absent), ct);
    }

    private async Task<JObject> DraftAsync(TurnScope scope, TeamGroup team, MeetingState state, string? done, CancellationToken ct) =>
        MinutesDraftCard.Build(scope.Texts, await agendas.DraftMinutesAsync(team, state, ct), state.Profile, team.Key.TeamId, state, done);

    /// <summary>
    /// In this feature's words where there are some, citing the rule and the group's article. The chair keeps the draft
    /// under the refusal, since it is also the card they sign; anyone else sees the refusal alone.
    /// </summary>
    private async Task<JObject> RefusedAsync(TurnScope scope, Refusal refusal, TeamGroup team, string meetingId, string actor, CancellationToken ct)
    {
        var card = Refusals.Card(scope, refusal, team.Stored.Group.Profile, $"briefer.refusal.{refusal.Code}");
        var state = await meetings.LoadAsync(team.MeetingPartition(meetingId), ct);
        if (state is null || actor != state.ChairId || state.Signature is not null) return card;
        return RefusalCard.Over(card, await DraftAsync(scope, team, state, null, ct));
    }
}
