using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Profiles;

namespace PartyGroupBot.Core.Meetings;

/// <summary>A meeting as its event log says it stands. Built only by folding events.</summary>
public sealed partial class MeetingState
{
    private readonly List<MemberCheckedIn> _checkIns = [];
    private readonly List<MemberLeft> _departures = [];
    private readonly HashSet<string> _present = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LeaveRequested> _leaveRequests = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LeaveApproved> _leaveApprovals = new(StringComparer.Ordinal);
    private readonly List<GroupMember> _observers = [];
    private readonly Dictionary<string, ItemState> _items = new(StringComparer.Ordinal);
    private readonly List<ItemState> _itemOrder = [];
    private readonly List<ItemAdded> _added = [];
    private readonly List<NoteRecorded> _notes = [];
    private readonly List<MinutesCorrected> _corrections = [];
    private readonly List<RecordAccessRequested> _accessRequests = [];
    private readonly List<RecordAccessApproved> _accessApprovals = [];
    private readonly List<RecordRead> _reads = [];
    private readonly Dictionary<string, string> _urgent = new(StringComparer.Ordinal);

    private MeetingState(MeetingStarted started)
    {
        Started = started;
        foreach (var item in started.Items) AddItem(item);
        if (started.Leave is { } leave) CarryIn(leave);
    }

    private void CarryIn(LeaveCarriedIn leave)
    {
        foreach (var r in leave.Requests) _leaveRequests[r.MemberId] = r;
        foreach (var a in leave.Approvals) _leaveApprovals[a.MemberId] = a;
        foreach (var o in leave.Opinions)
            if (_items.TryGetValue(o.ItemId, out var item)) item.Add(o);
    }

    public MeetingStarted Started { get; }
    public string Id => Started.MeetingId;
    public string ChairId => Started.ChairId;
    public RuleProfile Profile => Started.OwnProfile ?? RuleProfiles.Get(Started.ProfileId);
    /// <summary>The group's roster as the meeting started; observers designated later are in <see cref="Observers"/>.</summary>
    public IReadOnlyList<GroupMember> Roster => Started.Roster;
    /// <summary>Every check-in, in order; a member who left and came back has two (Q7).</summary>
    public IReadOnlyList<MemberCheckedIn> CheckIns => _checkIns;
    /// <summary>Q7: early departures, in order.</summary>
    public IReadOnlyList<MemberLeft> Departures => _departures;
    /// <summary>Q5: observers (列席) designated for this meeting.</summary>
    public IReadOnlyList<GroupMember> Observers => _observers;
    /// <summary>Q3: leave requests by member.</summary>
    public IReadOnlyDictionary<string, LeaveRequested> LeaveRequests => _leaveRequests;
    /// <summary>The agenda in order: the items the meeting started with, then any the secretary added (AG4).</summary>
    public IEnumerable<ItemState> Items => _itemOrder;
    /// <summary>AG4: items added at the meeting, with who added them and why.</summary>
    public IReadOnlyList<ItemAdded> AddedItems => _added;
    /// <summary>AG6: confidential items, whose materials are collected at the end and which stay out of channel posts.</summary>
    public IEnumerable<AgendaItem> ConfidentialItems => _itemOrder.Select(i => i.Item).Where(i => i.Confidential);
    public DateTimeOffset? EndedAt { get; private set; }
    /// <summary>Q7: when the first discussion or vote opened; whoever checks in later arrived late.</summary>
    public DateTimeOffset? FirstDiscussionOrVoteAt { get; private set; }
    public bool Ended => EndedAt is not null;
    public MinutesSigned? Signature { get; private set; }
    /// <summary>MN1: the recorder's notes, in order, each with its item, author and time.</summary>
    public IReadOnlyList<NoteRecorded> Notes => _notes;
    /// <summary>MN3: corrections the secretary returned the draft with, in order.</summary>
    public IReadOnlyList<MinutesCorrected> Corrections => _corrections;
    /// <summary>MN2: requests to read the full record, their approvals, and every read.</summary>
    public IReadOnlyList<RecordAccessRequested> RecordAccessRequests => _accessRequests;
    public IReadOnlyList<RecordAccessApproved> RecordAccessApprovals => _accessApprovals;
    public IReadOnlyList<RecordRead> RecordReads => _reads;
    /// <summary>MN5: the latest designation of who briefs absent members, if any.</summary>
    public BrieferDesignated? Briefer { get; private set; }
    /// <summary>V8: the reason the chair gave for declaring an item urgent at its close, if they did.</summary>
    public string? UrgentReasonOf(ItemState item) => _urgent.GetValueOrDefault(item.Item.Id);
    /// <summary>How many events the log holds: the next append's sequence number.</summary>
    public int Version { get; private set; }

