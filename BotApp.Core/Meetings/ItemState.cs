using PartyGroupBot.Core.Rules;

namespace PartyGroupBot.Core.Meetings;

public enum ItemStatus { Pending, Open, Closed }

/// <summary>Where one agenda item stands in a meeting.</summary>
public sealed class ItemState(AgendaItem item)
{
    private readonly List<BallotCast> _ballots = [];
    private readonly List<RecusalDeclared> _recusals = [];
    private readonly HashSet<string> _presence = new(StringComparer.Ordinal);
    private readonly List<WrittenOpinionSubmitted> _opinions = [];
    private readonly List<ReservationDeclared> _reservations = [];

    public AgendaItem Item { get; } = item;
    public ItemStatus Status { get; internal set; } = ItemStatus.Pending;
    /// <summary>Open ballots in the order cast; always empty for a secret item.</summary>
    public IReadOnlyList<BallotCast> Ballots => _ballots;
    public Tally? Tally { get; internal set; }
    /// <summary>V7: per-candidate results once closed, in the item's candidate order.</summary>
    public IReadOnlyList<CandidateTally> CandidateTallies { get; internal set; } = [];
    /// <summary>V7: the open ballots on one candidate, in the order cast.</summary>
    public IEnumerable<BallotCast> BallotsOn(string? candidateId) => _ballots.Where(b => b.CandidateId == candidateId);
    /// <summary>Q4: who recused from this item, and whether they declared it or the chair ruled it.</summary>
    public IReadOnlyList<RecusalDeclared> Recusals => _recusals;
    /// <summary>Q7: everyone on the roster who was present at some moment while this item's vote was open.</summary>
    public IReadOnlyCollection<string> Presence => _presence;

    /// <summary>V4: written opinions of members on leave; never counted.</summary>
    public IReadOnlyList<WrittenOpinionSubmitted> WrittenOpinions => _opinions;
    /// <summary>V9: reservations declared after the decision.</summary>
    public IReadOnlyList<ReservationDeclared> Reservations => _reservations;
    /// <summary>V5: the chair closed the floor; only the chair may still vote.</summary>
    public FloorClosed? FloorClosed { get; internal set; }
    /// <summary>V1: when the chair opened this item's discussion, if they did before its vote.</summary>
    public DateTimeOffset? DiscussionOpenedAt { get; internal set; }

    public bool IsRecused(string memberId) => _recusals.Any(r => r.MemberId == memberId);

    internal void Add(BallotCast ballot) => _ballots.Add(ballot);
    internal void Add(RecusalDeclared recusal) => _recusals.Add(recusal);
    internal void Add(WrittenOpinionSubmitted opinion) => _opinions.Add(opinion);
    internal void Add(ReservationDeclared reservation) => _reservations.Add(reservation);
    internal void MarkPresent(string memberId) => _presence.Add(memberId);
}
