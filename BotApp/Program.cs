using Microsoft.Extensions.Options;

if (args is ["backup" or "restore", var folder, .. var rest])
    return await PartyGroupBot.Hosting.TableBackupCommand.RunAsync(args[0], folder, rest);

try
{
    PartyGroupBot.BotAppHost.Build(args).Run();
    return 0;
}
catch (OptionsValidationException ex)
{
    // A deployment missing a setting stops here, saying which keys to set, with a non-zero exit for App Service to show.
    Console.Error.WriteLine("PartyGroupBot cannot start; fix these settings:");
    foreach (var failure in ex.Failures) Console.Error.WriteLine("  - " + failure);
    return 1;
}
