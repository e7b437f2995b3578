using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Core.Records;

/// <summary>One voting member's attendance over a set of meetings (Q3: present, on approved leave, absent without leave).</summary>
public sealed record MemberAttendance(string MemberId, string Name, int Attended, int OnLeave, int Absent)
{
    public int Expected => Attended + OnLeave + Absent;

    /// <summary>Meetings attended of those the member was expected at (应到), 0 when none.</summary>
    public double Rate => Expected == 0 ? 0 : (double)Attended / Expected;
}

/// <summary>A meeting's roll as the record keeps it (Q3): who came, who was on leave, who stayed away.</summary>
public sealed record MeetingRoll(IReadOnlyList<string> Present, IReadOnlyList<string> OnLeave, IReadOnlyList<string> Absent);

public static class AttendanceRecord
{
    /// <summary>Q3: the voting members of the meeting's roster by how they attended; a member who came at all was present.</summary>
    public static MeetingRoll Roll(MeetingState m) => new(
        m.VotingMembers.Where(v => m.WasEverPresent(v.Id)).Select(v => v.Id).ToList(),
        m.OnLeave.Select(v => v.Id).ToList(),
        m.AbsentWithoutLeave.Select(v => v.Id).ToList());

    /// <summary>Per member over the ended meetings (one still running has not settled who is absent), in first-seen order.</summary>
    public static IReadOnlyList<MemberAttendance> Of(IEnumerable<MeetingState> meetings)
    {
        var tally = new Dictionary<string, MemberAttendance>(StringComparer.Ordinal);
        foreach (var m in meetings.Where(m => m.Ended))
        {
            var roll = Roll(m);
            foreach (var v in m.VotingMembers)
            {
                var a = tally.GetValueOrDefault(v.Id) ?? new MemberAttendance(v.Id, v.Name, 0, 0, 0);
                tally[v.Id] = roll.Present.Contains(v.Id) ? a with { Attended = a.Attended + 1 }
                    : roll.OnLeave.Contains(v.Id) ? a with { OnLeave = a.OnLeave + 1 }
                    : a with { Absent = a.Absent + 1 };
            }
        }
        return tally.Values.ToList();
    }
}
