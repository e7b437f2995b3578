using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using PartyGroupBot;
using PartyGroupBot.Bench;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var options = BenchOptions.Parse(args);
if (options is null) return 2;
return await new Bench(options).RunAsync();

public sealed record BenchOptions(int Voters, int Groups, int Seconds, int WarmupSeconds, int Items, string Method, bool UpdateCards)
{
    public static BenchOptions? Parse(string[] args)
    {
        int voters = 64, groups = 8, seconds = 20, warmup = 3, items = 40;
        var method = "recorded";
        var updateCards = true;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--voters": voters = int.Parse(Next()); break;
                case "--groups": groups = int.Parse(Next()); break;
                case "--seconds": seconds = int.Parse(Next()); break;
                case "--warmup": warmup = int.Parse(Next()); break;
                case "--items": items = int.Parse(Next()); break;
                case "--no-card-update": updateCards = false; break;
                case "--help" or "-h":
                    Console.WriteLine("bench [--voters 64] [--groups 8] [--seconds 20] [--warmup 3] [--items 40] [--no-card-update]\n" +
                        "  voters are spread over the groups; each group runs a recorded-vote meeting with --items agenda items,\n" +
                        "  and starts a new meeting when they are used up.\n" +
                        "  --no-card-update sends votes without replyToId, so the bot skips replacing the ballot card for everyone\n" +
                        "  (one connector PUT per vote): an experiment to see what that update costs.");
                    return null;
                default: Console.Error.WriteLine($"unknown option {args[i]} (try --help)"); return null;
            }
        }
        if (groups < 1 || voters < 2 * groups) { Console.Error.WriteLine("need at least two voters per group"); return null; }
        return new BenchOptions(voters, groups, seconds, warmup, items, method, updateCards);
    }
}

public sealed class Bench(BenchOptions o)
{
    private const string TablePrefix = "bench";
    private readonly ConcurrentBag<(string Meeting, string Item, string Voter)> _accepted = [];
    private readonly ConcurrentDictionary<string, int> _refusals = new();
    private readonly ConcurrentDictionary<string, int> _errors = new();
    private readonly List<double> _voteMs = [], _echoMs = [];
    private readonly List<int> _logLengthAtVote = [];

