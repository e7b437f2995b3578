using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Meetings;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>The approver's card for one request to read the full record (MN2); sent privately, so it carries the team id.</summary>
public static class RecordAccessApprovalCard
{
    public static JObject Build(Texts.Texts t, MeetingState m, string teamId, string memberId, string reason) => Card(
        [
            Title(t["record.approval.title"]),
            Facts(
            [
                (t["record.approval.member"], m.Member(memberId)?.Name ?? memberId),
                (t["record.request.meeting"], LocalTime.Minute(m.Started.At, m.Profile)),
                (t["record.request.reason"], reason),
            ]),
        ],
        [Execute(t["record.approval.approve"], Verbs.ApproveRecordAccess, new { meetingId = m.Id, member = memberId, teamId }, "positive")]);
}
