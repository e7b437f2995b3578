using System.Diagnostics;
using System.Text;

namespace PartyGroupBot.Tests.Infrastructure;

/// <summary>
/// The real Azure Table storage emulator (npm azurite, pinned in package-lock.json): one Node.js process on a free
/// port. The test run's classes share one (<c>SharedAzurite</c>); fault tests and the bench start their own.
/// The README's test command runs `npm ci` first.
/// </summary>
public sealed class Azurite : IAsyncLifetime
{
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly StringBuilder _output = new();
    private Process? _process;
    private Process? _watchdog;

    public int Port { get; private set; }

    /// <summary>CPU the emulator (one Node.js process) has used since it last started; the bench divides it by turns.</summary>
    public TimeSpan CpuTime
    {
        get { _process!.Refresh(); return _process.TotalProcessorTime; }
    }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public async Task InitializeAsync()
    {
        Port = Ports.Free();
        await StartAsync();
    }

    /// <summary>Starts the emulator again on the same port (in-memory: a restart loses data, like a new account).</summary>
    public Task StartAsync() => LaunchAsync("--inMemoryPersistence");

    private async Task LaunchAsync(string storage)
    {
        var bin = Path.Combine(RepoRoot.Path, "node_modules", ".bin", "azurite-table");
        if (!File.Exists(bin)) throw new InvalidOperationException($"{bin} is missing: run `npm ci` in {RepoRoot.Path} (the README's test command does).");
        // --silent: no access-log line per request, which the whole run's thousands of requests would pay for twice
        // (written by the emulator, kept by this process); start-up and errors are still printed.
        var info = new ProcessStartInfo(bin,
            $"--tableHost 127.0.0.1 --tablePort {Port} {storage} --disableTelemetry --skipApiVersionCheck --silent")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(info)!;
        _process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        _watchdog = StopsWhenThisProcessEnds(_process);
        await Ports.WaitOpenAsync(Port, TimeSpan.FromSeconds(60), () => { lock (_output) return _output.ToString(); });
    }

    /// <summary>
    /// A shell that stops the emulator when this process ends, however it ends: its standard input is a pipe from this
    /// process, which closes only then. The test host is not always let to run exit handlers at the end of a run, and an
    /// emulator left behind would keep its port and memory on a shared machine.
    /// </summary>
    private static Process StopsWhenThisProcessEnds(Process emulator)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardInput = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("cat >/dev/null; grep -qs azurite /proc/$0/cmdline && kill $0");
        info.ArgumentList.Add(emulator.Id.ToString());
        return Process.Start(info)!;
    }

    public Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        EndWatchdog();
        return Task.CompletedTask;
    }

    private void EndWatchdog()
    {
        if (_watchdog is null) return;
        if (!_watchdog.HasExited) _watchdog.Kill(entireProcessTree: true);
        _watchdog.Dispose();
        _watchdog = null;
    }

    public Task DisposeAsync() => StopAsync();

    // ---- On disk: a separate emulator for fault tests, whose data survives a stop and start (the run's shared one is in memory).

    private string? _location;

    /// <summary>A new emulator on its own free port keeping its data in <paramref name="location"/>; dispose it when done.</summary>
    public static async Task<Azurite> StartOnDiskAsync(string location)
    {
        var azurite = new Azurite { Port = Ports.Free(), _location = location };
        await azurite.StartOnDiskAgainAsync();
        return azurite;
    }

    /// <summary>Starts the on-disk emulator again on the same port and folder: what it had acknowledged before a graceful stop is back.</summary>
    public Task StartOnDiskAgainAsync()
    {
        if (_location is null) throw new InvalidOperationException("Only an emulator from StartOnDiskAsync keeps its data across a restart.");
        return LaunchAsync($"--location \"{_location}\"");
    }

    /// <summary>
    /// Stops the emulator as an operator would (SIGINT): it stops answering and, on disk, saves what it acknowledged
    /// (a hard kill would lose up to its 5 s autosave interval, which is the emulator's loss, not the bot's).
    /// </summary>
    public async Task StopGracefullyAsync()
    {
        if (_process is not { HasExited: false } process) return;
        using (var kill = Process.Start(new ProcessStartInfo("kill", $"-INT {process.Id}") { UseShellExecute = false })!)
            await kill.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        EndWatchdog();
    }
}
