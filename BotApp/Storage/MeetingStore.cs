using PartyGroupBot.Core;
using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Storage;

/// <summary>
/// Runs a Core command against the stored meeting with optimistic concurrency: read the log, fold, run,
/// append at the next sequence; if someone appended first, reload and run again.
/// </summary>
public sealed class MeetingStore(MeetingLog log, OpenVoteStore open)
{
    public async Task<MeetingState?> LoadAsync(string meeting, CancellationToken ct = default)
    {
        var read = await ReadAsync(meeting, ct);
        return read.Events.Count == 0 ? null : OpenVoteRows.Fold(read);
    }

    /// <summary>False when the meeting exists already, unless an earlier attempt of this very turn created it.</summary>
    public async Task<bool> CreateAsync(string meeting, MeetingStarted started, CancellationToken ct = default)
    {
        var cause = CausingActivity.Next(meeting);
        return await log.TryAppendAsync(meeting, 0, started, "", ct, cause)
            || (cause is not null && await log.CauseAtAsync(meeting, 0, ct) == cause);
    }

    /// <summary>
    /// The log as stored with its open ballots (fold it with <see cref="OpenVoteRows.Fold"/>), to hand back to
    /// <see cref="RunAsync"/> so its first try reads nothing again.
    /// </summary>
    public async Task<LoggedEvents<MeetingEvent>> ReadAsync(string meeting, CancellationToken ct = default)
    {
        var chain = log.ReadChainAsync(meeting, ct);
        var side = open.ReadAsync(meeting, ct);
        return (await chain) with { Side = await side };
    }

    /// <param name="known">The log the caller has just read, used for the first try.</param>
    public Task<Result<MeetingState>> RunAsync(
        string meeting, Func<MeetingState, Result<MeetingEvent>> command, CancellationToken ct = default,
        LoggedEvents<MeetingEvent>? known = null)
    {
        var cause = CausingActivity.Next(meeting);
        return Contention.RetryAsync<Result<MeetingState>>(async attempt =>
        {
            var chain = attempt == 0 && known is not null ? known : await ReadAsync(meeting, ct);
            var events = chain.Events;
            if (events.Count == 0) return (true, StoredFacts.NoMeeting());
            var state = OpenVoteRows.Fold(chain);
            // A turn taken over after its first attempt appended this step: the step is done. The command runs again on
            // the state it first met, for the caller to answer as the first attempt would have, and nothing is appended.
            if (chain.Before(cause) is { } before)
            {
                var again = command(OpenVoteRows.Fold(chain with { Events = before }));
                return (true, again.IsRefused ? again.Refusal : state);
            }
            var result = command(state);
            if (result.IsRefused) return (true, result.Refusal);
            var e = result.Value;
            if (e is BallotCast or VoteClosed)
                throw new InvalidOperationException($"{e.GetType().Name} goes through BallotStore, which keeps the open ballots.");
            // V5: no member's ballot lands once the floor closes; the event follows (pressing again finishes it).
            if (e is FloorClosed floor)
                foreach (var marker in OpenVoteRows.FloorMarkers(state.Item(floor.ItemId)!.Item))
                    await open.DeleteIfThereAsync(meeting, marker, ct);
            if (e is VoteOpened opened) await open.OpenAsync(meeting, state.Item(opened.ItemId)!.Item, ct);
            return await log.TryAppendAsync(meeting, state.Version, e, chain.LastHash, ct, cause)
                ? (true, MeetingState.Fold(events.Append(e), OpenVoteRows.Pending(chain.Side)))
                : (false, default);
        }, "The meeting kept changing under this command.", ct);
    }

    /// <summary>
    /// MN1: the chain, then the open ballots after it in the order cast (they join the chain when their vote closes):
    /// the first event that no longer matches, counting both.
    /// </summary>
    public async Task<ChainReport> VerifyAsync(string meeting, CancellationToken ct = default)
    {
        var chain = await log.VerifyAsync(meeting, ct);
        if (!chain.Intact) return chain;
        var ballots = OpenVoteRows.Checked(await open.ReadAsync(meeting, ct));
        var bad = ballots.ToList().FindIndex(b => !b.Intact);
        return new ChainReport(chain.EventCount + ballots.Count, bad < 0 ? null : chain.EventCount + bad, chain.LastHash) { Hashes = chain.Hashes };
    }
}
