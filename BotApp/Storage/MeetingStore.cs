using PartyGroupBot.Core;
using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Storage;

/// <summary>
/// Runs a Core command against the stored meeting with optimistic concurrency: read the log, fold, run,
/// append at the next sequence; if someone appended first, reload and run again.
/// </summary>
public sealed class MeetingStore(MeetingLog log, BallotBoxStore boxes)
{
    private const int Attempts = 8;

    public async Task<MeetingState?> LoadAsync(string meeting, CancellationToken ct = default)
    {
        var events = await log.ReadAsync(meeting, ct);
        return events.Count == 0 ? null : MeetingState.Fold(events);
    }

    public async Task<bool> CreateAsync(string meeting, MeetingStarted started, CancellationToken ct = default) =>
        await log.TryAppendAsync(meeting, 0, started, "", ct);

    public async Task<Result<MeetingState>> RunAsync(
        string meeting, Func<MeetingState, Result<MeetingEvent>> command, CancellationToken ct = default)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var chain = await log.ReadChainAsync(meeting, ct);
            var events = chain.Events;
            if (events.Count == 0) return new Refusal("MK1", RefusalCode.MeetingNotFound);
            var state = MeetingState.Fold(events);
            var result = command(state);
            if (result.IsRefused) return result.Refusal!;
            if (await log.TryAppendAsync(meeting, state.Version, result.Value!, chain.LastHash, ct))
                return MeetingState.Fold(events.Append(result.Value!));
        }
        throw new StorageUnavailableException("The meeting kept changing under this command.");
    }

    public Task<ChainReport> VerifyAsync(string meeting, CancellationToken ct = default) => log.VerifyAsync(meeting, ct);

    public async Task<Result<SecretBallotBox>> CastSecretAsync(
        string meeting, string itemId, string? candidateId, Func<MeetingState, SecretBallotBox, Result<SecretBallotBox>> cast, CancellationToken ct = default)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var state = await LoadAsync(meeting, ct);
            if (state is null) return new Refusal("MK1", RefusalCode.MeetingNotFound);
            var (box, etag) = await boxes.ReadAsync(meeting, itemId, candidateId, ct);
            var result = cast(state, box);
            if (result.IsRefused) return result;
            if (await boxes.TryReplaceAsync(meeting, result.Value!, etag, ct)) return result;
        }
        throw new StorageUnavailableException("The ballot box kept changing under this ballot.");
    }

    public async Task<SecretBallotBox> ReadBoxAsync(string meeting, string itemId, string? candidateId = null, CancellationToken ct = default) =>
        (await boxes.ReadAsync(meeting, itemId, candidateId, ct)).Box;

    /// <summary>Seals the box first so no ballot lands after its counts are read for the tally (V10).</summary>
    public async Task<SecretBallotBox> SealBoxAsync(string meeting, string itemId, string? candidateId = null, CancellationToken ct = default)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var (box, etag) = await boxes.ReadAsync(meeting, itemId, candidateId, ct);
            if (box.Sealed) return box;
            var sealedBox = box.Seal();
            if (await boxes.TryReplaceAsync(meeting, sealedBox, etag, ct)) return sealedBox;
        }
        throw new StorageUnavailableException("The ballot box kept changing while it was being sealed.");
    }
}
