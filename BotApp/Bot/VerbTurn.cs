using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Core;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Profiles;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>What a step gave: its value, or the refusal with the profile whose article it cites (and, for input the
/// handler checks before Core, its own words: <see cref="Refusals.Words"/>).</summary>
public sealed record Step<T>(T? Value, Refusal? Refusal = null, RuleProfile? Profile = null, string? OwnWords = null) where T : class
{
    /// <summary>Nothing to do, and this is the answer (a notice such as "no meeting in progress"); not a refusal.</summary>
    public JObject? Answer { get; init; }

    public static implicit operator Step<T>(T value) => new(value);

    public static Step<T> Answered(JObject answer) => new(null) { Answer = answer };

    public static Step<T> Refused(Refusal refusal, RuleProfile? profile, string? ownWords = null) => new(null, refusal, profile, ownWords);

    /// <summary>The next stage's step from this one's value; a refusal or an answer passes through.</summary>
    public async Task<Step<TNext>> ThenAsync<TNext>(Func<T, Task<Step<TNext>>> next) where TNext : class =>
        Refusal is { } refusal ? Step<TNext>.Refused(refusal, Profile, OwnWords)
        : Answer is { } answer ? Step<TNext>.Answered(answer)
        : await next(Value!);

    public Task<Step<TNext>> ThenAsync<TNext>(Func<T, TNext> next) where TNext : class => ThenAsync(v => Task.FromResult<Step<TNext>>(next(v)));

    /// <summary>A store's result, its refusal citing the given profile's article.</summary>
    public static Step<T> Of(Result<T> result, RuleProfile? profile) =>
        result.IsRefused ? Refused(result.Refusal, profile) : result.Value;
}

/// <summary>The team the turn belongs to and what the verb's stored step gave, for its outcome to build on.</summary>
public sealed record Done<T>(TeamGroup Team, T State);

/// <summary>
/// One verb, as the stages of <see cref="VerbTurn"/>: load what the command needs, run the Core command and store its
/// event, then the outcome (the answer and who is told what). A refusal at any stage ends the turn.
/// </summary>
public sealed record Verb<TLoaded, TState>(
    Func<TeamGroup, CancellationToken, Task<Step<TLoaded>>> Load,
    Func<TeamGroup, TLoaded, CancellationToken, Task<Step<TState>>> RunAndStore,
    Func<Done<TState>, CancellationToken, Task<Outcome>> Outcome) where TLoaded : class where TState : class
{
    /// <summary>The group as read in the last half minute will do (a ballot: the meeting holds its own roster).</summary>
    public bool RecentGroup { get; init; }

    /// <summary>When true for what was loaded, the stages after loading run once per activity and a repeat gets the first answer.</summary>
    public Func<TLoaded, bool>? OnceOnly { get; init; }
}

/// <summary>
/// Every verb's way through, written once: find the team, load, run a Core command, store, deliver. Handlers only say
/// which command and what follows; refusals are worded by <see cref="Refusals"/>, messages leave by <see cref="Deliveries"/>.
/// </summary>
public sealed class VerbTurn(TeamGroups teamGroups, MeetingStore meetings, AgendaStore agendas, Deliveries deliveries, Redelivery redelivery)
{
    public async Task<JObject> RunAsync<TLoaded, TState>(ITurnContext turn, TurnScope scope, Verb<TLoaded, TState> verb, CancellationToken ct)
        where TLoaded : class where TState : class
    {
        var found = verb.RecentGroup ? await teamGroups.FindRecentAsync(scope, ct) : await teamGroups.FindAsync(scope, ct);
        if (found.IsRefused) return Refusals.Card(scope, found.Refusal, null);
        var team = found.Value;
        var loaded = await verb.Load(team, ct);
        if (loaded.Refusal is { } notLoaded) return Refusals.Card(scope, notLoaded, loaded.Profile, loaded.OwnWords);
        if (loaded.Answer is { } nothingToDo) return nothingToDo;

        async Task<JObject> StoreAndDeliverAsync()
        {
            var stored = await verb.RunAndStore(team, loaded.Value!, ct);
            if (stored.Refusal is { } refusal) return Refusals.Card(scope, refusal, stored.Profile, stored.OwnWords);
            var outcome = await verb.Outcome(new Done<TState>(team, stored.Value!), ct);
            return await deliveries.SendAsync(turn, scope, team, outcome, ct);
        }
        return verb.OnceOnly?.Invoke(loaded.Value!) == true
            ? await redelivery.OnceAsync(turn, StoreAndDeliverAsync, ct)
            : await StoreAndDeliverAsync();
    }

    /// <summary>A command on one stored meeting of the team, its refusals citing the group's profile.</summary>
    public Task<JObject> OnMeetingAsync(
        ITurnContext turn, TurnScope scope, string? meetingId, Func<MeetingState, Result<MeetingEvent>> command,
        Func<Done<MeetingState>, CancellationToken, Task<Outcome>> outcome, CancellationToken ct) =>
        RunAsync(turn, scope, OnMeeting(meetingId, command, outcome), ct);

    /// <param name="alsoStore">What else is stored once the event is (an index), before anyone is told.</param>
    public Verb<string, MeetingState> OnMeeting(
        string? meetingId, Func<MeetingState, Result<MeetingEvent>> command, Func<Done<MeetingState>, CancellationToken, Task<Outcome>> outcome,
        Func<TeamGroup, MeetingState, CancellationToken, Task>? alsoStore = null) =>
        new(MeetingId(meetingId), StoreOnMeeting(command, alsoStore), outcome);

    /// <summary>Loads the card's meeting id; a card without one is bad input.</summary>
    public static Func<TeamGroup, CancellationToken, Task<Step<string>>> MeetingId(string? meetingId) =>
        (_, _) => Task.FromResult(string.IsNullOrEmpty(meetingId)
            ? Step<string>.Refused(new Refusal("", RefusalCode.InvalidInput), null)
            : (Step<string>)meetingId);

    /// <summary>Runs the command on the meeting whose id was loaded and appends its event (<see cref="MeetingStore.RunAsync"/>).</summary>
    public Func<TeamGroup, string, CancellationToken, Task<Step<MeetingState>>> StoreOnMeeting(
        Func<MeetingState, Result<MeetingEvent>> command, Func<TeamGroup, MeetingState, CancellationToken, Task>? alsoStore = null) =>
        async (team, meetingId, c) =>
        {
            var ran = Step<MeetingState>.Of(await meetings.RunAsync(team.MeetingPartition(meetingId), command, c), team.Stored.Group.Profile);
            if (alsoStore is not null && ran.Value is { } stored) await alsoStore(team, stored, c);
            return ran;
        };

    /// <summary>Runs the command on the team's 议题库 and appends its event (<see cref="AgendaStore"/>).</summary>
    public Func<TeamGroup, TLoaded, CancellationToken, Task<Step<AgendaState>>> StoreOnAgenda<TLoaded>(
        Func<AgendaState, TLoaded, Result<AgendaEvent>> command) =>
        async (team, loaded, c) => Step<AgendaState>.Of(await agendas.RunAsync(team.Key, a => command(a, loaded), c), team.Stored.Group.Profile);

    /// <summary>The same for a command that appends several events at once (a meeting scheduled with its AG5 notices).</summary>
    public Func<TeamGroup, TLoaded, CancellationToken, Task<Step<AgendaState>>> StoreAllOnAgenda<TLoaded>(
        Func<AgendaState, TLoaded, Result<IReadOnlyList<AgendaEvent>>> command) =>
        async (team, loaded, c) => Step<AgendaState>.Of(await agendas.RunAsync(team.Key, a => command(a, loaded), c), team.Stored.Group.Profile);
}
