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
        var body = new List<JToken> { Title(t.Format("minutes.record.draftTitle", MinutesBody.KindTitle(t, minutes))) };
        body.AddRange(MinutesBody.Build(t, minutes, profile));
        // MN3: the secretary may return the draft with corrections instead of signing; they are appended, never edited in.
        body.Add(new JObject
        {
            ["type"] = "Input.Text", ["id"] = "text", ["label"] = t["record.correct.label"], ["isMultiline"] = true,
            ["errorMessage"] = t["record.correct.required"],
        });
        var sign = Execute(t["minutes.sign"], "signMinutes", new { meetingId = minutes.MeetingId, teamId }, "positive");
        sign["associatedInputs"] = "none";
        return Card(body, [sign, Execute(t["record.correct.submit"], "correctMinutes", new { meetingId = minutes.MeetingId, teamId })]);
    }
}
