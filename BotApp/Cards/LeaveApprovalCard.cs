using Newtonsoft.Json.Linq;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>The secretary's card for one leave request (Q3); sent privately, so it carries the team id.</summary>
public static class LeaveApprovalCard
{
    public static JObject Build(Texts.Texts t, string meetingId, string teamId, string memberId, string memberName, string reason) => Card(
        [
            Title(t["leave.approvalTitle"]),
            Facts([(t["leave.member"], memberName), (t["leave.reason"], reason)]),
        ],
        [Execute(t["leave.approve"], "approveLeave", new { meetingId, member = memberId, teamId }, "positive")]);
}
