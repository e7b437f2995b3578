using PartyGroupBot.Core.Rules;

namespace PartyGroupBot.Core.Meetings;

public enum ItemStatus { Pending, Open, Closed }

/// <summary>Where one agenda item stands in a meeting.</summary>
public sealed class ItemState(AgendaItem item)
{
    private readonly List<BallotCast> _ballots = [];

    public AgendaItem Item { get; } = item;
    public ItemStatus Status { get; internal set; } = ItemStatus.Pending;
    /// <summary>Open ballots in the order cast; always empty for a secret item.</summary>
    public IReadOnlyList<BallotCast> Ballots => _ballots;
    public Tally? Tally { get; internal set; }

    internal void Add(BallotCast ballot) => _ballots.Add(ballot);
}
