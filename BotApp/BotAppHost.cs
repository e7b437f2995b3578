using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;
using PartyGroupBot.Bot;
using PartyGroupBot.Cards;
using PartyGroupBot.Hosting;
using PartyGroupBot.Storage;

namespace PartyGroupBot;

/// <summary>
/// Builds the web app: POST /api/messages through the Bot Framework CloudAdapter, storage on Azure Table storage,
/// /health/live and /health/ready. Settings are validated at start (the messages name the key); outside Development
/// the bot fails closed without its credentials and tenants (<see cref="BotAccessValidation"/>).
/// </summary>
public static class BotAppHost
{
    /// <param name="overrides">Registrations that replace the configured ones; tests put a local Graph here.</param>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        var services = builder.Services;
        var config = builder.Configuration;

        services.AddSingleton(TimeProvider.System);
        // Without a factory the adapter makes a new HttpClient, and so a new connection, for every turn's connector client.
        services.AddHttpClient();
        var cloud = BotCloud.From(config) ?? BotCloud.Public;
        services.AddSingleton(cloud);
        services.AddOptions<BotAccess>().Configure(access => access.Load(config)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotAccess>, BotAccessValidation>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<BotAccess>>().Value);
        services.AddSingleton<TenantGate>();
        services.AddSingleton<BotFrameworkAuthentication>(sp => CreateAuthentication(sp, config, cloud));
        // Plain DI finds two CloudAdapter constructors and fails; one instance serves both registrations.
        services.AddSingleton(sp => CreateAdapter(sp));
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<CloudAdapter>());
        services.AddTransient<IBot, PartyGroupTeamsBot>();

        services.AddOptions<StorageSettings>().Bind(config.GetSection("Storage")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageSettings>, StorageSettingsValidation>();
        services.AddSingleton(sp => new TableServiceClient(
            cloud.StorageConnectionString(sp.GetRequiredService<IOptions<StorageSettings>>().Value.ConnectionString), TableOptions()));
        services.AddSingleton(sp => new TableStore(
            sp.GetRequiredService<TableServiceClient>(), sp.GetRequiredService<IOptions<StorageSettings>>().Value.TablePrefix));
        services.AddSingleton<MeetingLog>();
        services.AddSingleton<BallotBoxStore>();
        services.AddSingleton<OpenVoteStore>();
        services.AddSingleton<MeetingStore>();
        services.AddSingleton<BallotStore>();
        services.AddSingleton<MeetingIndex>();
        services.AddSingleton<AgendaLog>();
        services.AddSingleton<AgendaStore>();
        services.AddSingleton<GroupStore>();
        services.AddSingleton<ConversationStore>();
        services.AddSingleton<ActivityLedger>();
        services.AddSingleton<Bot.Redelivery>();

        services.AddSingleton<Administrators>();
        services.AddSingleton<TeamGroups>();
        services.AddSingleton<PersonGroups>();
        services.AddSingleton<Deliveries>();
        services.AddSingleton<VerbTurn>();
        services.AddSingleton<Messenger>();
        services.AddSingleton<SetupHandler>();
        services.AddSingleton<MeetingOpener>();
        services.AddSingleton<MeetingHandler>();
        services.AddSingleton<AttendanceHandler>();
        services.AddSingleton<BallotViews>();
        services.AddSingleton<VoteHandler>();
        if (MinutesDocs.MinutesGraph.TryCreate(config) is { } graph) services.AddSingleton(new MinutesDocs.MinutesArchive(graph, cloud.OffersTeamsGraph));
        services.AddSingleton<RecordHandler>();
        services.AddSingleton<BrieferHandler>();
        services.AddSingleton<MinutesHandler>();
        services.AddSingleton<CurrentCards>();
        services.AddSingleton<HelpHandler>();
        services.AddSingleton<CardActions>();
        services.AddSingleton<MessageCommands>();
        services.AddSingleton<AgendaHandler>();
        services.AddSingleton<DecisionHandler>();
        services.AddSingleton<FollowUpHandler>();
        services.AddSingleton<ScheduledMeetings>();
        services.AddSingleton<SessionStartHandler>();
        services.AddSingleton<DemocraticLifeHandler>();
        services.AddSingleton<SendStatusHandler>();
        services.AddSingleton<RecordVerifier>();
        // AG2 in Outlook: the scheduled meeting goes into each invitee's calendar through the same Graph registration as the archive.
        var calendarOptions = Calendar.CalendarOptions.From(config);
        if (calendarOptions.Enabled && MinutesDocs.MinutesGraph.TryCreate(config) is { } calendarGraph)
            services.AddSingleton(sp => new Calendar.ScheduledInvitations(
                new Calendar.MeetingCalendar(calendarGraph, sp.GetRequiredService<ILogger<Calendar.MeetingCalendar>>()), calendarOptions));

        // Reminders
        services.AddOptions<Reminders.ReminderOptions>().Bind(config.GetSection("Reminders")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<Reminders.ReminderOptions>, ReminderOptionsValidation>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<Reminders.ReminderOptions>>().Value);
        services.AddSingleton(sp => new Reminders.ReminderClock(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<Reminders.ReminderOptions>()));
        services.AddSingleton<ReminderStore>();
        services.AddSingleton<Reminders.ReminderScheduler>();
        services.AddSingleton<Reminders.ReminderSender>();
        services.AddSingleton<Reminders.ReminderScanner>();
        services.AddSingleton<ReminderGroupKeys>();
        services.AddSingleton<Reminders.ReminderPlanning>();
        services.AddHostedService<Reminders.ReminderService>();

        // Outbox: what stored steps owe is stored before it is sent, and sent by every instance's scan.
        services.AddSingleton(Outbox.OutboxOptions.From(config));
        services.AddSingleton<Outbox.OutboxStore>();
        services.AddSingleton<Outbox.OutboxSender>();
        services.AddSingleton<Outbox.Outbox>();
        services.AddSingleton<Outbox.ConversationThrottle>();
        services.AddSingleton<Outbox.SharedCardUpdates>();
        services.AddHostedService<Outbox.OutboxService>();

        if (builder.Environment.IsDevelopment()) services.AddHostedService<DevelopmentSeed>();
        services.AddHostedService<StartupNotices>();
        services.AddBotHealth();
        services.AddBotTelemetry(config);
        Tab.TabAuthentication.AddTabAuthentication(services, config, cloud);

        overrides?.Invoke(services);
        var app = builder.Build();
        SettingsCheck.ThrowIfInvalid(app.Services);
        app.MapPost("/api/messages", (HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot, TenantGate gate) =>
            MessagesEndpoint.HandleAsync(http, adapter, bot, config, gate));
        app.MapBotHealth();
        Tab.TabEndpoints.MapTab(app);
        app.MapGet("/", () => "PartyGroupBot is running. Teams posts to /api/messages.");
        return app;
    }

    /// <summary>
    /// The Bot Framework settings of <c>Bot:Cloud</c> under the app's own configuration (its keys win). Without an app
    /// id there is no registration to be single-tenant, so the SDK is told MultiTenant, which it needs to run unauthenticated.
    /// </summary>
    public static IConfiguration BotFrameworkConfiguration(IConfiguration config, BotCloud cloud)
    {
        var settings = new Dictionary<string, string?>(cloud.BotFrameworkSettings(config));
        if (string.IsNullOrEmpty(config["MicrosoftAppId"])) settings["MicrosoftAppType"] = "MultiTenant";
        return new ConfigurationBuilder().AddConfiguration(config).AddInMemoryCollection(settings).Build();
    }

    private static BotFrameworkAuthentication CreateAuthentication(IServiceProvider sp, IConfiguration config, BotCloud cloud)
    {
        var settings = BotFrameworkConfiguration(config, cloud);
        var http = sp.GetRequiredService<IHttpClientFactory>();
        var log = sp.GetRequiredService<ILogger<BotFrameworkAuthentication>>();
        // Token requests go through the app's HttpClient factory like every other outgoing call (telemetry sees them).
        var credentials = new ConfigurationServiceClientCredentialFactory(settings, http.CreateClient("BotFramework"), log);
        return new ConfigurationBotFrameworkAuthentication(settings, credentials, httpClientFactory: http, logger: log);
    }

    private static CloudAdapter CreateAdapter(IServiceProvider sp)
    {
        var log = sp.GetRequiredService<ILogger<CloudAdapter>>();
        var adapter = new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), log)
        {
            OnTurnError = async (turn, exception) =>
            {
                log.LogError(exception, "Unhandled error in a turn");
                if (turn.Activity.Type == Microsoft.Bot.Schema.ActivityTypes.Message)
                {
                    var texts = Texts.Texts.For(turn.Activity.Locale);
                    await turn.SendActivityAsync(Messenger.Message(RefusalCard.Build(texts["notice.storage"])));
                }
            },
        };
        adapter.Use(new TurnLogScope(sp.GetRequiredService<ILogger<TurnLogScope>>()));
        return adapter;
    }

    /// <summary>Few, short retries: a user is waiting, and Teams gives up on an invoke after a few seconds.</summary>
    private static TableClientOptions TableOptions()
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.Mode = RetryMode.Exponential;
        // A request that hangs fails in time to say "try again" within the turn; StorageOutage counts it as an outage.
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(3);
        return options;
    }
}
