using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Cards;

/// <summary>
/// What the chair sees on ending a democratic life meeting (what is still due: DL5, DL6, DL4) or a study session (its
/// attendance record, MK3). Null for a party group meeting, which keeps its own notice.
/// </summary>
public static class SessionEndedCard
{
    public static JObject? Build(Texts.Texts t, MeetingState m, string secretaryName) => m.Kind switch
    {
        MeetingKind.DemocraticLifeMeeting => NoticeCard.Build(t["ended.title"], t.Format("session.dl.ended.text", secretaryName)),
        MeetingKind.StudyGroup => StudyAttendanceCard.Build(t, m, t.Format("session.attendance.sent", secretaryName)),
        _ => null,
    };
}
