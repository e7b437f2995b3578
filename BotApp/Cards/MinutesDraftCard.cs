using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Profiles;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>
/// The draft minutes the secretary reads in a private chat and signs off (MN3). It carries the team id because
/// a private chat has no team; the bot still checks the signer is that team's secretary.
/// </summary>
public static class MinutesDraftCard
{
    /// <param name="briefer">MN5: the state, for the 指定通报人 section when members were absent; null leaves it out.</param>
    /// <param name="corrected">MN3: said under the title when the draft comes back with the corrections just appended.</param>
    public static JObject Build(
        Texts.Texts t, Core.Minutes.Minutes minutes, RuleProfile profile, string teamId, MeetingState? briefer = null, string? brieferDone = null,
        string? corrected = null)
    {
        var body = new List<JToken> { Title(t.Format("minutes.record.draftTitle", MinutesBody.KindTitle(t, minutes))) };
        if (corrected is not null) body.Add(Saved(corrected));
        body.AddRange(MinutesBody.Build(t, minutes, profile));
        if (briefer is not null) body.AddRange(BrieferSection.Build(t, briefer, brieferDone));
        // MN3: the secretary may return the draft with corrections instead of signing; they are appended, never edited in.
        var correction = TextInput("text", t["record.correct.label"], multiline: true);
        correction["errorMessage"] = t["record.correct.required"];
        body.Add(correction);
        var sign = Execute(t["minutes.sign"], Verbs.SignMinutes, new { meetingId = minutes.MeetingId, teamId }, "positive");
        sign["associatedInputs"] = "none";
        var actions = new List<JObject> { sign, Execute(t["record.correct.submit"], Verbs.CorrectMinutes, new { meetingId = minutes.MeetingId, teamId }) };
        if (briefer is not null && BrieferSection.Action(t, briefer, teamId) is { } designate) actions.Add(designate);
        // One row each: side by side, "Return with corrections" is cut on a phone.
        body.AddRange(ActionRows([.. actions.Select(a => new[] { a })]));
        return Card(body);
    }
}