    public async Task<int> RunAsync()
    {
        var total = Stopwatch.StartNew();
        var root = Net.RepoRoot();
        Console.WriteLine($"bench: {o.Voters} voters in {o.Groups} groups, {o.WarmupSeconds}s warm-up + {o.Seconds}s measured per phase, " +
            $"{o.Items} items per meeting, {Environment.ProcessorCount} cores");
        await using var azurite = await AzuriteProcess.StartAsync(root);
        await using var connector = new LocalConnector();
        await connector.StartAsync();
        using var meter = new TurnMeter(azurite.Port, connector.Port);

        var tenant = Guid.NewGuid().ToString();
        var groups = Enumerable.Range(0, o.Groups).Select(g =>
        {
            var size = o.Voters / o.Groups + (g < o.Voters % o.Groups ? 1 : 0);
            var team = $"19:bench-{g}-{Guid.NewGuid():N}@thread.tacv2";
            var people = Enumerable.Range(1, size)
                .Select(i => new BenchPerson($"29:bench-{g}-{i}", Guid.NewGuid().ToString(), $"第{g}组成员{i}")).ToList();
            var group = new BenchGroup(tenant, team, people);
            connector.SetRoster(team, people);
            return group;
        }).ToList();

        var botArgs = new List<string>
        {
            "--urls=http://127.0.0.1:0", "--environment=Bench",
            $"--Storage:ConnectionString={azurite.ConnectionString}", $"--Storage:TablePrefix={TablePrefix}",
            "--MicrosoftAppId=", "--Bot:AllowAnonymous=true", "--Reminders:PlanEveryMs=0", "--Logging:LogLevel:Default=Error",
        };
        botArgs.AddRange(groups.Select((g, i) => $"--Bot:Administrators:{i}={g.Secretary.AadObjectId}"));
        await using var bot = BotAppHost.Build(botArgs.ToArray());
        meter.Attach(bot);
        await bot.StartAsync();
        var botUrl = bot.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/api/messages";
        var (echoApp, echoUrl) = await EchoApp.StartAsync(azurite.ConnectionString, meter);
        await using var _ = echoApp;

        using var http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 4096,
            UseProxy = false,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        }) { Timeout = TimeSpan.FromSeconds(60) };
        var client = new BenchClient(http, connector.Url);
        Console.WriteLine($"azurite :{azurite.Port}  bot {botUrl}  echo {echoUrl}  connector {connector.Url}");

        // Set-up: each group's roster from the connector, a meeting with many items, everyone checked in.
        await Task.WhenAll(groups.Select(g => SetUpGroupAsync(client, botUrl, g)));
        Console.WriteLine($"set up {groups.Count} groups with meetings in {total.Elapsed.TotalSeconds:F1}s");

        // Baseline first: V concurrent clients doing echo turns.
        var echoUse = new PhaseUse(azurite);
        var (echoCount, echoSeconds) = await EchoPhaseAsync(client, echoUrl, groups, meter, echoUse);
        var echoTotals = meter.Totals.GetValueOrDefault("echo");

        // Then V concurrent voters.
        meter.Reset();
        var voteUse = new PhaseUse(azurite);
        var (voteCount, voteSeconds) = await VotePhaseAsync(client, botUrl, groups, meter, voteUse);
        var totals = meter.Totals.ToDictionary();

        var (lost, doubled, phantom, stored) = await AuditAsync(azurite.ConnectionString);
        var probe = await ProbeAsync(azurite.ConnectionString, groups[0]);

        // Report.
        double P(List<double> xs, double q) { lock (xs) return Percentile(xs, q); }
        var vote50 = P(_voteMs, 0.50); var vote99 = P(_voteMs, 0.99);
        var echo50 = P(_echoMs, 0.50); var echo99 = P(_echoMs, 0.99);
        var votesPerS = voteCount / voteSeconds;
        var vt = totals.GetValueOrDefault("vote");
        var roundTrips = vt is null || vt.Turns == 0 ? 0 : (double)vt.StorageCalls / vt.Turns;

        Console.WriteLine();
        Console.WriteLine($"echo : {echoCount} turns in {echoSeconds:F1}s = {echoCount / echoSeconds:F0}/s  " +
            $"p50 {echo50:F1} ms  p90 {P(_echoMs, 0.90):F1}  p99 {echo99:F1}  max {P(_echoMs, 1):F1}");
        Console.WriteLine($"vote : {voteCount} accepted in {voteSeconds:F1}s = {votesPerS:F0}/s  " +
            $"p50 {vote50:F1} ms  p90 {P(_voteMs, 0.90):F1}  p99 {vote99:F1}  max {P(_voteMs, 1):F1}");
        Console.WriteLine($"ratio: p50 {vote50 / echo50:F2}  p99 {vote99 / echo99:F2}   (goal ≤ 1.5 / ≤ 2)");
        if (!_refusals.IsEmpty) Console.WriteLine("refused votes: " + string.Join("; ", _refusals.Select(r => $"{r.Value}× {r.Key}")));
        if (!_errors.IsEmpty) Console.WriteLine("errors: " + string.Join("; ", _errors.Select(r => $"{r.Value}× {r.Key}")));
        lock (_logLengthAtVote)
            if (_logLengthAtVote.Count > 0)
                Console.WriteLine($"meeting log length a vote reads (events): mean {_logLengthAtVote.Average():F0}, max {_logLengthAtVote.Max()}");
        Console.WriteLine();
        Console.WriteLine("where a turn's time goes (per turn, measured turns only; storage = requests to Azurite incl. SDK retries and query pages):");
        Console.WriteLine($"  {"turn",-6} {"turns",6} {"storage",8} {"stor ms",8} {"409/412",8} {"connector",9} {"conn ms",8}  storage requests by kind");
        foreach (var (kind, t) in new[] { ("echo", echoTotals) }.Concat(totals.OrderBy(k => k.Key).Select(k => (k.Key, (KindTotals?)k.Value))))
        {
            if (t is null || t.Turns == 0) continue;
            double Per(double x) => x / t.Turns;
            var ops = string.Join(", ", t.Ops.OrderByDescending(p => p.Value).Select(p => $"{p.Key.Replace(TablePrefix, "")} {Per(p.Value):F2}"));
            Console.WriteLine($"  {kind,-6} {t.Turns,6} {Per(t.StorageCalls),8:F2} {Per(t.StorageMs),8:F2} {Per(t.Conflicts),8:F2} " +
                $"{Per(t.ConnectorCalls),9:F2} {Per(t.ConnectorMs),8:F2}  {ops}");
        }
        Console.WriteLine();
        Console.WriteLine("machine use while measuring (the bench process holds the bot, the echo app, the connector and the clients):");
        Console.WriteLine($"  echo phase: {echoUse.Describe(echoTotals?.Turns ?? 0, "echo turn")}");
        Console.WriteLine($"  vote phase: {voteUse.Describe(totals.Values.Sum(t => t.Turns), "bot turn")}");
        Console.WriteLine($"  unloaded, after the run: {probe}");
        Console.WriteLine($"  load average now: {LoadAverage()} (other work on this machine shares its {Environment.ProcessorCount} cores)");
        Console.WriteLine();
        Console.WriteLine($"audit: {_accepted.Count} accepted castVote answers (warm-up included), {stored} BallotCast rows in storage; " +
            $"lost {lost}, double {doubled}, stored without an accepted answer {phantom}");
        Console.WriteLine($"total run {total.Elapsed.TotalSeconds:F0}s");
        Console.WriteLine(FormattableString.Invariant(
            $"RESULT vote_p50_ms={vote50:F1} vote_p99_ms={vote99:F1} echo_p50_ms={echo50:F1} echo_p99_ms={echo99:F1} ratio_p50={vote50 / echo50:F2} ratio_p99={vote99 / echo99:F2} votes_per_s={votesPerS:F0} roundtrips_per_vote={roundTrips:F2} lost={lost} double={doubled}"));
        return 0;
    }

    private async Task SetUpGroupAsync(BenchClient client, string url, BenchGroup g)
    {
        var data = new JObject { ["profile"] = "chengzhong-hrss-2021" };
        for (var i = 0; i < g.People.Count; i++) data["role." + g.People[i].AadObjectId] = i == 0 ? "secretary" : "member";
        var saved = await client.ClickAsync(url, "setup", g, g.Secretary, "saveSetup", data);
        if (!saved.Accepted) throw new InvalidOperationException($"saveSetup: {saved.Error} {saved.Text}");
        await StartMeetingAsync(client, url, g);
    }

    private async Task StartMeetingAsync(BenchClient client, string url, BenchGroup g)
    {
        var items = string.Join("\n", Enumerable.Range(1, o.Items).Select(i => $"议题{i}"));
        var rollCall = await client.ClickAsync(url, "start", g, g.Secretary, "startMeeting", new { items, method = o.Method });
        if (!rollCall.Accepted) throw new InvalidOperationException($"startMeeting: {rollCall.Error} {rollCall.Text}");
        g.MeetingId = (string)rollCall.Card!.Descendants().OfType<JObject>()
            .First(a => (string?)a["verb"] == "checkIn")["data"]!["meetingId"]!;
        g.NextItem = 1;
        g.LogLength = 1;
        var checkIns = await Task.WhenAll(g.People.Select(p => client.ClickAsync(url, "checkin", g, p, "checkIn", new { meetingId = g.MeetingId })));
        if (checkIns.FirstOrDefault(c => !c.Accepted) is { } failed) throw new InvalidOperationException($"checkIn: {failed.Error} {failed.Text}");
        g.LogLength += g.People.Count;
    }

    private async Task<(long Count, double Seconds)> EchoPhaseAsync(BenchClient client, string url, List<BenchGroup> groups, TurnMeter meter, PhaseUse use)
    {
        var clock = Stopwatch.StartNew();
        var warmEnd = TimeSpan.FromSeconds(o.WarmupSeconds);
        var end = warmEnd + TimeSpan.FromSeconds(o.Seconds);
        long count = 0;
        var clients = groups.SelectMany(g => g.People.Select(p => (g, p))).Select(async c =>
        {
            while (clock.Elapsed < end)
            {
                var before = clock.Elapsed;
                var click = await client.ClickAsync(url, "echo", c.g, c.p, "echo", new { n = 1 });
                if (click.Error is not null) { _errors.AddOrUpdate("echo " + click.Error, 1, (_, n) => n + 1); continue; }
                if (before >= warmEnd)
                {
                    Interlocked.Increment(ref count);
                    lock (_echoMs) _echoMs.Add(click.Ms);
                }
            }
        }).ToList();
        await Task.Delay(warmEnd);
        meter.Recording = true;
        use.Start();
        var measureStart = clock.Elapsed;
        await Task.WhenAll(clients);
        meter.Recording = false;
        use.Stop();
        return (count, (clock.Elapsed - measureStart).TotalSeconds);
    }

    private async Task<(long Count, double Seconds)> VotePhaseAsync(BenchClient client, string url, List<BenchGroup> groups, TurnMeter meter, PhaseUse use)
    {
        var clock = Stopwatch.StartNew();
        var warmEnd = TimeSpan.FromSeconds(o.WarmupSeconds);
        var end = warmEnd + TimeSpan.FromSeconds(o.Seconds);
        long count = 0;
        var loops = groups.Select(g => Task.Run(async () =>
        {
            var random = new Random(g.TeamId.GetHashCode());
            while (clock.Elapsed < end)
            {
                if (g.NextItem > o.Items)
                {
                    var ended = await client.ClickAsync(url, "end", g, g.Secretary, "endMeeting", new { meetingId = g.MeetingId });
                    if (!ended.Accepted) throw new InvalidOperationException($"endMeeting: {ended.Error} {ended.Text}");
                    await StartMeetingAsync(client, url, g);
                }
                var itemId = (g.NextItem++).ToString();
                var opened = await client.ClickAsync(url, "open", g, g.Secretary, "openVote", new { meetingId = g.MeetingId, itemId });
                if (!opened.Accepted) throw new InvalidOperationException($"openVote: {opened.Error} {opened.Text}");
                Interlocked.Increment(ref g.LogLength);

                async Task VoteAsync(BenchPerson p)
                {
                    var choice = random.Next(3) switch { 0 => "yes", 1 => "no", _ => "abstain" };
                    var before = clock.Elapsed;
                    var length = Volatile.Read(ref g.LogLength);
                    var click = await client.ClickAsync(url, "vote", g, p, "castVote", new { meetingId = g.MeetingId, itemId, choice }, replyToId: o.UpdateCards ? "ballot-" + itemId : "");
                    if (click.Error is not null) { _errors.AddOrUpdate("castVote " + click.Error, 1, (_, n) => n + 1); return; }
                    if (click.Refused) { _refusals.AddOrUpdate(click.Text, 1, (_, n) => n + 1); return; }
                    _accepted.Add((g.MeetingId, itemId, p.AadObjectId));
                    Interlocked.Increment(ref g.LogLength);
                    if (before < warmEnd) return;
                    Interlocked.Increment(ref count);
                    lock (_voteMs) _voteMs.Add(click.Ms);
                    lock (_logLengthAtVote) _logLengthAtVote.Add(length);
                }
                // Everyone but the chair at once; the chair last (V5).
                await Task.WhenAll(g.People.Skip(1).Select(VoteAsync));
                await VoteAsync(g.Secretary);
                var closed = await client.ClickAsync(url, "close", g, g.Secretary, "closeVote", new { meetingId = g.MeetingId, itemId });
                if (!closed.Accepted) throw new InvalidOperationException($"closeVote: {closed.Error} {closed.Text}");
                Interlocked.Increment(ref g.LogLength);
            }
        })).ToList();
        await Task.Delay(warmEnd);
        meter.Recording = true;
        use.Start();
        var measureStart = clock.Elapsed;
        await Task.WhenAll(loops);
        meter.Recording = false;
        use.Stop();
        return (count, (clock.Elapsed - measureStart).TotalSeconds);
    }

    /// <summary>Reads every BallotCast back from the meeting logs and matches them to the answers the voters got.</summary>
    private async Task<(int Lost, int Double, int Phantom, int Stored)> AuditAsync(string connectionString)
    {
        var service = new TableServiceClient(connectionString);
        var stored = new Dictionary<(string, string, string), int>();
        var rows = 0;
        // In the meetings' chains, and still open beside them (a vote the run left open).
        await foreach (var row in service.GetTableClient(TablePrefix + "Events").QueryAsync<TableEntity>(e => e.GetString("Type") == "BallotCast")
                           .Concat(service.GetTableClient(TablePrefix + "OpenBallots").QueryAsync<TableEntity>(e => e.GetString("Type") == "BallotCast")))
        {
            rows++;
            using var doc = JsonDocument.Parse(row.GetString("Data"));
            var meeting = row.PartitionKey[(row.PartitionKey.LastIndexOf('|') + 1)..];
            var key = (meeting, doc.RootElement.GetProperty("itemId").GetString()!, doc.RootElement.GetProperty("voterId").GetString()!);
            stored[key] = stored.GetValueOrDefault(key) + 1;
        }
        var accepted = _accepted.ToList();
        var acceptedSet = accepted.ToHashSet();
        var lost = acceptedSet.Count(k => !stored.ContainsKey(k));
        var doubled = stored.Values.Sum(n => n - 1) + (accepted.Count - acceptedSet.Count);
        var phantom = stored.Keys.Count(k => !acceptedSet.Contains(k));
        return (lost, doubled, phantom, rows);
    }

    /// <summary>With the load off: one log read round trip, and the CPU of turning a log's rows into MeetingState, which a vote does per log read.</summary>
    private static async Task<string> ProbeAsync(string connectionString, BenchGroup g)
    {
        var table = new TableServiceClient(connectionString).GetTableClient(TablePrefix + "Events");
        var partition = new PartyGroupBot.Storage.GroupKey(g.TenantId, g.TeamId).Meeting(g.MeetingId);
        List<TableEntity> rows = [];
        var read = Stopwatch.StartNew();
        const int reads = 20;
        for (var i = 0; i < reads; i++)
        {
            rows = [];
            await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition)) rows.Add(row);
        }
        var readMs = read.Elapsed.TotalMilliseconds / reads;
        const int folds = 200;
        var fold = Stopwatch.StartNew();
        for (var i = 0; i < folds; i++)
            PartyGroupBot.Core.Meetings.MeetingState.Fold(rows.Select(r => PartyGroupBot.Storage.EventSerializer.Deserialize(r.GetString("Type"), r.GetString("Data"))).ToList());
        var foldMs = fold.Elapsed.TotalMilliseconds / folds;
        var bytes = rows.Sum(r => r.GetString("Data").Length);
        return $"a log read of {rows.Count} events ({bytes / 1024.0:F0} KB of JSON) takes {readMs:F1} ms; deserializing and folding it {foldMs:F2} ms CPU";
    }

    private static string LoadAverage()
    {
        try { return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "?"; }
    }

    private static double Percentile(List<double> xs, double q)
    {
        if (xs.Count == 0) return double.NaN;
        var sorted = xs.OrderBy(x => x).ToList();
        var rank = (int)Math.Ceiling(q * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }
}

