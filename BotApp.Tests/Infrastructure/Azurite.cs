using System.Diagnostics;
using System.Text;

namespace PartyGroupBot.Tests.Infrastructure;

/// <summary>
/// The real Azure Table storage emulator (npm azurite, pinned in package-lock.json), started once per test run
/// on a free port. The README's test command runs `npm ci` first.
/// </summary>
public sealed class Azurite : IAsyncLifetime
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly StringBuilder _output = new();
    private Process? _process;

    public int Port { get; private set; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public async Task InitializeAsync()
    {
        Port = Ports.Free();
        await StartAsync();
    }

    /// <summary>Starts the emulator again on the same port (in-memory: a restart loses data, like a new account).</summary>
    public async Task StartAsync()
    {
        var bin = Path.Combine(RepoRoot.Path, "node_modules", ".bin", "azurite-table");
        if (!File.Exists(bin)) throw new InvalidOperationException($"{bin} is missing: run `npm ci` in {RepoRoot.Path} (the README's test command does).");
        var info = new ProcessStartInfo(bin,
            $"--tableHost 127.0.0.1 --tablePort {Port} --inMemoryPersistence --disableTelemetry --skipApiVersionCheck")
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
        await Ports.WaitOpenAsync(Port, TimeSpan.FromSeconds(60), () => { lock (_output) return _output.ToString(); });
    }

    public Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => StopAsync();
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<Azurite>
{
    public const string Name = "azurite";
}
