using System.Globalization;

namespace PartyGroupBot.Bench;

/// <summary>The bench's command line; bench/README.md says what each mode measures.</summary>
public sealed record BenchOptions
{
    public int Voters { get; init; } = 64;
    public int Groups { get; init; } = 8;
    /// <summary>Measured seconds per offered rate, shared by its alternating windows.</summary>
    public int Seconds { get; init; } = 20;
    public int WarmupSeconds { get; init; } = 3;
    public double WindowSeconds { get; init; } = 2;
    public int ProbeSeconds { get; init; } = 4;
    /// <summary>Offered votes per second; empty: a quarter, a half and three quarters of the probed capacity.</summary>
    public IReadOnlyList<double> Rates { get; init; } = [];
    public int Items { get; init; } = 40;
    /// <summary>both: recorded and secret vote windows beside the echo's; recorded or secret: only that one.</summary>
    public string Method { get; init; } = "both";
    public int GrowthMembers { get; init; } = 60;
    public int GrowthItems { get; init; } = 50;
    public int RefreshPerVote { get; init; }
    public (int Min, int Max) ConnectorLatencyMs { get; init; }
    public bool RateLimit { get; init; }
    public int Instances { get; init; } = 1;
    public int ReminderGroups { get; init; }
    public bool UpdateCards { get; init; } = true;

    public bool Recorded => Method is "both" or "recorded";
    public bool Secret => Method is "both" or "secret";

    public const string Help = """
        bench [--voters 64] [--groups 8] [--seconds 20] [--warmup 3] [--window 2] [--probe 4] [--rates 40,80,120]
              [--items 40] [--method both|recorded|secret] [--growth 60x50 | --growth 0]
              [--refresh N] [--connector-latency 50-150] [--rate-limit] [--instances 2] [--reminder-groups 1000]
              [--no-card-update]
          Open-loop Poisson arrivals at each rate, in alternating windows: echo, recorded vote, secret vote, echo, ...
          --seconds     measured seconds per rate (all its windows together); --window seconds per window
          --rates       offered turns per second; default 25/50/75% of the vote capacity a closed-loop probe measures
          --method      which ballots the vote windows use (both: recorded and secret, in windows of their own)
          --growth MxN  one meeting of M members run to item N, its votes against a fresh meeting's item 1 (0: skip)
          --refresh N   after each accepted vote, N present members' clients send refreshBallot (the card's refresh)
          --connector-latency A-B  the connector answers after A..B ms (uniform)
          --rate-limit  the connector refuses with 429 + Retry-After past Teams' per-conversation limits
          --instances 2 a second bot on the same storage takes half the turns
          --reminder-groups N  a reminder planning pass over N more groups, while votes arrive at the middle rate
          --no-card-update  votes without replyToId: the bot skips replacing the ballot card for everyone
        """;

    public static BenchOptions? Parse(string[] args)
    {
        var o = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Int() => int.Parse(Next(), CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--voters": o = o with { Voters = Int() }; break;
                case "--groups": o = o with { Groups = Int() }; break;
                case "--seconds": o = o with { Seconds = Int() }; break;
                case "--warmup": o = o with { WarmupSeconds = Int() }; break;
                case "--window": o = o with { WindowSeconds = double.Parse(Next(), CultureInfo.InvariantCulture) }; break;
                case "--probe": o = o with { ProbeSeconds = Int() }; break;
                case "--rates": o = o with { Rates = Next().Split(',').Select(r => double.Parse(r, CultureInfo.InvariantCulture)).ToList() }; break;
                case "--items": o = o with { Items = Int() }; break;
                case "--method":
                    var method = Next();
                    if (method is not ("both" or "recorded" or "secret")) { Console.Error.WriteLine("--method is both, recorded or secret"); return null; }
                    o = o with { Method = method };
                    break;
                case "--growth":
                    var growth = Next().Split('x');
                    o = growth is ["0"] ? o with { GrowthMembers = 0, GrowthItems = 0 }
                        : o with { GrowthMembers = int.Parse(growth[0], CultureInfo.InvariantCulture), GrowthItems = int.Parse(growth[1], CultureInfo.InvariantCulture) };
                    break;
                case "--refresh": o = o with { RefreshPerVote = Int() }; break;
                case "--connector-latency":
                    var ms = Next().Split('-').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray();
                    o = o with { ConnectorLatencyMs = (ms[0], ms.Length > 1 ? ms[1] : ms[0]) };
                    break;
                case "--rate-limit": o = o with { RateLimit = true }; break;
                case "--instances": o = o with { Instances = Int() }; break;
                case "--reminder-groups": o = o with { ReminderGroups = Int() }; break;
                case "--no-card-update": o = o with { UpdateCards = false }; break;
                case "--help" or "-h": Console.WriteLine(Help); return null;
                default: Console.Error.WriteLine($"unknown option {args[i]} (try --help)"); return null;
            }
        }
        if (o.Groups < 1 || o.Voters < 2 * o.Groups) { Console.Error.WriteLine("need at least two voters per group"); return null; }
        if (o.Instances is < 1 or > 2) { Console.Error.WriteLine("--instances is 1 or 2"); return null; }
        if (o.GrowthMembers is > 0 and < 2 || o.GrowthItems is 1) { Console.Error.WriteLine("--growth needs two members and two items"); return null; }
        return o;
    }
}
