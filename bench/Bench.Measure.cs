using System.Diagnostics;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Bench;

public sealed record RateResult(double Rate, Dictionary<string, WindowStats> Stats, Dictionary<string, KindTotals> Totals);

public sealed record GrowthResult(WindowStats First, WindowStats Last, double FillSeconds, int Items, int Members);

public sealed record ReminderResult(int Groups, double Seconds, TurnTally Tally, int Stored, WindowStats During, WindowStats Before);

public sealed record AuditResult(int Lost, int Double, int Phantom, int Stored);

public sealed partial class Bench
{
    /// <summary>Closed loop: every voter votes again as soon as allowed; what the machine then does is the capacity.</summary>
    private async Task<double> ProbeAsync(List<GroupRun> groups)
    {
        var stats = new WindowStats();
        var clock = Stopwatch.StartNew();
        var warm = TimeSpan.FromSeconds(1);
        var end = warm + TimeSpan.FromSeconds(o.ProbeSeconds);
        var voters = groups.Sum(g => g.World.People.Count);
        await Task.WhenAll(Enumerable.Range(0, voters).Select(async _ =>
        {
            while (clock.Elapsed < end) await VoteArrivalAsync("probe", groups, clock.Elapsed >= warm ? stats : null);
        }));
        return stats.Count / o.ProbeSeconds;
    }

    /// <summary>Alternating windows of each kind at one offered rate, <paramref name="seconds"/> in all.</summary>
    private async Task WindowsAsync(List<(string Kind, List<GroupRun> Groups)> kinds, double rate, double seconds, Dictionary<string, WindowStats>? stats)
    {
        _currentRate = rate.ToString("F0");
        var cycles = Math.Max(1, (int)Math.Round(seconds / (o.WindowSeconds * kinds.Count)));
        var window = seconds / (cycles * kinds.Count);
        for (var c = 0; c < cycles; c++)
            foreach (var (kind, groups) in kinds)
                await WindowAsync(kind, groups, rate, window, stats?[kind]);
    }

    /// <summary>
    /// Open loop: Poisson arrivals at <paramref name="rate"/>, each sent when due whether or not earlier ones are answered.
    /// The window then waits for what it started (answers, and the chair's close and next open), so its CPU reading holds
    /// its own turns and no other window's; the idle CPU of that wait is taken off with the rest.
    /// </summary>
    private async Task WindowAsync(string kind, List<GroupRun> groups, double rate, double seconds, WindowStats? stats, Func<bool>? stop = null)
    {
        _connector.Clear(); // it keeps every request for tests to check; the bench only needs them answered
        _window = [];
        var (bench0, azurite0) = _cpu.Now();
        var clock = Stopwatch.StartNew();
        var due = 0.0;
        while (kind != "idle" && stop?.Invoke() != true)
        {
            due += -Math.Log(1 - Random.Shared.NextDouble()) / rate;
            if (due >= seconds) break;
            var wait = due - clock.Elapsed.TotalSeconds;
            if (wait > 0) await Task.Delay(TimeSpan.FromSeconds(wait));
            Track(kind == "echo" ? EchoAsync(groups, stats) : VoteArrivalAsync(kind, groups, stats));
        }
        var rest = seconds - clock.Elapsed.TotalSeconds;
        if (rest > 0 && stop is null) await Task.Delay(TimeSpan.FromSeconds(rest));
        var arrivals = clock.Elapsed.TotalSeconds;
        while (_window.Where(t => !t.IsCompleted).ToList() is { Count: > 0 } pending) await Task.WhenAll(pending);
        var (bench1, azurite1) = _cpu.Now();
        stats?.AddWindow(arrivals, clock.Elapsed.TotalSeconds, bench1 - bench0, azurite1 - azurite0);
    }

    private async Task EchoAsync(List<GroupRun> groups, WindowStats? stats)
    {
        var g = groups[Random.Shared.Next(groups.Count)];
        var who = g.World.People[Random.Shared.Next(g.World.People.Count)];
        stats?.Sending();
        var click = await _turns.ClickAsync(g, who, "echo", EchoTurn.Verb, new { n = 1 });
        if (click.Error is not null) Count(_errors, $"echo {click.Error}");
        else if (click.Refused) Count(_refusals, "echo: " + FirstLine(click.Text));
        else stats?.Add(click.Ms);
    }