    public IEnumerable<GroupMember> VotingMembers => Roster.Where(m => m.HasVote);
    public int VotingMemberCount => Roster.Count(m => m.HasVote);
    /// <summary>Present now: checked in and not left since (Q7).</summary>
    public bool IsPresent(string memberId) => _present.Contains(memberId);
    public bool WasEverPresent(string memberId) => _checkIns.Any(c => c.MemberId == memberId);
    public int VotingMembersPresent => VotingMembers.Count(m => IsPresent(m.Id));
    public bool IsOnApprovedLeave(string memberId) => _leaveApprovals.ContainsKey(memberId);
    /// <summary>Q3: voting members with approved leave who did not come after all.</summary>
    public IEnumerable<GroupMember> OnLeave => VotingMembers.Where(v => IsOnApprovedLeave(v.Id) && !WasEverPresent(v.Id));
    /// <summary>Q3 缺席: voting members who never came and had no approved leave.</summary>
    public IEnumerable<GroupMember> AbsentWithoutLeave =>
        VotingMembers.Where(v => !IsOnApprovedLeave(v.Id) && !WasEverPresent(v.Id));
    /// <summary>Q4: present voting members who are not recused from the item.</summary>
    public int VotingMembersPresentFor(ItemState item) => VotingMembers.Count(v => IsPresent(v.Id) && !item.IsRecused(v.Id));
    public ItemState? Item(string? itemId) => itemId is not null && _items.TryGetValue(itemId, out var s) ? s : null;
    /// <summary>The item whose discussion is open and whose vote has not opened yet (V1).</summary>
    public ItemState? ItemInDiscussion => Items.FirstOrDefault(i => i.DiscussionOpenedAt is not null && i.Status == ItemStatus.Pending);
    public ItemState? OpenItem => Items.FirstOrDefault(i => i.Status == ItemStatus.Open);
    public GroupMember? Member(string? id) =>
        Roster.FirstOrDefault(m => m.Id == id) ?? _observers.FirstOrDefault(o => o.Id == id);

    private void AddItem(AgendaItem item)
    {
        var state = new ItemState(item);
        _items[item.Id] = state;
        _itemOrder.Add(state);
    }

    public static MeetingState Fold(IEnumerable<MeetingEvent> events)
    {
        MeetingState? state = null;
        foreach (var e in events)
        {
            if (state is null)
            {
                state = new MeetingState(e as MeetingStarted
                    ?? throw new InvalidDataException("A meeting log must begin with MeetingStarted."));
            }
            else
            {
                state.Apply(e);
            }
            state.Version++;
        }
        return state ?? throw new InvalidDataException("A meeting log cannot be empty.");
    }

    /// <summary>
    /// The log, then ballots cast on items whose vote is still open and which join the log only when it closes (V10);
    /// they are not log events yet, so they leave <see cref="Version"/> alone. A ballot the log already holds (a close
    /// under way, or one that left its row behind) is not counted again.
    /// </summary>
    public static MeetingState Fold(IEnumerable<MeetingEvent> events, IEnumerable<BallotCast> open)
    {
        var state = Fold(events);
        foreach (var ballot in open)
            if (state._items.TryGetValue(ballot.ItemId, out var item) && item.Status == ItemStatus.Open
                && !item.Ballots.Any(b => b.VoterId == ballot.VoterId && b.CandidateId == ballot.CandidateId))
                item.Add(ballot);
        return state;
    }

    private void Apply(MeetingEvent e)
    {
        switch (e)
        {
            case ItemAdded a: AddItem(a.Item); _added.Add(a); break;
            case MemberCheckedIn c:
                _checkIns.Add(c);
                _present.Add(c.MemberId);
                OpenItem?.MarkPresent(c.MemberId);
                break;
            case MemberLeft l: _departures.Add(l); _present.Remove(l.MemberId); break;
            case LeaveRequested r: _leaveRequests[r.MemberId] = r; break;
            case LeaveApproved a: _leaveApprovals[a.MemberId] = a; break;
            case LeaveRefused r: _leaveRequests.Remove(r.MemberId); break;
            case ObserverDesignated o: _observers.Add(o.AsObserver()); break;
            case RecusalDeclared r: _items[r.ItemId].Add(r); break;
            case VoteOpened o:
                FirstDiscussionOrVoteAt ??= o.At;
                _items[o.ItemId].Status = ItemStatus.Open;
                foreach (var id in _present) _items[o.ItemId].MarkPresent(id);
                break;
            case BallotCast b: _items[b.ItemId].Add(b); break;
            case WrittenOpinionSubmitted w: _items[w.ItemId].Add(w); break;
            case ReservationDeclared r: _items[r.ItemId].Add(r); break;
            case FloorClosed f: _items[f.ItemId].FloorClosed = f; break;
            case DiscussionOpened d: FirstDiscussionOrVoteAt ??= d.At; _items[d.ItemId].DiscussionOpenedAt = d.At; break;
            case VoteClosed v:
                if (v.UrgentReason is { } urgent) _urgent[v.ItemId] = urgent;
                _items[v.ItemId].Status = ItemStatus.Closed;
                _items[v.ItemId].Tally = v.Tally;
                _items[v.ItemId].CandidateTallies = v.Candidates;
                break;
            case MeetingEnded m: EndedAt = m.At; break;
            case MinutesSigned s: Signature = s; break;
            case NoteRecorded n: _notes.Add(n); break;
            case MinutesCorrected c: _corrections.Add(c); break;
            case RecordAccessRequested r: _accessRequests.Add(r); break;
            case RecordAccessApproved a: _accessApprovals.Add(a); break;
            case RecordRead r: _reads.Add(r); break;
            case BrieferDesignated b: Briefer = b; break;
            case WrittenStatementSubmitted w: _statements.Add(w); break;
            case RectificationRecorded r: _rectifications.Add(r); break;
            default: throw new InvalidDataException($"Unknown meeting event {e.GetType().Name}.");
        }
    }
}
