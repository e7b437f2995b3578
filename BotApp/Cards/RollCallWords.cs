using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Cards;

/// <summary>The roll call's heading words by meeting kind; Quorum is null where the kind has none to reach (MK3).</summary>
public sealed record RollCallWords(string Title, string Count, string? Quorum, string? NoQuorum, string Discuss)
{
    public static RollCallWords For(MeetingState m) => m.Kind switch
    {
        // DL4: profile A's ⅔; seed B sets no number and has absentees' statements read out.
        MeetingKind.DemocraticLifeMeeting when m.Profile.DemocraticLifeNeedsTwoThirds => new("session.dl.rollcall.title",
            "session.dl.rollcall.count", "session.dl.rollcall.quorum", "session.dl.rollcall.noquorum", "rollcall.discuss"),
        MeetingKind.DemocraticLifeMeeting => new("session.dl.rollcall.title", "session.dl.rollcall.countNoNumber",
            "session.dl.rollcall.readOut", "session.dl.rollcall.readOut", "rollcall.discuss"),
        MeetingKind.StudyGroup => new(m.IsSeminar ? "session.study.rollcall.seminarTitle" : "session.study.rollcall.title",
            "session.study.rollcall.count", null, null, "session.study.discuss"),
        _ => new("rollcall.title", "rollcall.count", "rollcall.quorum", "rollcall.noquorum", "rollcall.discuss"),
    };
}
