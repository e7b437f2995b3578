using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using PartyGroupBot.Reminders;

namespace PartyGroupBot.Hosting;

/// <summary>Configuration section "Storage": the Table storage account and the prefix of the app's tables.</summary>
public sealed class StorageSettings
{
    public string ConnectionString { get; set; } = "";
    public string TablePrefix { get; set; } = "pgb";
}

/// <summary>Checked at start, so a deployment with a bad key stops with the key's name instead of failing on the first turn.</summary>
public sealed partial class StorageSettingsValidation : IValidateOptions<StorageSettings>
{
    public ValidateOptionsResult Validate(string? name, StorageSettings settings)
    {
        var failures = new List<string>();
        if (settings.ConnectionString.Length == 0)
            failures.Add("Storage:ConnectionString is empty: set the Table storage account's connection string " +
                         "(UseDevelopmentStorage=true for Azurite, as appsettings.Development.json does).");
        // Table names are 3–63 letters and digits starting with a letter; the longest name the app adds is 16 characters.
        if (!TablePrefix().IsMatch(settings.TablePrefix))
            failures.Add($"Storage:TablePrefix '{settings.TablePrefix}' must be 1 to 40 letters and digits, starting with a letter.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,39}$")]
    private static partial Regex TablePrefix();
}

public sealed class ReminderOptionsValidation : IValidateOptions<ReminderOptions>
{
    public ValidateOptionsResult Validate(string? name, ReminderOptions o)
    {
        var failures = new List<string>();
        if (o.ScanIntervalMs <= 0) failures.Add($"Reminders:ScanIntervalMs is {o.ScanIntervalMs}: it must be above 0.");
        if (o.LeaseSeconds <= 0) failures.Add($"Reminders:LeaseSeconds is {o.LeaseSeconds}: it must be above 0.");
        if (o.RetryBaseMs <= 0) failures.Add($"Reminders:RetryBaseMs is {o.RetryBaseMs}: it must be above 0.");
        if (o.RetryMaxMs < o.RetryBaseMs) failures.Add($"Reminders:RetryMaxMs is {o.RetryMaxMs}: it must be at least Reminders:RetryBaseMs ({o.RetryBaseMs}).");
        if (o.PlanEveryMs < 0) failures.Add($"Reminders:PlanEveryMs is {o.PlanEveryMs}: 0 turns planning off, above 0 is the interval.");
        if (o.PlanLookBackHours < 0) failures.Add($"Reminders:PlanLookBackHours is {o.PlanLookBackHours}: it must not be negative.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
