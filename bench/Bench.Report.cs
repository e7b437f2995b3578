namespace PartyGroupBot.Bench;

public sealed partial class Bench
{
    private string MainKind => o.Recorded ? "vote" : "secret";

    private void PrintRate(RateResult r)
    {
        Console.WriteLine($"offered {r.Rate:F0} turns/s, windows alternating {string.Join(", ", r.Stats.Keys)}:");
        foreach (var (kind, s) in r.Stats) Console.WriteLine($"  {kind,-6} {s.Describe()}");
        var (vote, echo) = (r.Stats[MainKind], r.Stats["echo"]);
        var line = $"  {MainKind}/echo: p50 {vote.P(0.5) / echo.P(0.5):F2}  p99 {vote.P(0.99) / echo.P(0.99):F2}  in flight {vote.InFlight / echo.InFlight:F2}  " +
            $"CPU per turn {vote.CpuPerTurnMs / echo.CpuPerTurnMs:F2}";
        if (r.Stats.TryGetValue("secret", out var secret) && o.Recorded) line += $"   secret/recorded p99 {secret.P(0.99) / vote.P(0.99):F2}";
        if (_refreshStats.TryGetValue(r.Rate.ToString("F0"), out var refresh)) line += $"   refreshBallot p50 {refresh.P(0.5):F1} p99 {refresh.P(0.99):F1} ms ({refresh.Count})";
        Console.WriteLine(line);
    }

    private void Report(List<RateResult> results, double capacity, GrowthResult? growth, ReminderResult? reminders, AuditResult audit,
        TeamsRateLimit rateLimit, TimeSpan elapsed)
    {
        var at = results[^1]; // RESULT is the highest offered rate: the hardest one still below capacity
        var (vote, echo) = (at.Stats[MainKind], at.Stats["echo"]);
        var secretRatio = o.Method == "both" ? at.Stats["secret"].P(0.99) / vote.P(0.99) : double.NaN;
        var voteTotals = at.Totals.Where(t => t.Key.StartsWith(MainKind, StringComparison.Ordinal)).Select(t => t.Value).ToList();
        var roundTrips = voteTotals.Sum(t => t.Turns) == 0 ? double.NaN : (double)voteTotals.Sum(t => t.StorageCalls) / voteTotals.Sum(t => t.Turns);
        var growth50 = growth is null ? double.NaN : growth.Last.P(0.5) / growth.First.P(0.5);
        var refused = _refusals.Values.Sum();
        var errors = _errors.Values.Sum();

        Console.WriteLine();
        Console.WriteLine($"where a turn's time goes at {at.Rate:F0}/s (per turn; storage = requests to Azurite incl. SDK retries and query pages):");
        Console.WriteLine($"  {"turn",-12} {"turns",6} {"storage",8} {"stor ms",8} {"409/412",8} {"connector",9} {"conn ms",8}  storage requests by kind");
        foreach (var (kind, t) in at.Totals.OrderBy(k => k.Key))
        {
            if (t.Turns == 0) continue;
            double Per(double x) => x / t.Turns;
            var ops = string.Join(", ", t.Ops.OrderByDescending(p => p.Value).Select(p => $"{p.Key.Replace(TablePrefix, "")} {Per(p.Value):F2}"));
            Console.WriteLine($"  {kind,-12} {t.Turns,6} {Per(t.StorageCalls),8:F2} {Per(t.StorageMs),8:F2} {Per(t.Conflicts),8:F2} " +
                $"{Per(t.ConnectorCalls),9:F2} {Per(t.ConnectorMs),8:F2}  {ops}");
        }
        if (growth is not null)
        {
            Console.WriteLine();
            Console.WriteLine($"growth: {growth.Members} members; item {growth.Items} of a long meeting p50 {growth.Last.P(0.5):F1} p99 {growth.Last.P(0.99):F1} ms, " +
                $"a fresh meeting's item 1 p50 {growth.First.P(0.5):F1} p99 {growth.First.P(0.99):F1} ms; growth_50 (p50 ratio) {growth50:F2}, p99 ratio {growth.Last.P(0.99) / growth.First.P(0.99):F2}");
        }
        if (reminders is not null)
        {
            Console.WriteLine();
            var t = reminders.Tally;
            var ops = string.Join(", ", t.Ops.OrderByDescending(p => p.Value).Select(p => $"{p.Key.Replace(TablePrefix, "")} {p.Value / (double)reminders.Stored:F2}"));
            Console.WriteLine($"reminder planning: one pass over {reminders.Stored} groups ({reminders.Groups} added) in {reminders.Seconds:F1}s, " +
                $"{t.StorageCalls / (double)reminders.Stored:F2} storage requests per group ({ops}), {t.ConnectorCalls} connector calls");
            Console.WriteLine($"  votes while it ran: {reminders.During.Describe()}");
            Console.WriteLine($"  p99 {reminders.During.P(0.99):F1} ms against {reminders.Before.P(0.99):F1} ms at the same rate without it (ratio {reminders.During.P(0.99) / reminders.Before.P(0.99):F2})");
        }
        Console.WriteLine();
        if (!_starved.IsEmpty) Console.WriteLine("arrivals that found no voter ready and waited: " + string.Join("; ", _starved.Select(r => $"{r.Key} {r.Value}")));
        if (!_retried.IsEmpty) Console.WriteLine("set-up and chair clicks tried again: " + string.Join("; ", _retried.Select(r => $"{r.Value}× {r.Key}")));
        if (!_refusals.IsEmpty) Console.WriteLine("refused: " + string.Join("; ", _refusals.Select(r => $"{r.Value}× {r.Key}")));
        if (!_errors.IsEmpty) Console.WriteLine("errors: " + string.Join("; ", _errors.Select(r => $"{r.Value}× {r.Key}")));
        if (o.RateLimit) Console.WriteLine($"connector: {rateLimit.Refused} requests refused with 429 (Teams' per-conversation limits)");
        Console.WriteLine($"audit: {_accepted.Count} accepted recorded votes (probe and warm-up included), {audit.Stored} BallotCast rows; " +
            $"lost {audit.Lost}, double {audit.Double}, stored without an accepted answer {audit.Phantom}; {_secretAccepted} accepted secret ballots (no voter is stored with them)");
        Console.WriteLine($"load average now: {LoadAverage()} (a shared machine: other work uses the same {Environment.ProcessorCount} cores)");
        Console.WriteLine($"total run {elapsed.TotalSeconds:F0}s");
        string F(double x, string format) => double.IsNaN(x) ? "na" : x.ToString(format);
        Console.WriteLine(
            $"RESULT offered_rps={at.Rate:F0} vote_p50_ms={F(vote.P(0.5), "F1")} vote_p99_ms={F(vote.P(0.99), "F1")} echo_p50_ms={F(echo.P(0.5), "F1")} echo_p99_ms={F(echo.P(0.99), "F1")} " +
            $"ratio_p50={F(vote.P(0.5) / echo.P(0.5), "F2")} ratio_p99={F(vote.P(0.99) / echo.P(0.99), "F2")} inflight_vote={F(vote.InFlight, "F2")} inflight_echo={F(echo.InFlight, "F2")} " +
            $"cpu_ratio={F(vote.CpuPerTurnMs / echo.CpuPerTurnMs, "F2")} growth_50={F(growth50, "F2")} secret_p99_ratio={F(secretRatio, "F2")} " +
            $"votes_per_s={capacity:F0} roundtrips_per_vote={F(roundTrips, "F2")} lost={audit.Lost} double={audit.Double} phantom={audit.Phantom} refused={refused} errors={errors}");
    }
}
