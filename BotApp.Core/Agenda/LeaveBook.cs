using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Core.Agenda;

/// <summary>Q3, V4: the leave asked for one notified meeting, as the 议题库 log says it stands before the meeting opens.</summary>
public sealed class LeaveBook
{
    private readonly Dictionary<string, LeaveRequestedBeforeMeeting> _requests = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LeaveApprovedBeforeMeeting> _approvals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LeaveRefusedBeforeMeeting> _refusals = new(StringComparer.Ordinal);
    private readonly List<WrittenOpinionSentBeforeMeeting> _opinions = [];

    public static LeaveBook Empty { get; } = new();

    /// <summary>Each member's latest request.</summary>
    public IReadOnlyDictionary<string, LeaveRequestedBeforeMeeting> Requests => _requests;
    public IReadOnlyList<WrittenOpinionSentBeforeMeeting> Opinions => _opinions;

    public bool IsApproved(string memberId) => _approvals.ContainsKey(memberId);
    /// <summary>The refusal of the member's latest request, if it was refused.</summary>
    public LeaveRefusedBeforeMeeting? RefusalOf(string memberId) => _refusals.GetValueOrDefault(memberId);
    /// <summary>Asked and not yet approved or refused.</summary>
    public bool IsPending(string memberId) => _requests.ContainsKey(memberId) && !IsApproved(memberId) && RefusalOf(memberId) is null;

    internal void Apply(LeaveBeforeMeetingEvent e)
    {
        switch (e)
        {
            case LeaveRequestedBeforeMeeting r: _requests[r.MemberId] = r; _refusals.Remove(r.MemberId); break;
            case LeaveApprovedBeforeMeeting a: _approvals[a.MemberId] = a; break;
            case LeaveRefusedBeforeMeeting r: _refusals[r.MemberId] = r; break;
            case WrittenOpinionSentBeforeMeeting o: _opinions.Add(o); break;
            default: throw new InvalidDataException($"Unknown leave event {e.GetType().Name}.");
        }
    }

    /// <summary>
    /// What the meeting takes over when it opens: requests still waiting and approved ones (a refused request is no leave,
    /// so its member is absent if they do not come), approvals, and the written opinions, as the meeting's own events.
    /// </summary>
    public LeaveCarriedIn CarriedIn() => new(
        _requests.Values.Where(r => RefusalOf(r.MemberId) is null).OrderBy(r => r.At)
            .Select(r => new LeaveRequested(r.At, r.MemberId, r.Reason)).ToList(),
        _approvals.Values.OrderBy(a => a.At).Select(a => new LeaveApproved(a.At, a.MemberId, a.ApproverId)).ToList(),
        _opinions.Select(o => new WrittenOpinionSubmitted(o.At, o.ItemId, o.MemberId, o.Text)).ToList());
}
