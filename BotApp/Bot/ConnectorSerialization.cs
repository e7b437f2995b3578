using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Newtonsoft.Json.Serialization;

namespace PartyGroupBot.Bot;

/// <summary>
/// The adapter makes a new ConnectorClient for every turn, and each comes with its own Json.NET contract resolver,
/// whose cache starts empty: every reply or card update then paid for reflecting over the whole Activity type again
/// (measured: the largest CPU cost of a vote turn in the bench). Resolvers are thread-safe, so every client shares
/// the first one made.
/// </summary>
public static class ConnectorSerialization
{
    private static IContractResolver? _writing;
    private static IContractResolver? _reading;

    public static void Share(ITurnContext turn)
    {
        if (turn.TurnState.Get<IConnectorClient>() is not ConnectorClient client) return;
        client.SerializationSettings.ContractResolver =
            Interlocked.CompareExchange(ref _writing, client.SerializationSettings.ContractResolver, null) ?? client.SerializationSettings.ContractResolver;
        client.DeserializationSettings.ContractResolver =
            Interlocked.CompareExchange(ref _reading, client.DeserializationSettings.ContractResolver, null) ?? client.DeserializationSettings.ContractResolver;
    }
}
