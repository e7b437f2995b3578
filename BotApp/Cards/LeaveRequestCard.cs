using Newtonsoft.Json.Linq;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>请假: a member who cannot attend asks the secretary for leave before the meeting opens (Q3).</summary>
public static class LeaveRequestCard
{
    public static JObject Build(Texts.Texts t, string meetingId) => Card(
        [
            Title(t["leave.title"]),
            Text(t["leave.hint"], subtle: true),
            new JObject
            {
                ["type"] = "Input.Text", ["id"] = "reason", ["label"] = t["leave.reason"], ["isMultiline"] = true,
                ["isRequired"] = true, ["errorMessage"] = t["leave.reasonRequired"],
            },
        ],
        [Execute(t["leave.submit"], "requestLeave", new { meetingId }, "positive")]);
}
