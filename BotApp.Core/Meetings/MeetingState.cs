using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Profiles;

namespace PartyGroupBot.Core.Meetings;

/// <summary>A meeting as its event log says it stands. Built only by folding events.</summary>
public sealed class MeetingState
{
    private readonly List<MemberCheckedIn> _checkIns = [];
    private readonly Dictionary<string, ItemState> _items = new(StringComparer.Ordinal);

    private MeetingState(MeetingStarted started)
    {
        Started = started;
        foreach (var item in started.Items) _items[item.Id] = new ItemState(item);
    }

    public MeetingStarted Started { get; }
    public string Id => Started.MeetingId;
    public string ChairId => Started.ChairId;
    public RuleProfile Profile => Started.OwnProfile ?? RuleProfiles.Get(Started.ProfileId);
    public IReadOnlyList<GroupMember> Roster => Started.Roster;
    public IReadOnlyList<MemberCheckedIn> CheckIns => _checkIns;
    public IEnumerable<ItemState> Items => Started.Items.Select(i => _items[i.Id]);
    public DateTimeOffset? EndedAt { get; private set; }
    public bool Ended => EndedAt is not null;
    public MinutesSigned? Signature { get; private set; }
    /// <summary>How many events the log holds: the next append's sequence number.</summary>
    public int Version { get; private set; }

    public IEnumerable<GroupMember> VotingMembers => Roster.Where(m => m.HasVote);
    public int VotingMemberCount => Roster.Count(m => m.HasVote);
    public bool IsPresent(string memberId) => _checkIns.Any(c => c.MemberId == memberId);
    public int VotingMembersPresent => VotingMembers.Count(m => IsPresent(m.Id));
    public ItemState? Item(string? itemId) => itemId is not null && _items.TryGetValue(itemId, out var s) ? s : null;
    public ItemState? OpenItem => Items.FirstOrDefault(i => i.Status == ItemStatus.Open);
    public GroupMember? Member(string? id) => Roster.FirstOrDefault(m => m.Id == id);

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

    private void Apply(MeetingEvent e)
    {
        switch (e)
        {
            case MemberCheckedIn c: _checkIns.Add(c); break;
            case VoteOpened o: _items[o.ItemId].Status = ItemStatus.Open; break;
            case BallotCast b: _items[b.ItemId].Add(b); break;
            case VoteClosed v:
                _items[v.ItemId].Status = ItemStatus.Closed;
                _items[v.ItemId].Tally = v.Tally;
                break;
            case MeetingEnded m: EndedAt = m.At; break;
            case MinutesSigned s: Signature = s; break;
            default: throw new InvalidDataException($"Unknown meeting event {e.GetType().Name}.");
        }
    }
}
