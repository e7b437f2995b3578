using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>MN5: the chair designates, on the draft minutes, who briefs the members absent from the meeting.</summary>
public sealed class BrieferHandler(AgendaStore agendas, TimeProvider clock, VerbTurn turns)
{
    /// <summary>
    /// designateBriefer: <c>meetingId</c>, <c>teamId</c>, <c>briefer</c> (a member id, from the draft's choice set).
    /// Refused, the chair keeps the draft under the refusal (<see cref="CurrentCards"/>), since it is also the card they sign.
    /// </summary>
    public Task<JObject> DesignateAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        scope = scope.InTeam(data["teamId"]);
        return turns.OnMeetingAsync(turn, scope, data["meetingId"], m => m.DesignateBriefer(scope.ActorId ?? "", data["briefer"], clock.GetUtcNow()),
            async (done, c) =>
            {
                var (team, state) = (done.Team, done.State);
                var briefer = state.Member(state.Briefer!.MemberId)!;
                var absent = string.Join("、", state.ToBeBriefed().Select(a => a.Name));
                var zh = Texts.Texts.Chinese;
                // The designation stands if this message fails; the briefing itself names the member, so the absent still learn who it is.
                return new Outcome(await agendas.DraftCardAsync(scope.Texts, team, state, c, brieferDone: scope.Texts.Format("briefer.done", briefer.Name, absent)),
                    [new ToMember(briefer.Id, NoticeCard.Build(zh["briefer.title"], zh.Format("briefer.assigned", absent)))]);
            }, ct);
    }
}
