using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartyGroupBot.Reminders;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Deployment;

/// <summary>
/// What an administrator sees when a deployment starts: outside Development the bot fails closed without its
/// registration and tenants (issue 13), every bad setting is refused at start with its key named, and the production
/// defaults are the ones that belong in production (issue 14). The first tests run BotApp.dll as a process of its own.
/// </summary>
[Trait("Category", "System")]
public sealed class StartupTests(SharedAzurite azurite) : IClassFixture<SharedAzurite>
{
    [Fact]
    public async Task In_Production_without_an_app_id_the_bot_exits_non_zero_naming_what_is_missing()
    {
        var (exit, output) = await RunToExitAsync("Production");

        Assert.NotEqual(0, exit);
        foreach (var key in new[] { "MicrosoftAppId", "MicrosoftAppPassword", "Bot:Tenants", "Storage:ConnectionString" })
            Assert.Contains(key, output);
        Assert.DoesNotContain("Unhandled exception", output);
    }

    [Fact]
    public async Task In_Production_with_AllowAnonymous_the_bot_runs_and_warns_at_start()
    {
        var port = Ports.Free();
        using var bot = Start("Production", $"--urls=http://127.0.0.1:{port}", "--Bot:AllowAnonymous=true",
            $"--Storage:ConnectionString={azurite.ConnectionString}", "--Storage:TablePrefix=anon");
        await Ports.WaitOpenAsync(port, TimeSpan.FromSeconds(60), () => bot.Output);
        await Eventually.That(() => bot.Output.Contains("Bot:AllowAnonymous=true"), "the start-up warning naming Bot:AllowAnonymous=true",
            TimeSpan.FromSeconds(20), () => bot.Output);

        Assert.Contains("without a Bot Framework token", bot.Output);
        Assert.False(bot.Process.HasExited);
    }

    [Fact]
    public void Bad_settings_stop_the_start_and_each_message_names_its_key()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => BotAppHost.Build([
            "--urls=http://127.0.0.1:0", "--environment=Test", "--MicrosoftAppId=bot-app", "--MicrosoftAppPassword=secret",
            "--MicrosoftAppType=SingleTenant", "--Bot:Tenants:0=contoso", "--Bot:Cloud=Mars",
            "--Storage:ConnectionString=UseDevelopmentStorage=true", "--Storage:TablePrefix=pgb-1",
            "--Reminders:ScanIntervalMs=0", "--Reminders:RetryBaseMs=5000", "--Reminders:RetryMaxMs=1000",
        ]));

        var text = string.Join("\n", failure.Failures);
        foreach (var key in new[] { "MicrosoftAppTenantId", "Bot:Cloud 'Mars'", "Storage:TablePrefix 'pgb-1'", "Reminders:ScanIntervalMs", "Reminders:RetryMaxMs" })
            Assert.Contains(key, text);
    }

    [Fact]
    public async Task Production_plans_reminders_every_five_minutes_as_a_single_tenant_bot_and_Development_keeps_local_settings()
    {
        await using var production = BotAppHost.Build([
            "--environment=Production", "--MicrosoftAppId=bot-app", "--MicrosoftAppPassword=secret", "--MicrosoftAppTenantId=contoso",
            "--Bot:Tenants:0=contoso", "--Storage:ConnectionString=UseDevelopmentStorage=true",
        ]);
        Assert.Equal(300_000, production.Services.GetRequiredService<ReminderOptions>().PlanEveryMs);
        Assert.Equal("SingleTenant", production.Configuration["MicrosoftAppType"]);

        await using var development = BotAppHost.Build(["--environment=Development"]);
        Assert.Equal(0, development.Services.GetRequiredService<ReminderOptions>().PlanEveryMs);
        Assert.Equal("UseDevelopmentStorage=true", development.Configuration["Storage:ConnectionString"]);
        Assert.Equal("", BotAppHostProduction()["Storage:ConnectionString"]);
    }

    /// <summary>The shipped appsettings.json alone: production carries no local storage.</summary>
    private static IConfiguration BotAppHostProduction() =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).Build();

    // ---- BotApp.dll as a child process, as App Service runs it.

    private sealed class BotChild(Process process) : IDisposable
    {
        private readonly StringBuilder _output = new();
        public Process Process => process;
        public string Output { get { lock (_output) return _output.ToString(); } }

        public void Listen()
        {
            process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
            process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
            process.Dispose();
        }
    }

    private static BotChild Start(string environment, params string[] args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BotApp.dll"));
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        info.Environment.Remove("DOTNET_ENVIRONMENT");
        foreach (var key in new[] { "MicrosoftAppId", "MicrosoftAppPassword", "Bot__Tenants__0", "Bot__AllowAnonymous", "APPLICATIONINSIGHTS_CONNECTION_STRING" })
            info.Environment.Remove(key);
        var child = new BotChild(Process.Start(info)!);
        child.Listen();
        return child;
    }

    private static async Task<(int Exit, string Output)> RunToExitAsync(string environment, params string[] args)
    {
        using var child = Start(environment, ["--urls=http://127.0.0.1:0", .. args]);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await child.Process.WaitForExitAsync(timeout.Token);
        child.Process.WaitForExit(); // drains the redirected output
        return (child.Process.ExitCode, child.Output);
    }
}
