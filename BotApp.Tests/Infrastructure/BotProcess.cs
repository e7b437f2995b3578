using System.Diagnostics;
using System.Text;

namespace PartyGroupBot.Tests.Infrastructure;

/// <summary>Where tests post activities: the bot in this process or in a process of its own.</summary>
public interface IBotEndpoint
{
    string MessagesUrl { get; }
}

/// <summary>
/// The real BotApp in a process of its own (<c>dotnet BotApp.dll</c>), so a test can kill it the way an operating
/// system or a failing machine does: SIGKILL, no shutdown code runs.
/// </summary>
public sealed class BotProcess : IBotEndpoint, IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private BotProcess(Process process, int port)
    {
        _process = process;
        MessagesUrl = $"http://127.0.0.1:{port}/api/messages";
    }

    public string MessagesUrl { get; }

    public static async Task<BotProcess> StartAsync(Azurite azurite, string tablePrefix, IEnumerable<string> administrators)
    {
        var port = Ports.Free();
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     Path.Combine(AppContext.BaseDirectory, "BotApp.dll"), $"--urls=http://127.0.0.1:{port}", "--environment=Test",
                     $"--Storage:ConnectionString={azurite.ConnectionString}", $"--Storage:TablePrefix={tablePrefix}",
                     "--MicrosoftAppId=", "--Bot:AllowAnonymous=true", "--Reminders:PlanEveryMs=0", "--Logging:LogLevel:Default=Warning",
                 }.Concat(administrators.Select((id, i) => $"--Bot:Administrators:{i}={id}")))
            info.ArgumentList.Add(arg);
        var bot = new BotProcess(Process.Start(info)!, port);
        bot._process.OutputDataReceived += (_, e) => { lock (bot._output) bot._output.AppendLine(e.Data); };
        bot._process.ErrorDataReceived += (_, e) => { lock (bot._output) bot._output.AppendLine(e.Data); };
        bot._process.BeginOutputReadLine();
        bot._process.BeginErrorReadLine();
        await Ports.WaitOpenAsync(port, TimeSpan.FromSeconds(60), () => { lock (bot._output) return bot._output.ToString(); });
        return bot;
    }

    /// <summary>SIGKILL: requests in flight die with it, half-way through whatever they were doing.</summary>
    public void Kill()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
