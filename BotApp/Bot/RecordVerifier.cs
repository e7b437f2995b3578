using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Core;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>
/// 核验记录 (MN1): recomputes the group's whole record from storage: the 议题库 log, every meeting the group held (from
/// its meeting index and the one in progress), each sealed secret ballot box's counts against its voter set, and, when
/// the person types the check value printed on signed minutes, whether the stored chain still holds that head: a log
/// cut short after the minutes were issued is reported against the head that was issued.
/// </summary>
public sealed class RecordVerifier(TeamGroups teamGroups, AgendaLog agenda, MeetingStore meetings, MeetingIndex index, BallotBoxStore boxes)
{
    public async Task<JObject> VerifyAsync(TurnScope scope, string? issuedHead, CancellationToken ct)
    {
        var found = await teamGroups.FindAsync(scope, ct);
        if (found.IsRefused) return Refusals.Card(scope, found.Refusal, null);
        var team = found.Value;
        if (Record.MayConsultRecords(team.Stored.Group, scope.ActorId) is { } refusal) return Refusals.Card(scope, refusal, team.Stored.Group.Profile);

        var agendaReport = await agenda.VerifyAsync(team.Key.Agenda, ct);
        var held = new List<(string Id, DateTimeOffset StartedAt)>();
        await foreach (var m in index.SinceAsync(team.Key, DateTimeOffset.MinValue, ct)) held.Add((m.Id, m.StartsAt));
        if (team.Stored.ActiveMeetingId is { } active && held.All(m => m.Id != active))
            held.Add((active, (await meetings.LoadAsync(team.MeetingPartition(active), ct))?.Started.At ?? DateTimeOffset.MinValue));

        var checks = new List<RecordCheckCard.MeetingCheck>();
        foreach (var (id, startedAt) in held)
        {
            var partition = team.MeetingPartition(id);
            var chain = await meetings.VerifyAsync(partition, ct);
            // V2, MN1: a sealed box holds as many ballots as voters; a count changed in storage shows here.
            var unbalanced = (await boxes.OfMeetingAsync(partition, ct))
                .Where(b => b.Sealed && b.Yes + b.No + b.Abstain + b.Defer != b.Voters.Count)
                .Select(b => b.CandidateId is null ? b.ItemId : $"{b.ItemId}/{b.CandidateId}")
                .ToList();
            checks.Add(new RecordCheckCard.MeetingCheck(startedAt, chain, unbalanced));
        }
        bool? headFound = issuedHead is null ? null : checks.Any(c => c.Chain.Holds(issuedHead)) || agendaReport.Holds(issuedHead);
        return RecordCheckCard.Build(scope.Texts, agendaReport, checks, issuedHead, headFound, team.Stored.Group.Profile);
    }

    /// <summary>"核验记录 1A2B3C4D…": the check value typed after the command, if any.</summary>
    public static string? IssuedHead(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length == 2 && parts[1].Trim('…', '.').All(Uri.IsHexDigit) ? parts[1].Trim('…', '.') : null;
    }
}
