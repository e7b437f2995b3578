using System.Globalization;
using PartyGroupBot.Bench;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var options = BenchOptions.Parse(args);
if (options is null) return 2;
return await new Bench(options).RunAsync();
