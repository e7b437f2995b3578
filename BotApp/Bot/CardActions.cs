using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Core;

namespace PartyGroupBot.Bot;

/// <summary>Routes an Action.Execute verb to its handler (docs/card-protocol.md).</summary>
public sealed class CardActions(SetupHandler setup, MeetingHandler meeting, VoteHandler votes, MinutesHandler minutes)
{
    public Task<JObject> HandleAsync(ITurnContext turn, TurnScope scope, string? verb, CardData data, CancellationToken ct) => verb switch
    {
        "saveSetup" => setup.SaveAsync(turn, scope, data, ct),
        "startMeeting" => meeting.StartAsync(scope, data, ct),
        "checkIn" => meeting.CheckInAsync(turn, scope, data, ct),
        "openVote" => votes.OpenAsync(turn, scope, data, ct),
        "castVote" => votes.CastAsync(turn, scope, data, ct),
        "closeVote" => votes.CloseAsync(turn, scope, data, ct),
        "refreshBallot" => votes.RefreshAsync(scope, data, ct),
        "endMeeting" => meeting.EndAsync(turn, scope, data["meetingId"] ?? "", ct),
        "signMinutes" => minutes.SignAsync(scope, data, ct),
        _ => Task.FromResult(MeetingRunner.Refused(scope, new Refusal("", RefusalCode.InvalidInput), null)),
    };
}
