using PartyGroupBot.Tests.Infrastructure;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PartyGroupBot.Bench;

/// <summary>The Table storage emulator from the repo's node_modules (npm ci), in memory, on a free loopback port.</summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly StringBuilder _output = new();
    private Process? _process;

    public int Port { get; private set; }

    /// <summary>CPU the emulator (one Node.js process) has used so far.</summary>
    public TimeSpan CpuTime
    {
        get { _process!.Refresh(); return _process.TotalProcessorTime; }
    }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public static async Task<AzuriteProcess> StartAsync(string repoRoot)
    {
        var azurite = new AzuriteProcess { Port = Ports.Free() };
        var bin = Path.Combine(repoRoot, "node_modules", ".bin", "azurite-table");
        if (!File.Exists(bin)) throw new InvalidOperationException($"{bin} is missing: run `npm ci` in {repoRoot}.");
        var info = new ProcessStartInfo(bin,
            $"--tableHost 127.0.0.1 --tablePort {azurite.Port} --inMemoryPersistence --disableTelemetry --skipApiVersionCheck")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        azurite._process = Process.Start(info)!;
        azurite._process.OutputDataReceived += (_, e) => { lock (azurite._output) azurite._output.AppendLine(e.Data); };
        azurite._process.ErrorDataReceived += (_, e) => { lock (azurite._output) azurite._output.AppendLine(e.Data); };
        azurite._process.BeginOutputReadLine();
        azurite._process.BeginErrorReadLine();
        await Ports.WaitOpenAsync(azurite.Port, TimeSpan.FromSeconds(60), () => { lock (azurite._output) return azurite._output.ToString(); });
        return azurite;
    }

    public ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        return ValueTask.CompletedTask;
    }
}

public static class Net
{
    public static string RepoRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "PartyGroupBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("PartyGroupBot.sln not found above the current directory or the bench binaries.");
    }
}
