using System.Diagnostics;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Bench;

/// <summary>What one kind of turn did over all its windows at one offered rate: latencies, time, CPU.</summary>
public sealed class WindowStats
{
    private readonly List<double> _ms = [];
    private double _latencySum;
    /// <summary>Time arrivals were offered.</summary>
    public double Seconds { get; private set; }
    /// <summary>Time the CPU was read over: the arrivals and the wait for their last answers.</summary>
    public double CpuSeconds { get; private set; }
    public TimeSpan BenchCpu { get; private set; }
    public TimeSpan AzuriteCpu { get; private set; }
    public long Sent => Interlocked.Read(ref _sent);
    private long _sent;

    public void Sending() => Interlocked.Increment(ref _sent);

    public void Add(double ms)
    {
        lock (_ms) { _ms.Add(ms); _latencySum += ms; }
    }

    public int Count { get { lock (_ms) return _ms.Count; } }

    public double P(double q)
    {
        lock (_ms)
        {
            if (_ms.Count == 0) return double.NaN;
            var sorted = _ms.OrderBy(x => x).ToList();
            return sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1)];
        }
    }

    /// <summary>Mean turns in flight (Little's law: total time spent answering over the windows' time).</summary>
    public double InFlight { get { lock (_ms) return Seconds == 0 ? double.NaN : _latencySum / 1000 / Seconds; } }

    /// <summary>CPU that goes on with no turns at all (timers, GC, hosted services), per second: measured in idle windows.</summary>
    public (double Bench, double Azurite) IdlePerSecond { get; set; }

    /// <summary>CPU per turn sent, above what the same seconds cost idle.</summary>
    public double BenchCpuPerTurnMs => Sent == 0 ? double.NaN : (BenchCpu.TotalMilliseconds - IdlePerSecond.Bench * CpuSeconds) / Sent;
    public double AzuriteCpuPerTurnMs => Sent == 0 ? double.NaN : (AzuriteCpu.TotalMilliseconds - IdlePerSecond.Azurite * CpuSeconds) / Sent;
    public double CpuPerTurnMs => BenchCpuPerTurnMs + AzuriteCpuPerTurnMs;

    public (double Bench, double Azurite) CpuPerSecondMs => CpuSeconds == 0 ? (0, 0) : (BenchCpu.TotalMilliseconds / CpuSeconds, AzuriteCpu.TotalMilliseconds / CpuSeconds);

    public void AddWindow(double seconds, double cpuSeconds, TimeSpan benchCpu, TimeSpan azuriteCpu)
    {
        lock (_ms) { Seconds += seconds; CpuSeconds += cpuSeconds; BenchCpu += benchCpu; AzuriteCpu += azuriteCpu; }
    }

    public string Describe() => Count == 0 ? $"no turns; CPU bench {CpuPerSecondMs.Bench / 1000:F2} cores, Azurite {CpuPerSecondMs.Azurite / 1000:F2} cores" :
        $"{Sent,6} sent {Sent / Math.Max(Seconds, 1e-9),6:F0}/s  p50 {P(0.5),6:F1}  p90 {P(0.9),6:F1}  p99 {P(0.99),6:F1}  max {P(1),7:F1} ms  " +
        $"in flight {InFlight,5:F2}  CPU/turn bench {BenchCpuPerTurnMs,4:F2} + Azurite {AzuriteCpuPerTurnMs,4:F2} ms";
}

/// <summary>CPU of this process (bot, clients, connector fake) and of Azurite between two readings.</summary>
public sealed class CpuReading(Azurite azurite)
{
    public (TimeSpan Bench, TimeSpan Azurite) Now() => (Process.GetCurrentProcess().TotalProcessorTime, azurite.CpuTime);
}
