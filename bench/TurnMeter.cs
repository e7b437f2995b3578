using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace PartyGroupBot.Bench;

/// <summary>
/// Counts the outgoing HTTP requests each bot turn makes, to storage and to the connector, without touching the bot.
/// How: the bench's client names every turn in an X-Bench-Turn header (<see cref="TurnKind"/>); a middleware put first in
/// the bot's pipeline by a startup filter puts a per-turn tally in an AsyncLocal; an ActivityListener on HttpClient's own "System.Net.Http"
/// ActivitySource sees every request the Azure SDK and the Bot Framework connector client send (one activity per HTTP
/// attempt, so SDK retries and query continuation pages each count) and adds it to the tally of the turn it belongs to.
/// </summary>
public sealed class TurnMeter : IDisposable
{
    public const string Header = "X-Bench-Turn";
    private static readonly AsyncLocal<TurnTally?> Current = new();
    private readonly ActivityListener _listener;
    private readonly ConcurrentDictionary<string, KindTotals> _totals = new(StringComparer.Ordinal);
    private volatile bool _recording;

    public TurnMeter(int storagePort, int connectorPort)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (Current.Value is not { } tally) return;
                var port = Convert.ToInt32(activity.GetTagItem("server.port") ?? -1);
                var status = Convert.ToInt32(activity.GetTagItem("http.response.status_code") ?? 0);
                var method = activity.GetTagItem("http.request.method") as string ?? "?";
                var url = activity.GetTagItem("url.full") as string ?? "";
                if (port == storagePort) tally.Storage(StorageOp(method, url), status, activity.Duration.TotalMilliseconds);
                else if (port == connectorPort) tally.Connector(activity.Duration.TotalMilliseconds);
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Only turns that end while recording count; set-up and warm-up do not.</summary>
    public bool Recording { get => _recording; set => _recording = value; }

    public IReadOnlyDictionary<string, KindTotals> Totals => _totals;

    public void Reset() => _totals.Clear();

    /// <summary>Puts the per-turn tally first in a host's pipeline (register it in BotAppHost's overrides), so the whole turn is inside.</summary>
    public IStartupFilter StartupFilter() => new FirstInPipeline(this);

    private sealed class FirstInPipeline(TurnMeter meter) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (HttpContext http, RequestDelegate rest) =>
            {
                var kind = http.Request.Headers[Header].ToString();
                if (kind.Length == 0) { await rest(http); return; }
                await meter.MeasureAsync(kind, () => rest(http), meter._recording);
            });
            next(app);
        };
    }

    /// <summary>Runs work that is not a turn (a reminder planning pass) as one, and returns what it asked of storage.</summary>
    public async Task<TurnTally> MeasureAsync(string kind, Func<Task> work, bool record = true)
    {
        var tally = new TurnTally();
        Current.Value = tally;
        try { await work(); }
        finally
        {
            Current.Value = null;
            if (record) _totals.GetOrAdd(kind, _ => new KindTotals()).Add(tally);
        }
        return tally;
    }

    /// <summary>"GET Events" (a log read: one per query page), "POST Events" (an append), "GET Groups(entity)" …</summary>
    private static string StorageOp(string method, string url)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? Uri.UnescapeDataString(uri.AbsolutePath) : url;
        var segment = path.Trim('/').Split('/').LastOrDefault() ?? "";
        var paren = segment.IndexOf('(');
        var table = paren < 0 ? segment : segment[..paren];
        var entity = paren >= 0 && segment.Length > paren + 2; // "T(PartitionKey=…,RowKey=…)" vs "T()"
        return $"{method} {table}{(entity ? "(entity)" : "")}";
    }

    public void Dispose() => _listener.Dispose();
}

/// <summary>Names the turns the bench's HttpClient sends: set <see cref="Value"/> before a click, the handler adds the header.</summary>
public sealed class TurnKind : DelegatingHandler
{
    private static readonly AsyncLocal<string?> Current = new();

    public TurnKind(HttpMessageHandler inner) : base(inner) { }

    public static string? Value { get => Current.Value; set => Current.Value = value; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (Current.Value is { } kind) request.Headers.TryAddWithoutValidation(TurnMeter.Header, kind);
        return base.SendAsync(request, ct);
    }
}

public sealed class TurnTally
{
    public readonly Dictionary<string, int> Ops = new(StringComparer.Ordinal);
    public int StorageCalls, Conflicts, ConnectorCalls;
    public double StorageMs, ConnectorMs;

    public void Storage(string op, int status, double ms)
    {
        lock (this)
        {
            StorageCalls++;
            StorageMs += ms;
            if (status is 409 or 412) Conflicts++;
            Ops[op] = Ops.GetValueOrDefault(op) + 1;
        }
    }

    public void Connector(double ms)
    {
        lock (this) { ConnectorCalls++; ConnectorMs += ms; }
    }
}

public sealed class KindTotals
{
    public readonly Dictionary<string, long> Ops = new(StringComparer.Ordinal);
    public long Turns, StorageCalls, Conflicts, ConnectorCalls;
    public double StorageMs, ConnectorMs;

    public void Add(TurnTally t)
    {
        lock (this)
        {
            lock (t)
            {
                Turns++;
                StorageCalls += t.StorageCalls;
                Conflicts += t.Conflicts;
                ConnectorCalls += t.ConnectorCalls;
                StorageMs += t.StorageMs;
                ConnectorMs += t.ConnectorMs;
                foreach (var (op, n) in t.Ops) Ops[op] = Ops.GetValueOrDefault(op) + n;
            }
        }
    }
}
