using Azure;
using Azure.Data.Tables;
using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Storage;

/// <summary>The keys and rows of <see cref="OpenVoteStore"/>, and the meeting they make with the chain.</summary>
public static class OpenVoteRows
{
    public static string Ballot(string itemId, string? candidateId, string voterId) =>
        $"{ItemPrefix(itemId)}{GroupKey.Escape(candidateId ?? "-")}|{GroupKey.Escape(voterId)}";

    /// <summary>Every ballot row of an item starts with this.</summary>
    public static string ItemPrefix(string itemId) => $"b|{GroupKey.Escape(itemId)}|";

    /// <summary>V5: the floor of an item, or of one person named on it (V7), closed by the chair's ballot on that person only.</summary>
    public static string FloorMarker(string itemId, string? candidateId = null) =>
        candidateId is null ? $"m|floor|{GroupKey.Escape(itemId)}" : $"m|floor|{GroupKey.Escape(itemId)}|{GroupKey.Escape(candidateId)}";

    /// <summary>Every floor marker of an item: its own, or one per person named (V7).</summary>
    public static IReadOnlyList<string> FloorMarkers(AgendaItem item) =>
        item.Candidates.Count == 0 ? [FloorMarker(item.Id)] : item.Candidates.Select(c => FloorMarker(item.Id, c.Id)).ToList();
    public static string OpenMarker(string itemId) => $"m|open|{GroupKey.Escape(itemId)}";

    public static bool IsBallot(TableEntity row) => row.RowKey.StartsWith("b|", StringComparison.Ordinal);

    /// <summary>The open ballots among a log's side rows, in the order cast; the server's timestamp breaks ties.</summary>
    public static IReadOnlyList<BallotCast> Pending(IEnumerable<TableEntity> side) =>
        side.Where(IsBallot)
            .Select(r => (Ballot: (BallotCast)EventSerializer.Deserialize(r.GetString("Type"), r.GetString("Data")), r.Timestamp))
            .OrderBy(b => b.Ballot.At).ThenBy(b => b.Timestamp)
            .Select(b => b.Ballot)
            .ToList();

    /// <summary>
    /// MN1: an open ballot's row carries the hash of its key and content, as a chain row does of its own, so a row
    /// changed in storage before its vote closes is found too. Rows in the order cast, each with whether it still matches.
    /// </summary>
    public static IReadOnlyList<(TableEntity Row, bool Intact)> Checked(IEnumerable<TableEntity> side) =>
        side.Where(IsBallot)
            .Select(r => (Row: r, Intact: r.GetString("Hash") == Seal(r.RowKey, r.GetString("Type") ?? "", r.GetString("Data") ?? "")))
            .OrderBy(r => r.Intact ? ((BallotCast)EventSerializer.Deserialize(r.Row.GetString("Type"), r.Row.GetString("Data"))).At : DateTimeOffset.MaxValue)
            .ThenBy(r => r.Row.Timestamp)
            .ToList();

    private static string Seal(string rowKey, string type, string data) => EventLog<MeetingEvent>.Hash(rowKey, 0, type, data);

    /// <summary>The meeting as it stands: its chain, then the open ballots, which are not in the chain yet.</summary>
    public static MeetingState Fold(LoggedEvents<MeetingEvent> log) => MeetingState.Fold(log.Events, Pending(log.Side));

    public static TableEntity? Find(LoggedEvents<MeetingEvent> log, string rowKey) => log.Side.FirstOrDefault(r => r.RowKey == rowKey);

    /// <summary>The click that cast a ballot, kept with it so the same click delivered again gets the same answer.</summary>
    public sealed record Click(string ConversationId, string ActivityId);

    public static TableEntity Row(string partition, BallotCast ballot, Click? click, string? answer)
    {
        var (type, data) = EventSerializer.Serialize(ballot);
        return new TableEntity(partition, Ballot(ballot.ItemId, ballot.CandidateId, ballot.VoterId))
        {
            ["Type"] = type,
            ["Data"] = data,
            ["Hash"] = Seal(Ballot(ballot.ItemId, ballot.CandidateId, ballot.VoterId), type, data),
            ["Conversation"] = click?.ConversationId,
            ["ActivityId"] = click?.ActivityId,
            // A string property holds 32K characters; a card too big to keep is rebuilt from the meeting instead.
            ["Answer"] = answer is { Length: <= 30_000 } ? answer : null,
        };
    }

    /// <summary>The answer an earlier delivery of the same click got, if its ballot is still open.</summary>
    public static string? AnswerFor(IEnumerable<TableEntity> side, Click? click) => click is null ? null : side
        .FirstOrDefault(r => IsBallot(r) && r.GetString("ActivityId") == click.ActivityId && r.GetString("Conversation") == click.ConversationId)
        ?.GetString("Answer");

    /// <summary>The answers of ballots joining the chain, to keep in the activity ledger for late repeats.</summary>
    public static IEnumerable<(string, string, string)> Answers(IEnumerable<TableEntity> rows) => rows
        .Where(r => IsBallot(r) && r.GetString("Conversation") is not null && r.GetString("ActivityId") is not null && r.GetString("Answer") is not null)
        .Select(r => (r.GetString("Conversation"), r.GetString("ActivityId"), r.GetString("Answer")));

    /// <summary>Touching a marker with If-Match * fails the ballot's transaction once the marker is gone.</summary>
    public static TableTransactionAction Touch(string partition, string marker) =>
        new(TableTransactionActionType.UpdateMerge, new TableEntity(partition, marker), ETag.All);
}
