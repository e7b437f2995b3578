using PartyGroupBot.Core;
using PartyGroupBot.Core.Agenda;

namespace PartyGroupBot.Storage;

/// <summary>Runs a Core agenda command against a group's stored 议题库 log, with the same optimistic appends as meetings.</summary>
public sealed class AgendaStore(AgendaLog log)
{
    public async Task<AgendaState> LoadAsync(GroupKey group, CancellationToken ct = default) =>
        AgendaState.Fold(await log.ReadAsync(group.Agenda, ct));

    public Task<Result<AgendaState>> RunAsync(
        GroupKey group, Func<AgendaState, Result<IReadOnlyList<AgendaEvent>>> command, CancellationToken ct = default)
    {
        var cause = CausingActivity.Next(group.Agenda);
        return Contention.RetryAsync<Result<AgendaState>>(async _ =>
        {
            var chain = await log.ReadChainAsync(group.Agenda, ct);
            var state = AgendaState.Fold(chain.Events);
            // A turn taken over after its first attempt appended this step: the step is done. The command runs again on
            // the state it first met, for the caller to answer as the first attempt would have, and nothing is appended.
            if (chain.Before(cause) is { } before)
            {
                var again = command(AgendaState.Fold(before));
                return (true, again.IsRefused ? again.Refusal : state);
            }
            var result = command(state);
            if (result.IsRefused) return (true, result.Refusal);
            var events = result.Value;
            return await log.TryAppendAllAsync(group.Agenda, state.Version, events, chain.LastHash, ct, cause)
                ? (true, AgendaState.Fold(chain.Events.Concat(events)))
                : (false, default);
        }, "The agenda kept changing under this command.", ct);
    }

    public Task<Result<AgendaState>> RunAsync(GroupKey group, Func<AgendaState, Result<AgendaEvent>> command, CancellationToken ct = default) =>
        RunAsync(group, state =>
        {
            var result = command(state);
            return result.IsRefused ? result.Refusal : (Result<IReadOnlyList<AgendaEvent>>)new[] { result.Value };
        }, ct);
}
