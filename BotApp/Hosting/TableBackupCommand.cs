using Azure.Data.Tables;

namespace PartyGroupBot.Hosting;

/// <summary>
/// <c>dotnet BotApp.dll backup|restore &lt;folder&gt; [--Storage:ConnectionString=…] [--Storage:TablePrefix=…]</c>: the same
/// settings as the bot (appsettings.json, environment variables such as <c>Storage__ConnectionString</c>, arguments).
/// </summary>
public static class TableBackupCommand
{
    public static async Task<int> RunAsync(string verb, string folder, string[] args)
    {
        var config = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();
        var connection = config["Storage:ConnectionString"];
        if (string.IsNullOrEmpty(connection))
        {
            Console.Error.WriteLine("Storage:ConnectionString is empty: pass --Storage:ConnectionString=… or set Storage__ConnectionString.");
            return 1;
        }
        var cloud = BotCloud.From(config) ?? BotCloud.Public;
        var backup = new Storage.TableBackup(new TableServiceClient(cloud.StorageConnectionString(connection)), config["Storage:TablePrefix"] ?? "pgb");
        var counts = verb == "backup" ? await backup.BackUpAsync(folder) : await backup.RestoreAsync(folder);
        foreach (var (table, rows) in counts) Console.WriteLine($"{verb} {table}: {rows} rows");
        return 0;
    }
}
