using PartyGroupBot.Core;
using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Storage;

/// <summary>
/// Runs a Core command against the stored meeting with optimistic concurrency: read the log, fold, run,
/// append at the next sequence; if someone appended first, reload and run again.
/// </summary>
public sealed class MeetingStore(MeetingLog log, BallotBoxStore boxes)
{
    public async Task<MeetingState?> LoadAsync(string meeting, CancellationToken ct = default)
    {
        var events = await log.ReadAsync(meeting, ct);
        return events.Count == 0 ? null : MeetingState.Fold(events);
    }

    public async Task<bool> CreateAsync(string meeting, MeetingStarted started, CancellationToken ct = default) =>
        await log.TryAppendAsync(meeting, 0, started, "", ct);

    /// <summary>The log as stored, to fold and to hand back to <see cref="RunAsync"/> so its first try reads nothing again.</summary>
    public Task<LoggedEvents<MeetingEvent>> ReadAsync(string meeting, CancellationToken ct = default) => log.ReadChainAsync(meeting, ct);

    /// <param name="known">The log the caller has just read, used for the first try.</param>
    public Task<Result<MeetingState>> RunAsync(
        string meeting, Func<MeetingState, Result<MeetingEvent>> command, CancellationToken ct = default,
        LoggedEvents<MeetingEvent>? known = null) =>
        Contention.RetryAsync<Result<MeetingState>>(async attempt =>
        {
            var chain = attempt == 0 && known is not null ? known : await log.ReadChainAsync(meeting, ct);
            var events = chain.Events;
            if (events.Count == 0) return (true, new Refusal("MK1", RefusalCode.MeetingNotFound));
            var state = MeetingState.Fold(events);
            var result = command(state);
            if (result.IsRefused) return (true, result.Refusal!);
            return await log.TryAppendAsync(meeting, state.Version, result.Value!, chain.LastHash, ct)
                ? (true, MeetingState.Fold(events.Append(result.Value!)))
                : (false, default);
        }, "The meeting kept changing under this command.", ct);

    public Task<ChainReport> VerifyAsync(string meeting, CancellationToken ct = default) => log.VerifyAsync(meeting, ct);

    /// <param name="known">The meeting the caller has just read, used for the first try.</param>
    public Task<Result<SecretBallotBox>> CastSecretAsync(
        string meeting, string itemId, string? candidateId, Func<MeetingState, SecretBallotBox, Result<SecretBallotBox>> cast,
        CancellationToken ct = default, MeetingState? known = null) =>
        Contention.RetryAsync<Result<SecretBallotBox>>(async attempt =>
        {
            var state = attempt == 0 && known is not null ? known : await LoadAsync(meeting, ct);
            if (state is null) return (true, new Refusal("MK1", RefusalCode.MeetingNotFound));
            var (box, etag) = await boxes.ReadAsync(meeting, itemId, candidateId, ct);
            var result = cast(state, box);
            if (result.IsRefused) return (true, result);
            return (await boxes.TryReplaceAsync(meeting, result.Value!, etag, ct), result);
        }, "The ballot box kept changing under this ballot.", ct);

    public async Task<SecretBallotBox> ReadBoxAsync(string meeting, string itemId, string? candidateId = null, CancellationToken ct = default) =>
        (await boxes.ReadAsync(meeting, itemId, candidateId, ct)).Box;

    /// <summary>Seals the box first so no ballot lands after its counts are read for the tally (V10).</summary>
    public Task<SecretBallotBox> SealBoxAsync(string meeting, string itemId, string? candidateId = null, CancellationToken ct = default) =>
        Contention.RetryAsync(async _ =>
        {
            var (box, etag) = await boxes.ReadAsync(meeting, itemId, candidateId, ct);
            if (box.Sealed) return (true, box);
            var sealedBox = box.Seal();
            return (await boxes.TryReplaceAsync(meeting, sealedBox, etag, ct), sealedBox);
        }, "The ballot box kept changing while it was being sealed.", ct);
}
