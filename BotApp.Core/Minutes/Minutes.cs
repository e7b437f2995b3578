using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Rules;

namespace PartyGroupBot.Core.Minutes;

/// <summary>会议纪要, drafted from the event log alone (MN1, MN3).</summary>
public sealed record Minutes(
    string MeetingId,
    MeetingKind Kind,
    string ProfileName,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    string ChairName,
    IReadOnlyList<Attendance> Present,
    IReadOnlyList<string> Absent,
    IReadOnlyList<ItemMinutes> Items,
    string? SignedBy,
    DateTimeOffset? SignedAt)
{
    public bool IsSigned => SignedBy is not null;

    public static Minutes Draft(MeetingState m)
    {
        string Name(string id) => m.Member(id)?.Name ?? id;
        var present = m.CheckIns
            .Select(c => new Attendance(Name(c.MemberId), m.Member(c.MemberId)!.Role, c.At))
            .ToList();
        var absent = m.VotingMembers.Where(v => !m.IsPresent(v.Id)).Select(v => v.Name).ToList();
        var items = m.Items.Select(i => new ItemMinutes(
            i.Item.Title,
            i.Item.Method,
            i.Tally,
            // V5: the log already holds the chair's ballot last; secret items have no named ballots (V2).
            i.Ballots.Select(b => new NamedBallot(Name(b.VoterId), b.Choice)).ToList())).ToList();
        return new Minutes(m.Id, m.Started.Kind, m.Profile.Name, m.Started.At, m.EndedAt, Name(m.ChairId),
            present, absent, items, m.Signature is null ? null : Name(m.Signature.SignerId), m.Signature?.At);
    }
}

public sealed record Attendance(string Name, Role Role, DateTimeOffset CheckedInAt);

public sealed record NamedBallot(string Name, VoteChoice Choice);

/// <summary>One item in the minutes; Tally is null when the item was never voted.</summary>
public sealed record ItemMinutes(string Title, VotingMethod Method, Tally? Tally, IReadOnlyList<NamedBallot> Ballots);
