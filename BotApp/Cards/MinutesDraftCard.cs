using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Profiles;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>
/// The draft minutes the secretary reads in a private chat and signs off (MN3). It carries the team id because
/// a private chat has no team; the bot still checks the signer is that team's secretary.
/// </summary>
public static class MinutesDraftCard
{
    public static JObject Build(Texts.Texts t, Core.Minutes.Minutes minutes, RuleProfile profile, string teamId)
    {
        var body = new List<JToken> { Title(t["minutes.draftTitle"]) };
        body.AddRange(MinutesBody.Build(t, minutes, profile));
        return Card(body, [Execute(t["minutes.sign"], "signMinutes", new { meetingId = minutes.MeetingId, teamId }, "positive")]);
    }
}
