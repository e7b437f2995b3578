namespace PartyGroupBot.Core.Meetings;

/// <summary>
/// What storage finds that the log alone does not say, and the rule each fact answers to. Storage reports facts (no
/// meeting under that id, a marker gone); the rules turn them into refusals here.
/// </summary>
public static class StoredFacts
{
    /// <summary>MK1: nothing is stored under the meeting's id.</summary>
    public static Refusal NoMeeting() => new(RuleIds.MK1, RefusalCode.MeetingNotFound);

    /// <summary>Whether the ballot is the chair's, who states last on the item or the candidate (V5, V7).</summary>
    public static bool IsChairs(this MeetingState m, BallotCast ballot) => ballot.VoterId == m.ChairFor(m.Item(ballot.ItemId));

    /// <summary>
    /// A ballot the rules allowed lands only while its markers are there: the open marker gone means the vote is being
    /// closed (V10); the floor marker gone means the floor was closed before this member's ballot (V5), which the chair's
    /// own ballot is not held to.
    /// </summary>
    public static Refusal? MayLand(this MeetingState m, BallotCast ballot, bool voteMarker, bool floorMarker)
    {
        if (!voteMarker) return new Refusal(RuleIds.V10, RefusalCode.ItemClosed);
        if (!floorMarker && !m.IsChairs(ballot)) return new Refusal(RuleIds.V5, RefusalCode.FloorClosed);
        return null;
    }
}
