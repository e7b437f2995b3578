namespace PartyGroupBot.Hosting;

/// <summary>Says at every start what an administrator must know about how this instance runs.</summary>
public sealed class StartupNotices(BotAccess access, BotCloud cloud, IHostEnvironment environment, IConfiguration config, ILogger<StartupNotices> log)
    : IHostedService
{
    public Task StartAsync(CancellationToken ct)
    {
        if (access.Anonymous && access.AllowAnonymous)
            log.LogWarning("Bot:AllowAnonymous=true in {Environment}: requests are served without a Bot Framework token, " +
                           "so anyone who can reach /api/messages can act as any member. Set MicrosoftAppId and MicrosoftAppPassword.",
                environment.EnvironmentName);
        if (!cloud.OffersTeamsGraph && MinutesDocs.MinutesGraph.IsConfigured(config))
            log.LogWarning("Bot:Cloud={Cloud} does not offer Teams' Graph APIs (a channel's files folder): signed minutes are " +
                           "archived to the team's group drive instead", cloud.Name);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
