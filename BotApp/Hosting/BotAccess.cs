using Microsoft.Extensions.Options;

namespace PartyGroupBot.Hosting;

/// <summary>
/// Who may reach the bot: its Azure registration (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>,
/// <c>MicrosoftAppType</c>, <c>MicrosoftAppTenantId</c>), the tenants it serves (<c>Bot:Tenants</c>) and the explicit
/// choice to run without authentication (<c>Bot:AllowAnonymous</c>).
/// </summary>
public sealed class BotAccess
{
    public string AppId { get; set; } = "";
    public string AppPassword { get; set; } = "";
    public string AppType { get; set; } = "";
    public string AppTenantId { get; set; } = "";
    public bool AllowAnonymous { get; set; }
    public List<string> Tenants { get; set; } = [];
    public string Cloud { get; set; } = "";

    public bool Anonymous => AppId.Length == 0;

    public void Load(IConfiguration config)
    {
        AppId = config["MicrosoftAppId"] ?? "";
        AppPassword = config["MicrosoftAppPassword"] ?? "";
        AppType = config["MicrosoftAppType"] ?? "";
        AppTenantId = config["MicrosoftAppTenantId"] ?? "";
        AllowAnonymous = bool.TryParse(config["Bot:AllowAnonymous"], out var anonymous) && anonymous;
        Tenants = config.GetSection("Bot:Tenants").Get<List<string>>()?.Where(t => t.Length > 0).ToList() ?? [];
        Cloud = config[BotCloud.Key] ?? "";
    }

    /// <summary>Whether an activity from this tenant is served: any tenant when none is listed (Development or anonymous).</summary>
    public bool Serves(string? tenantId) =>
        Tenants.Count == 0 || tenantId is { Length: > 0 } && Tenants.Contains(tenantId, StringComparer.OrdinalIgnoreCase);
}

/// <summary>
/// Fails closed at start (issue 13): outside Development the bot refuses to run without its credentials unless
/// <c>Bot:AllowAnonymous=true</c> says so on purpose, and without the list of tenants it serves. Each message names its key.
/// </summary>
public sealed class BotAccessValidation(IHostEnvironment environment) : IValidateOptions<BotAccess>
{
    private static readonly string[] AppTypes = ["SingleTenant", "MultiTenant", "UserAssignedMSI"];

    public ValidateOptionsResult Validate(string? name, BotAccess access)
    {
        var failures = new List<string>();
        var local = environment.IsDevelopment();
        if (!local && !access.AllowAnonymous)
        {
            if (access.AppId.Length == 0)
                failures.Add("MicrosoftAppId is empty: outside Development the bot needs its Azure bot registration's app id " +
                             "(or Bot:AllowAnonymous=true to run without authentication on purpose).");
            if (access.AppPassword.Length == 0 && !string.Equals(access.AppType, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase))
                failures.Add("MicrosoftAppPassword is empty: outside Development the bot needs its registration's client secret " +
                             "(a Key Vault reference in Azure).");
            // Without authentication the tenant in an activity is whatever the caller wrote, so a list would prove nothing.
            if (access.Tenants.Count == 0)
                failures.Add("Bot:Tenants is empty: outside Development list the Microsoft Entra tenant ids whose teams the bot serves.");
        }
        if (access.AppType.Length > 0 && !AppTypes.Contains(access.AppType, StringComparer.OrdinalIgnoreCase))
            failures.Add($"MicrosoftAppType '{access.AppType}' is not one of {string.Join(", ", AppTypes)}.");
        if (!access.Anonymous && string.Equals(access.AppType, "SingleTenant", StringComparison.OrdinalIgnoreCase) && access.AppTenantId.Length == 0)
            failures.Add("MicrosoftAppTenantId is empty: a SingleTenant bot signs in at its own tenant.");
        if (access.Cloud.Length > 0 && !BotCloud.All.Any(c => string.Equals(c.Name, access.Cloud, StringComparison.OrdinalIgnoreCase)))
            failures.Add($"{BotCloud.Key} '{access.Cloud}' is not one of {string.Join(", ", BotCloud.All.Select(c => c.Name))}.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
