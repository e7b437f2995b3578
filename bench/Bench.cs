using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Bench;

/// <summary>
/// Sets everything up (the tests' Azurite, connector fake and bot server), then measures: a closed-loop probe of the
/// vote capacity, open-loop windows at each offered rate, the growth of a long meeting, optionally a reminder pass;
/// then audits the stored ballots and prints the figures and one RESULT line.
/// </summary>
public sealed partial class Bench(BenchOptions o)
{
    private const string TablePrefix = "bench";
    private readonly ConcurrentBag<(string Meeting, string Item, string Voter)> _accepted = [];
    private readonly ConcurrentDictionary<string, int> _refusals = new();
    private readonly ConcurrentDictionary<string, int> _errors = new();
    private readonly ConcurrentDictionary<string, int> _starved = new();
    private readonly ConcurrentDictionary<string, int> _retried = new();
    private readonly ConcurrentBag<Task> _background = [];
    private ConcurrentBag<Task> _window = [];
    private long _secretAccepted;
    private Turns _turns = null!;
    private TurnMeter _meter = null!;
    private CpuReading _cpu = null!;
    private FakeConnector _connector = null!;

    public async Task<int> RunAsync()
    {
        var total = Stopwatch.StartNew();
        var perGroup = o.Voters / o.Groups;
        Console.WriteLine($"bench: {perGroup * o.Groups} voters in {o.Groups} groups per method ({o.Method}), {o.Items} items per meeting, " +
            $"{Environment.ProcessorCount} cores, load average {LoadAverage()}");
        await using var azurite = new Azurite();
        await azurite.InitializeAsync();
        await using var connector = new FakeConnector();
        await connector.StartAsync();
        _connector = connector;
        _cpu = new CpuReading(azurite);
        if (o.ConnectorLatencyMs is { Max: > 0 } latency)
            connector.Latency = () => TimeSpan.FromMilliseconds(Random.Shared.Next(latency.Min, latency.Max + 1));
        var rateLimit = new TeamsRateLimit();
        if (o.RateLimit) connector.FailWhile(r => rateLimit.Exceeds(r.Method, r.Path), 429, TimeSpan.FromSeconds(1));
        using var meter = new TurnMeter(azurite.Port, new Uri(connector.Url).Port);
        _meter = meter;

        // Everyone shares one roster of people (groups are different teams in different tenants); the growth meeting
        // and the reminder groups set their own roster while they are set up, the only time the bot reads it.
        var people = Enumerable.Range(1, Math.Max(perGroup, o.GrowthMembers))
            .Select(i => new TeamsPerson($"29:bench-{i}", Guid.NewGuid().ToString(), $"成员{i}")).ToList();
        var secretary = people[0];
        var bots = new List<BotServer>();
        for (var i = 0; i < o.Instances; i++)
            bots.Add(await BotServer.StartWithAsync(azurite, TablePrefix, [secretary.AadObjectId], services =>
            {
                EchoTurn.Register(services);
                services.AddSingleton(meter.StartupFilter());
            }, "--Logging:LogLevel:Default=Critical"));
        using var http = new HttpClient(new TurnKind(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 4096, UseProxy = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        })) { Timeout = TimeSpan.FromSeconds(60) };
        _turns = new Turns(bots, http, connector);
        Console.WriteLine($"azurite :{azurite.Port}  bot {string.Join(", ", bots.Select(b => b.Url))}  connector {connector.Url}" +
            (o.ConnectorLatencyMs.Max > 0 ? $" (answers in {o.ConnectorLatencyMs.Min}–{o.ConnectorLatencyMs.Max} ms)" : "") +
            (o.RateLimit ? " with Teams' rate limits" : ""));

