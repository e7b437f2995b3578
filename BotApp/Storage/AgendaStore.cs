using PartyGroupBot.Core;
using PartyGroupBot.Core.Agenda;

namespace PartyGroupBot.Storage;

/// <summary>Runs a Core agenda command against a group's stored 议题库 log, with the same optimistic appends as meetings.</summary>
public sealed class AgendaStore(AgendaLog log)
{
    private const int Attempts = 8;

    public async Task<AgendaState> LoadAsync(GroupKey group, CancellationToken ct = default) =>
        AgendaState.Fold(await log.ReadAsync(group.Agenda, ct));

    public async Task<Result<AgendaState>> RunAsync(
        GroupKey group, Func<AgendaState, Result<IReadOnlyList<AgendaEvent>>> command, CancellationToken ct = default)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var chain = await log.ReadChainAsync(group.Agenda, ct);
            var state = AgendaState.Fold(chain.Events);
            var result = command(state);
            if (result.IsRefused) return result.Refusal!;
            var events = result.Value!;
            if (await log.TryAppendAllAsync(group.Agenda, state.Version, events, chain.LastHash, ct))
                return AgendaState.Fold(chain.Events.Concat(events));
        }
        throw new StorageUnavailableException("The agenda kept changing under this command.");
    }

    public Task<Result<AgendaState>> RunAsync(GroupKey group, Func<AgendaState, Result<AgendaEvent>> command, CancellationToken ct = default) =>
        RunAsync(group, state =>
        {
            var result = command(state);
            return result.IsRefused ? result.Refusal! : (Result<IReadOnlyList<AgendaEvent>>)new[] { result.Value! };
        }, ct);
}
