using Azure;
using Azure.Data.Tables;
using PartyGroupBot.Core;
using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Storage;

/// <summary>What casting an open ballot gave: the meeting with it and the answer, or only the answer a repeat of the same click got.</summary>
public sealed record CastBallot(MeetingState? State, string Answer);

/// <summary>
/// Ballots (表决票) of a stored meeting: open ones in rows beside its chain (<see cref="OpenVoteStore"/>), secret ones
/// in boxes (<see cref="BallotBoxStore"/>), and the close that seals an item's ballots into the record (V10).
/// </summary>
public sealed class BallotStore(
    MeetingStore meetings, MeetingLog log, OpenVoteStore open, BallotBoxStore boxes, ActivityLedger ledger, ILogger<BallotStore> logger)
{
    /// <summary>
    /// An open ballot (recorded, oral, show of hands): one transaction that inserts the ballot's own row and touches
    /// the floor marker, or for the chair the open marker while taking the floor marker away (V5: nobody after the
    /// chair). The first try uses the log the caller read; after a lost race it reads again and the rules decide.
    /// The row keeps the activity and the answer, so the same click delivered twice gets the same answer once.
    /// </summary>
    /// <param name="answer">
    /// The voter's answer given the meeting with their ballot in it, as the caller words it: kept as text with the row,
    /// never read here.
    /// </param>
    public Task<Result<CastBallot>> CastAsync(
        string meeting, Func<MeetingState, Result<MeetingEvent>> cast, Func<MeetingState, string> answer,
        OpenVoteRows.Click? click, LoggedEvents<MeetingEvent> known, CancellationToken ct = default) =>
        Contention.RetryAsync<Result<CastBallot>>(async attempt =>
        {
            var chain = attempt == 0 ? known : await meetings.ReadAsync(meeting, ct);
            if (chain.Events.Count == 0) return (true, StoredFacts.NoMeeting());
            // The same click again, handled here or by another instance: its answer, nothing counted twice.
            if (OpenVoteRows.AnswerFor(chain.Side, click) is { } earlier) return (true, new CastBallot(null, earlier));
            var state = OpenVoteRows.Fold(chain);
            var result = cast(state);
            if (result.IsRefused) return (true, result.Refusal);
            var ballot = (BallotCast)result.Value;
            var chair = state.IsChairs(ballot);
            // V5 per person named (V7): the chair's ballot on one candidate closes that candidate's floor only.
            var floorKey = OpenVoteRows.FloorMarker(ballot.ItemId, ballot.CandidateId);
            var floor = OpenVoteRows.Find(chain, floorKey);
            // The rules say open; which markers are still there is a fact of storage, what a gone one means is Core's.
            var voteMarker = OpenVoteRows.Find(chain, OpenVoteRows.OpenMarker(ballot.ItemId)) is not null;
            if (state.MayLand(ballot, voteMarker, floor is not null) is { } lost) return (true, lost);

            var after = MeetingState.Fold(chain.Events, [.. OpenVoteRows.Pending(chain.Side), ballot]);
            var answered = answer(after);
            List<TableTransactionAction> actions =
                [new(TableTransactionActionType.Add, OpenVoteRows.Row(meeting, ballot, click, answered))];
            if (!chair) actions.Add(OpenVoteRows.Touch(meeting, floorKey));
            else
            {
                if (floor is not null)
                    actions.Add(new(TableTransactionActionType.Delete, new TableEntity(meeting, floor.RowKey), ETag.All));
                actions.Add(OpenVoteRows.Touch(meeting, OpenVoteRows.OpenMarker(ballot.ItemId)));
            }

            var table = await open.TableAsync(ct);
            try
            {
                await table.SubmitTransactionAsync(actions, ct);
                return (true, new CastBallot(after, answered));
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 404 or 409)
            {
                // A marker went, or a ballot of this voter came (a second ballot, V11, or the same click delivered
                // twice): the next read shows which, and the rules or the kept answer decide.
                return (false, default);
            }
        }, "The meeting kept changing under this ballot.", ct);

    /// <summary>
    /// Closes an item's vote (V10): takes both markers away so no ballot can land, reads the ballots, and appends them
    /// in the order cast with the VoteClosed event; then their rows go. A close interrupted half-way is finished by
    /// pressing again: ballots already in the chain are not appended twice.
    /// </summary>
    public async Task<Result<MeetingState>> CloseVoteAsync(
        string meeting, string itemId, Func<MeetingState, Result<MeetingEvent>> close, LoggedEvents<MeetingEvent> known,
        CancellationToken ct = default)
    {
        var check = close(OpenVoteRows.Fold(known));
        if (check.IsRefused) return check.Refusal;
        // The open marker first, so a ballot refused in between is told the vote closed (V10), not the floor (V5).
        await open.DeleteIfThereAsync(meeting, OpenVoteRows.OpenMarker(itemId), ct);
        if (OpenVoteRows.Fold(known).Item(itemId) is { } closing)
            foreach (var marker in OpenVoteRows.FloorMarkers(closing.Item))
                await open.DeleteIfThereAsync(meeting, marker, ct);
        var prefix = OpenVoteRows.ItemPrefix(itemId);
        var closed = await Contention.RetryAsync<Result<MeetingState>>(async _ =>
        {
            var chain = await meetings.ReadAsync(meeting, ct);
            var state = OpenVoteRows.Fold(chain);
            var result = close(state);
            if (result.IsRefused) return (true, result.Refusal);
            var inChain = chain.Events.OfType<BallotCast>().Where(b => b.ItemId == itemId).Select(b => (b.VoterId, b.CandidateId)).ToHashSet();
            var ballots = OpenVoteRows.Pending(chain.Side.Where(r => r.RowKey.StartsWith(prefix, StringComparison.Ordinal)))
                .Where(b => !inChain.Contains((b.VoterId, b.CandidateId))).ToList();
            // A transaction holds at most 100 rows: a crowd of ballots joins the chain in several, each all or none.
            const int PerTransaction = 99;
            if (ballots.Count > PerTransaction)
            {
                await log.TryAppendAllAsync(meeting, state.Version, [.. ballots.Take(PerTransaction)], chain.LastHash, ct);
                return (false, default);
            }
            MeetingEvent[] events = [.. ballots, result.Value];
            return await log.TryAppendAllAsync(meeting, state.Version, events, chain.LastHash, ct)
                ? (true, MeetingState.Fold(chain.Events.Concat(events)))
                : (false, default);
        }, "The meeting kept changing while the vote was being closed.", ct);
        if (!closed.IsRefused) await ClearAsync(meeting, prefix, ct);
        return closed;
    }

    /// <summary>The closed vote's rows: their answers kept for late repeats of the same clicks, then the rows gone.</summary>
    private async Task ClearAsync(string meeting, string prefix, CancellationToken ct)
    {
        var rows = (await open.ReadAsync(meeting, ct)).Where(r => r.RowKey.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        await KeepAnswersAsync(rows, ct);
        await open.DeleteAsync(meeting, rows.Select(r => r.RowKey), ct);
    }

    /// <summary>A click on a closed ballot delivered again late still gets its first answer; only a convenience, so a failure is logged.</summary>
    private async Task KeepAnswersAsync(IEnumerable<TableEntity> ballotRows, CancellationToken ct)
    {
        try
        {
            await ledger.KeepAnswersAsync(OpenVoteRows.Answers(ballotRows), ct);
        }
        catch (Exception ex) when (ex is RequestFailedException or TableTransactionFailedException)
        {
            logger.LogWarning(ex, "Could not keep the answers of closed ballots; a late repeat of one will be refused as closed");
        }
    }

    /// <summary>The answer kept for a click whose ballot has joined the chain.</summary>
    public Task<string?> KeptAnswerAsync(OpenVoteRows.Click click, CancellationToken ct) =>
        ledger.AnswerAsync(click.ConversationId, click.ActivityId, ct);

    /// <param name="known">The meeting the caller has just read, used for the first try.</param>
    public Task<Result<SecretBallotBox>> CastSecretAsync(
        string meeting, string itemId, string? candidateId, Func<MeetingState, SecretBallotBox, Result<SecretBallotBox>> cast,
        CancellationToken ct = default, MeetingState? known = null) =>
        Contention.RetryAsync<Result<SecretBallotBox>>(async attempt =>
        {
            var state = attempt == 0 && known is not null ? known : await meetings.LoadAsync(meeting, ct);
            if (state is null) return (true, StoredFacts.NoMeeting());
            var (box, etag) = await boxes.ReadAsync(meeting, itemId, candidateId, ct);
            var result = cast(state, box);
            if (result.IsRefused) return (true, result);
            return (await boxes.TryReplaceAsync(meeting, result.Value, etag, ct), result);
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
