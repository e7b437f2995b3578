using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Records;
using PartyGroupBot.Core.Reminders;

namespace PartyGroupBot.Tab;

/// <summary>An item as the viewer may see it: a confidential title only to whom MN2 entitles (null otherwise, shown 涉密议题).</summary>
public sealed record ItemView(string? Title, bool Confidential, string? Outcome, int? Yes, int? No, int? Abstain, IReadOnlyList<CandidateView> Candidates);

public sealed record CandidateView(string? Name, string Outcome, int Yes, int No, int Abstain);

/// <summary>MN1: whether the stored record still matches its hash chain, and the head issued with the signed minutes.</summary>
public sealed record RecordCheckView(bool Intact, string? IssuedHead);

public sealed record MeetingView(
    string Id, string Date, string Time, string Kind, bool IsSeminar, string Chair,
    IReadOnlyList<string> Present, IReadOnlyList<string> OnLeave, IReadOnlyList<string> Absent,
    IReadOnlyList<ItemView> Items, bool Ended, string? SignedBy, string? SignedOn, bool FullRecord, RecordCheckView Check)
{
    /// <summary>
    /// MN2: the full record (confidential titles) is for those who approve reading it, the secretary who convened and a
    /// deputy secretary of the roster. A member with an approval reads it through the bot's own card, which records the
    /// read first; the tab records nothing, so it gives them the public record.
    /// </summary>
    public static bool Entitled(MeetingState m, string viewerId) => Record.MayApproveAccess(m, viewerId);

    public static MeetingView Of(MeetingState m, string viewerId, RecordCheckView check)
    {
        var clock = new GroupClock(m.Profile);
        var full = Entitled(m, viewerId);
        var roll = AttendanceRecord.Roll(m);
        string Name(string id) => m.Member(id)?.Name ?? id;
        var items = m.Items.Select(i =>
        {
            var hidden = i.Item.Confidential && !full;
            return new ItemView(hidden ? null : i.Item.Title, i.Item.Confidential, i.Tally?.Outcome.ToString(),
                i.Tally?.Yes, i.Tally?.No, i.Tally?.Abstain,
                i.CandidateTallies.Select(c => new CandidateView(hidden ? null : c.Name, c.Tally.Outcome.ToString(), c.Tally.Yes, c.Tally.No, c.Tally.Abstain)).ToList());
        }).ToList();
        var local = clock.Local(m.Started.At);
        return new MeetingView(m.Id, local.ToString("yyyy-MM-dd"), local.ToString("HH:mm"), m.Kind.ToString(), m.IsSeminar, Name(m.ChairId),
            roll.Present.Select(Name).ToList(), roll.OnLeave.Select(Name).ToList(), roll.Absent.Select(Name).ToList(),
            items, m.Ended, m.Signature is { } s ? Name(s.SignerId) : null,
            m.Signature is { } signed ? clock.Day(signed.At).ToString("yyyy-MM-dd") : null, full, check);
    }
}
