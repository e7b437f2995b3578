using Azure.Data.Tables;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PartyGroupBot.Reminders;

namespace PartyGroupBot.Hosting;

/// <summary>
/// /health/live answers while the process serves HTTP; /health/ready also needs Table storage to answer and the
/// configuration to be valid, so App Service's health check takes an instance that cannot reach storage out of rotation.
/// </summary>
public static class Health
{
    public const string Ready = "ready";

    public static IServiceCollection AddBotHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>("storage", tags: [Ready])
            .AddCheck<ConfigurationHealthCheck>("configuration", tags: [Ready]);
        return services;
    }

    public static void MapBotHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains(Ready) });
    }
}

/// <summary>One cheap read (the first table name) with a short deadline: an outage answers Unhealthy within seconds.</summary>
public sealed class StorageHealthCheck(TableServiceClient tables) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(TimeSpan.FromSeconds(4));
        try
        {
            await foreach (var _ in tables.QueryAsync(maxPerPage: 1, cancellationToken: deadline.Token).AsPages(pageSizeHint: 1)) break;
            return HealthCheckResult.Healthy("Table storage answers");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("Table storage does not answer", ex);
        }
    }
}

/// <summary>The validated settings still read as valid (they are checked at start; a reload could break them).</summary>
public sealed class ConfigurationHealthCheck(IOptionsMonitor<BotAccess> access, IOptionsMonitor<StorageSettings> storage, IOptionsMonitor<ReminderOptions> reminders)
    : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            _ = access.CurrentValue;
            _ = storage.CurrentValue;
            _ = reminders.CurrentValue;
            return Task.FromResult(HealthCheckResult.Healthy("configuration valid"));
        }
        catch (OptionsValidationException ex)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(string.Join(" ", ex.Failures)));
        }
    }
}
