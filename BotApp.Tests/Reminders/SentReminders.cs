using Microsoft.Extensions.DependencyInjection;
using PartyGroupBot.Reminders;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Reminders;

/// <summary>What the reminder tests over HTTP read back: the reminder cards the connector got, and the scanner's progress.</summary>
public static class SentReminders
{
    /// <summary>Planning and scanning every few hundred milliseconds, on a reminder clock that starts at <paramref name="clockStart"/>.</summary>
    public static string[] Fast(DateTimeOffset clockStart) =>
        ["--Reminders:ScanIntervalMs=100", "--Reminders:PlanEveryMs=200", $"--Reminders:ClockStart={clockStart:O}"];

    /// <summary>The ids (kind|key|recipient) of every reminder card sent so far, in order.</summary>
    public static List<string> Of(FakeConnector connector) => connector.Requests
        .Select(r => (string?)r.Card?["body"]?.FirstOrDefault()?["id"])
        .Where(id => id?.StartsWith("reminder:", StringComparison.Ordinal) == true)
        .Select(id => id!["reminder:".Length..]).ToList();

    /// <summary>Waits for <paramref name="more"/> scans after now, so a reminder that was due would have been sent by then.</summary>
    public static async Task AfterScansAsync(BotServer bot, int more)
    {
        var scanner = bot.Services.GetRequiredService<ReminderScanner>();
        var scans = scanner.Scans;
        await Eventually.That(() => scanner.Scans >= scans + more, $"{more} more reminder scans");
    }
}
