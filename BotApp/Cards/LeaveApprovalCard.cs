using Newtonsoft.Json.Linq;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>The approver's card for one leave request (Q3): 批准, or 不予批准 with the reason typed; sent privately, so it carries the team id.</summary>
public static class LeaveApprovalCard
{
    public static JObject Build(Texts.Texts t, string meetingId, string teamId, string memberId, string memberName, string reason, string meetingLabel) => Card(
        [
            Title(t["leave.approvalTitle"]),
            Facts([(t["leave.meeting"], meetingLabel), (t["leave.member"], memberName), (t["leave.reason"], reason)]),
            TextInput("reason", t["leave.refuseReason"], multiline: true),
        ],
        [
            Execute(t["leave.approve"], Verbs.ApproveLeave, new { meetingId, member = memberId, teamId }, "positive"),
            Execute(t["leave.refuse"], Verbs.RefuseLeave, new { meetingId, member = memberId, teamId }, "destructive"),
        ]);
}
