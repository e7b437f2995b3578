PartyGroupBot.BotAppHost.Build(args).Run();