        try
        {
            connector.Roster = people.Take(perGroup).ToList();
            var recorded = o.Recorded ? NewGroups("recorded", perGroup, o.Groups, o.Items) : [];
            var secret = o.Secret ? NewGroups("secret", perGroup, o.Groups, o.Items) : [];
            await Parallel.ForEachAsync(recorded.Concat(secret), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (g, _) => await SetUpAsync(g));
            var growth = new List<GroupRun>();
            if (o.GrowthMembers > 0)
            {
                connector.Roster = people.Take(o.GrowthMembers).ToList();
                growth = NewGroups("recorded", o.GrowthMembers, 2, o.GrowthItems);
                foreach (var g in growth) await SetUpAsync(g);
            }
            Console.WriteLine($"set up {recorded.Count + secret.Count + growth.Count} groups in {total.Elapsed.TotalSeconds:F1}s");

            var main = o.Recorded ? recorded : secret;
            var capacity = await ProbeAsync(main);
            var rates = o.Rates.Count > 0 ? o.Rates : new[] { 0.25, 0.5, 0.75 }.Select(f => Math.Max(1, Math.Round(f * capacity))).ToList();
            Console.WriteLine($"vote capacity (closed loop, {main.Sum(g => g.Members.Count() + 1)} voters): {capacity:F0} votes/s; offered rates {string.Join(", ", rates)}/s");

            // Idle windows (no arrivals) measure the CPU that goes on anyway; CPU per turn is what a turn adds to it.
            var kinds = new List<(string Kind, List<GroupRun> Groups)> { ("echo", recorded.Concat(secret).ToList()) };
            if (o.Recorded) kinds.Add(("vote", recorded));
            if (o.Secret) kinds.Add(("secret", secret));
            kinds.Insert(1, ("idle", []));
            await WindowsAsync(kinds, rates[0], o.WarmupSeconds, null);
            var results = new List<RateResult>();
            foreach (var rate in rates)
            {
                meter.Reset();
                meter.Recording = true;
                var stats = kinds.ToDictionary(k => k.Kind, _ => new WindowStats());
                await WindowsAsync(kinds, rate, o.Seconds, stats);
                meter.Recording = false;
                foreach (var s in stats.Values) s.IdlePerSecond = stats["idle"].CpuPerSecondMs;
                results.Add(new RateResult(rate, stats, meter.Totals.ToDictionary()));
                PrintRate(results[^1]);
            }

            var growthResult = growth.Count == 2 ? await GrowthAsync(growth[0], growth[1], rates[rates.Count / 2]) : null;
            var reminders = o.ReminderGroups > 0 ? await ReminderPassAsync(bots[0], people, main, rates[rates.Count / 2], results[rates.Count / 2]) : null;

            await Task.WhenAll(_background.ToArray());
            var audit = await AuditAsync(azurite.ConnectionString);
            Report(results, capacity, growthResult, reminders, audit, rateLimit, total.Elapsed);
            return 0;
        }
        finally
        {
            foreach (var bot in bots) await bot.DisposeAsync();
        }
    }

    private List<GroupRun> NewGroups(string method, int size, int count, int items) => Enumerable.Range(0, count).Select(_ =>
    {
        var team = $"19:bench-{method}-{Guid.NewGuid():N}@thread.tacv2";
        return new GroupRun(new TeamsWorld(Guid.NewGuid().ToString(), team, team, _connector.Roster.Take(size).ToList()), method, items);
    }).ToList();

    private async Task SetUpAsync(GroupRun g)
    {
        await SaveSetupAsync(g);
        await StartMeetingAsync(g);
        await OpenNextAsync(g);
    }

    private async Task SaveSetupAsync(GroupRun g)
    {
        var data = new Dictionary<string, string> { ["profile"] = "chengzhong-hrss-2021" };
        foreach (var p in g.World.People) data["role." + p.AadObjectId] = p == g.Chair ? "secretary" : "member";
        var saved = await SetUpClickAsync(g, g.Chair, "setup", "saveSetup", data);
        if (!saved.Accepted) throw new InvalidOperationException($"saveSetup: {saved.Error} {saved.Text}");
    }

    private async Task StartMeetingAsync(GroupRun g)
    {
        var items = string.Join("\n", Enumerable.Range(1, g.Items).Select(i => $"议题{i}"));
        var rollCall = await SetUpClickAsync(g, g.Chair, "start", "startMeeting", new { items, method = g.Method });
        if (!rollCall.Accepted) throw new InvalidOperationException($"startMeeting: {rollCall.Error} {rollCall.Text}");
        var meetingId = GroupRun.MeetingIdOf(rollCall.Card!);
        var checkIns = await Task.WhenAll(g.World.People.Select(p => SetUpClickAsync(g, p, "checkin", "checkIn", new { meetingId })));
        if (checkIns.FirstOrDefault(c => !c.Accepted) is { } failed) throw new InvalidOperationException($"checkIn: {failed.Error} {failed.Text}");
        g.MeetingStarted(meetingId);
    }

    private async Task OpenNextAsync(GroupRun g)
    {
        var opened = await SetUpClickAsync(g, g.Chair, "open", "openVote", new { meetingId = g.MeetingId, itemId = (g.Item + 1).ToString() });
        if (!opened.Accepted) throw new InvalidOperationException($"openVote: {opened.Error} {opened.Text}");
        g.Opened();
    }

    /// <summary>
    /// A click that runs the meeting rather than a measured turn, tried again (up to three times) when storage was too
    /// slow for it on a loaded machine: the bot then answers 存储服务暂时不可用 and has changed nothing. Each such answer
    /// is printed, apart from the votes' refusals.
    /// </summary>
    private async Task<Click> SetUpClickAsync(GroupRun g, TeamsPerson who, string kind, string verb, object data)
    {
        for (var attempt = 1; ; attempt++)
        {
            var click = await _turns.ClickAsync(g, who, kind, verb, data);
            if (click.Accepted || attempt == 3) return click;
            Count(_retried, $"{verb}: {click.Error ?? click.Text}");
            await Task.Delay(200 * attempt);
        }
    }

    /// <summary>After the chair's vote: close the item and open the next (a new meeting when the items are used up).</summary>
    private async Task NextItemAsync(GroupRun g)
    {
        g.Stalled = true;
        try
        {
            var closed = await SetUpClickAsync(g, g.Chair, "close", "closeVote", new { meetingId = g.MeetingId, itemId = g.ItemId });
            if (!closed.Accepted) Count(_errors, $"closeVote {closed.Error ?? closed.Text}");
            if (g.Exhausted)
            {
                var ended = await SetUpClickAsync(g, g.Chair, "end", "endMeeting", new { meetingId = g.MeetingId });
                if (!ended.Accepted) Count(_errors, $"endMeeting {ended.Error ?? ended.Text}");
                await StartMeetingAsync(g);
            }
            await OpenNextAsync(g);
            g.Stalled = false;
        }
        catch (InvalidOperationException ex)
        {
            Count(_errors, "group stopped: " + ex.Message);
        }
    }

    /// <summary>One vote from whoever may vote now in one of the groups; waits for one if none may (counted as starved).</summary>
    private async Task VoteArrivalAsync(string kind, List<GroupRun> groups, WindowStats? stats, bool manage = true)
    {
        var start = Random.Shared.Next(groups.Count);
        for (var waited = 0; ; waited++)
        {
            foreach (var g in Enumerable.Range(0, groups.Count).Select(i => groups[(start + i) % groups.Count]))
                if (g.TryTake() is { } pick)
                {
                    await VoteAsync(kind, g, pick.Voter, pick.ItemId, stats, manage);
                    return;
                }
            if (waited == 0) Count(_starved, kind);
            if (waited > 10_000) { Count(_errors, $"{kind}: no voter ready for 10 s"); return; }
            await Task.Delay(1);
        }
    }

    private async Task<Click> VoteAsync(string kind, GroupRun g, TeamsPerson voter, string itemId, WindowStats? stats, bool manage)
    {
        var meetingId = g.MeetingId;
        var choice = Random.Shared.Next(3) switch { 0 => "yes", 1 => "no", _ => "abstain" };
        stats?.Sending();
        var click = await _turns.ClickAsync(g, voter, kind, "castVote", new { meetingId, itemId, choice },
            replyToId: o.UpdateCards ? "ballot-" + itemId : "");
        if (click.Error is not null || click.Refused && click.Text.Contains(StorageNotice))
        {
            // As a member would: click again (the next arrival may take them), counted all the same.
            Count(click.Error is null ? _refusals : _errors, click.Error is null ? $"castVote: {FirstLine(click.Text)}" : $"castVote {click.Error}");
            g.TryAgain(voter);
            return click;
        }
        if (click.Refused) Count(_refusals, $"castVote: {FirstLine(click.Text)}");
        else
        {
            stats?.Add(click.Ms);
            if (g.Method == "secret") Interlocked.Increment(ref _secretAccepted);
            else _accepted.Add((meetingId, itemId, voter.AadObjectId));
            for (var i = 0; i < o.RefreshPerVote; i++) Track(RefreshAsync(g, meetingId, itemId));
        }
        if (g.Answered(voter) && manage) Track(Task.Run(() => NextItemAsync(g)));
        return click;
    }

    private readonly ConcurrentDictionary<string, WindowStats> _refreshStats = new();

    /// <summary>A present member's Teams client fetching its own view of the updated ballot card (card.refresh).</summary>
    private async Task RefreshAsync(GroupRun g, string meetingId, string itemId)
    {
        var who = g.World.People[Random.Shared.Next(g.World.People.Count)];
        var click = await _turns.ClickAsync(g, who, "refresh", "refreshBallot", new { meetingId, itemId });
        if (click.Error is not null) Count(_errors, $"refreshBallot {click.Error}");
        else if (click.Refused) Count(_refusals, "refreshBallot: " + FirstLine(click.Text));
        else _refreshStats.GetOrAdd(_currentRate, _ => new WindowStats()).Add(click.Ms);
    }

    private string _currentRate = "";

    /// <summary>Work a window started: the window is not over (for its CPU) until all of it is done.</summary>
    private void Track(Task task)
    {
        _window.Add(task);
        _background.Add(task);
    }

    private const string StorageNotice = "存储服务暂时不可用";

    private static string FirstLine(string text) => text.Split(" | ")[0];

    private static void Count(ConcurrentDictionary<string, int> counts, string key) => counts.AddOrUpdate(key, 1, (_, n) => n + 1);

    private static string LoadAverage()
    {
        try { return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "?"; }
    }
}
