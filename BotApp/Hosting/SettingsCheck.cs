using Microsoft.Extensions.Options;
using PartyGroupBot.Reminders;

namespace PartyGroupBot.Hosting;

/// <summary>
/// Every validated section at once, right after the app is built: the host resolves its hosted services (which read
/// these settings) before ValidateOnStart runs, so that alone would report only the first bad section, buried in a
/// stack trace. One exception lists every failure, each naming its key.
/// </summary>
public static class SettingsCheck
{
    public static void ThrowIfInvalid(IServiceProvider services)
    {
        var failures = new List<string>();
        void Check<T>() where T : class
        {
            try
            {
                _ = services.GetRequiredService<IOptions<T>>().Value;
            }
            catch (OptionsValidationException ex)
            {
                failures.AddRange(ex.Failures);
            }
        }
        Check<BotAccess>();
        Check<StorageSettings>();
        Check<ReminderOptions>();
        if (failures.Count > 0) throw new OptionsValidationException("settings", typeof(SettingsCheck), failures);
    }
}