/// <summary>CPU of the bench process and of Azurite, and thread pool queueing, over a measured phase.</summary>
public sealed class PhaseUse(AzuriteProcess azurite)
{
    private readonly Stopwatch _wall = new();
    private TimeSpan _selfCpu, _azuriteCpu;
    private Timer? _timer;
    private long _samples, _pendingSum, _pendingMax, _threadsMax;

    public void Start()
    {
        _selfCpu = Process.GetCurrentProcess().TotalProcessorTime;
        _azuriteCpu = azurite.CpuTime;
        _wall.Restart();
        _timer = new Timer(_ =>
        {
            var pending = ThreadPool.PendingWorkItemCount;
            Interlocked.Increment(ref _samples);
            Interlocked.Add(ref _pendingSum, pending);
            if (pending > Interlocked.Read(ref _pendingMax)) Interlocked.Exchange(ref _pendingMax, pending);
            if (ThreadPool.ThreadCount > Interlocked.Read(ref _threadsMax)) Interlocked.Exchange(ref _threadsMax, ThreadPool.ThreadCount);
        }, null, 0, 100);
    }

    public void Stop()
    {
        _wall.Stop();
        _timer?.Dispose();
        _selfCpu = Process.GetCurrentProcess().TotalProcessorTime - _selfCpu;
        _azuriteCpu = azurite.CpuTime - _azuriteCpu;
    }

    public string Describe(long turns, string what)
    {
        var wall = _wall.Elapsed.TotalSeconds;
        var per = turns == 0 ? "" : $"; per {what}: bench process {_selfCpu.TotalMilliseconds / turns:F1} ms CPU, Azurite {_azuriteCpu.TotalMilliseconds / turns:F1} ms CPU";
        return $"bench process {_selfCpu.TotalSeconds / wall:F2} cores, Azurite {_azuriteCpu.TotalSeconds / wall:F2} cores{per}; " +
            $"thread pool queue mean {(_samples == 0 ? 0 : (double)_pendingSum / _samples):F1} max {_pendingMax}, threads max {_threadsMax}";
    }
}
