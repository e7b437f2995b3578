using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Minutes;
using PartyGroupBot.MinutesDocs;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>纪要: the secretary, who got the draft when the meeting ended, signs it off; only then is it posted to the channel (MN3).</summary>
public sealed class MinutesHandler(
    MeetingIndex index, TimeProvider clock, AgendaStore agendas, MeetingStore meetings, VerbTurn turns)
{
    /// <summary>MN3: the secretary signs; only then do the minutes go to the channel and the absent get told (<see cref="EventDeliveries.MinutesSigned"/>).</summary>
    public Task<JObject> SignAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        scope = scope.InTeam(data["teamId"]);
        var actor = scope.ActorId ?? "";
        return turns.RunAsync(turn, scope, turns.OnMeeting(data["meetingId"], m => m.SignMinutes(actor, clock.GetUtcNow()),
            // MN3: a meeting signed after the group moved on to another must stop chasing the secretary all the same.
            alsoStore: (team, signed, c) => index.SaveAsync(team.Key, signed, c),
            outcome: async (done, c) =>
            {
                var (team, state) = (done.Team, done.State);
                // MN1: the chain's head after the signature, issued with the minutes.
                var head = (await meetings.ReadAsync(team.MeetingPartition(state.Id), c)).LastHash;
                var minutes = await agendas.DraftMinutesAsync(team, state, c) with { ChainHead = head.Length >= 16 ? head[..16] : head };
                // The signature stands (MN3) whatever happens to a message: a post the channel has not taken yet waits in
                // the outbox, and the secretary is told so on top of the signed minutes (发送状态 shows them).
                return new Outcome(MinutesCard.Build(scope.Texts, minutes, state.Profile), EventDeliveries.MinutesSigned(team, state, minutes));
            }), ct);
    }
}