    /// <summary>
    /// A meeting run to its last item, its votes against a fresh meeting's first item of the same size, at the same
    /// offered rate in the same seconds (arrivals alternate between the two), so only the meeting's length differs.
    /// </summary>
    private async Task<GrowthResult> GrowthAsync(GroupRun old, GroupRun fresh, double rate)
    {
        var fill = Stopwatch.StartNew();
        while (old.Item < old.Items)
        {
            var members = new List<Task>();
            while (old.TryTake() is { } m) members.Add(VoteAsync("fill", old, m.Voter, m.ItemId, null, manage: false));
            await Task.WhenAll(members);
            if (old.TryTake() is { } chair) await VoteAsync("fill", old, chair.Voter, chair.ItemId, null, manage: false);
            var closed = await SetUpClickAsync(old, old.Chair, "close", "closeVote", new { meetingId = old.MeetingId, itemId = old.ItemId });
            if (!closed.Accepted) Count(_errors, $"closeVote {closed.Error ?? closed.Text}");
            await OpenNextAsync(old);
        }
        var fillSeconds = fill.Elapsed.TotalSeconds;
        Console.WriteLine($"growth: {old.World.People.Count} members, items 1–{old.Items - 1} voted in {fillSeconds:F1}s; now item {old.Items} beside a fresh meeting's item 1 at {rate:F0}/s");

        var first = new WindowStats();
        var last = new WindowStats();
        var votes = old.World.People.Count + fresh.World.People.Count;
        var clock = Stopwatch.StartNew();
        var due = 0.0;
        var (bench0, azurite0) = _cpu.Now();
        var sent = new List<Task>();
        for (var i = 0; i < votes; i++)
        {
            due += -Math.Log(1 - Random.Shared.NextDouble()) / rate;
            var wait = due - clock.Elapsed.TotalSeconds;
            if (wait > 0) await Task.Delay(TimeSpan.FromSeconds(wait));
            sent.Add(i % 2 == 0 ? VoteArrivalAsync("growth-last", [old], last, manage: false) : VoteArrivalAsync("growth-first", [fresh], first, manage: false));
        }
        await Task.WhenAll(sent);
        var (bench1, azurite1) = _cpu.Now();
        last.AddWindow(clock.Elapsed.TotalSeconds / 2, clock.Elapsed.TotalSeconds / 2, (bench1 - bench0) / 2, (azurite1 - azurite0) / 2);
        first.AddWindow(clock.Elapsed.TotalSeconds / 2, clock.Elapsed.TotalSeconds / 2, (bench1 - bench0) / 2, (azurite1 - azurite0) / 2);
        return new GrowthResult(first, last, fillSeconds, old.Items, old.World.People.Count);
    }

    /// <summary>
    /// Many more groups in storage, then one reminder planning pass over all of them (the instance's ReminderPlanning, the
    /// pass each instance runs every Reminders:PlanEveryMs), timed and counted like a turn, while votes keep arriving.
    /// </summary>
    private async Task<ReminderResult> ReminderPassAsync(BotServer bot, List<TeamsPerson> people, List<GroupRun> voting, double rate, RateResult before)
    {
        _connector.Roster = people.Take(3).ToList();
        var groups = NewGroups("recorded", 3, o.ReminderGroups, 1);
        var setup = Stopwatch.StartNew();
        await Parallel.ForEachAsync(groups, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (g, _) => await SaveSetupAsync(g));
        var stored = 0;
        var table = new TableServiceClient(bot.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Storage:ConnectionString"])
            .GetTableClient(TablePrefix + "Groups");
        await foreach (var _ in table.QueryAsync<TableEntity>(select: ["PartitionKey"])) stored++;
        Console.WriteLine($"reminders: {groups.Count} more groups set up in {setup.Elapsed.TotalSeconds:F1}s; {stored} groups in storage; planning while votes arrive at {rate:F0}/s");

        var planning = bot.Services.GetRequiredService<Reminders.ReminderPlanning>();
        var during = new WindowStats();
        var watch = Stopwatch.StartNew();
        double seconds = 0;
        var pass = Task.Run(async () =>
        {
            var tally = await _meter.MeasureAsync("plan", () => planning.PlanAsync(CancellationToken.None));
            seconds = watch.Elapsed.TotalSeconds;
            return tally;
        });
        while (!pass.IsCompleted) await WindowAsync("vote", voting, rate, o.WindowSeconds, during, () => pass.IsCompleted);
        var kind = voting[0].Method == "secret" ? "secret" : "vote";
        return new ReminderResult(groups.Count, seconds, await pass, stored, during, before.Stats[kind]);
    }

    /// <summary>Reads every recorded BallotCast back and matches it to the answers the voters got.</summary>
    private async Task<AuditResult> AuditAsync(string connectionString)
    {
        var service = new TableServiceClient(connectionString);
        var stored = new Dictionary<(string, string, string), int>();
        var rows = 0;
        // In the meetings' chains, and still open beside them (a vote the run left open).
        await foreach (var row in service.GetTableClient(TablePrefix + "Events").QueryAsync<TableEntity>(e => e.GetString("Type") == "BallotCast")
                           .Concat(service.GetTableClient(TablePrefix + "OpenBallots").QueryAsync<TableEntity>(e => e.GetString("Type") == "BallotCast")))
        {
            rows++;
            using var doc = System.Text.Json.JsonDocument.Parse(row.GetString("Data"));
            var meeting = row.PartitionKey[(row.PartitionKey.LastIndexOf('|') + 1)..];
            var key = (meeting, doc.RootElement.GetProperty("itemId").GetString()!, doc.RootElement.GetProperty("voterId").GetString()!);
            stored[key] = stored.GetValueOrDefault(key) + 1;
        }
        var accepted = _accepted.ToList();
        var acceptedSet = accepted.ToHashSet();
        var lost = acceptedSet.Count(k => !stored.ContainsKey(k));
        var doubled = stored.Values.Sum(n => n - 1) + (accepted.Count - acceptedSet.Count);
        var phantom = stored.Keys.Count(k => !acceptedSet.Contains(k));
        return new AuditResult(lost, doubled, phantom, rows);
    }
}
