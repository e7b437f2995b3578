using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Browser;

/// <summary>
/// The Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground, pinned in package-lock.json): a Teams-like
/// web client and mock Bot Connector, pointed at one bot endpoint, with the team and people of the repo's
/// .m365agentsplayground.yml. Started on a free port in a temporary folder; dispose stops it.
/// </summary>
public sealed partial class AgentsPlayground : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output;
    private readonly string _dir;

    private AgentsPlayground(Process process, StringBuilder output, string dir, int port)
    {
        _process = process;
        _output = output;
        _dir = dir;
        Url = $"http://localhost:{port}";
    }

    public string Url { get; }

    public string Output { get { lock (_output) return _output.ToString(); } }

    public static async Task<AgentsPlayground> StartAsync(string botMessagesUrl, TimeSpan timeout)
    {
        var bin = Path.Combine(RepoRoot.Path, "node_modules", ".bin", "agentsplayground");
        if (!File.Exists(bin)) throw new InvalidOperationException($"{bin} is missing: run `npm ci` in {RepoRoot.Path} (scripts/test.sh does).");
        var dir = Directory.CreateTempSubdirectory("pgb-playground-").FullName;
        // It runs xdg-open at start to open a browser and exits when that fails: give it one that does nothing.
        var stub = Path.Combine(dir, "bin");
        Directory.CreateDirectory(stub);
        var xdgOpen = Path.Combine(stub, "xdg-open");
        await File.WriteAllTextAsync(xdgOpen, "#!/bin/sh\nexit 0\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(xdgOpen, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var port = Ports.Free();
        var info = new ProcessStartInfo(bin)
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-e", botMessagesUrl, "-c", "msteams", "--dt", "-p", port.ToString() }) info.ArgumentList.Add(arg);
        info.Environment["PATH"] = stub + ":" + Environment.GetEnvironmentVariable("PATH");
        info.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        info.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = Path.Combine(RepoRoot.Path, ".m365agentsplayground.yml");
        info.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(dir, "playground-debug.log");

        var output = new StringBuilder();
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = Process.Start(info)!;
        void OnLine(string? line)
        {
            if (line is null) return;
            lock (output) output.AppendLine(line);
            // It moves to another port without a word of warning when its port is taken, so read the one it says.
            if (ListeningOn().Match(line) is { Success: true } m) listening.TrySetResult(int.Parse(m.Groups[1].Value));
        }
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("The Agents Playground exited at start."));

        string Said() { lock (output) return output.ToString(); }
        try
        {
            var actual = await listening.Task.WaitAsync(timeout);
            await Ports.WaitOpenAsync(actual, timeout, Said);
            return new AgentsPlayground(process, output, dir, actual);
        }
        catch (Exception e)
        {
            await new AgentsPlayground(process, output, dir, port).DisposeAsync();
            throw new InvalidOperationException($"The Agents Playground did not start: {e.Message}\n{Said()}", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningOn();
}
