using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Minutes;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>The minutes of a meeting with the decisions recorded on its items (IM1), which live in the group's 决策台账.</summary>
public static class MinutesDrafts
{
    public static async Task<Minutes> DraftMinutesAsync(this AgendaStore agendas, TeamGroup team, MeetingState state, CancellationToken ct)
    {
        var agenda = await agendas.LoadAsync(team.Key, ct);
        return Minutes.Draft(state, agenda.Decisions);
    }

    /// <summary>The draft minutes card the secretary and the chair work on, saying what was just done (<see cref="MinutesDraftCard.Build"/>).</summary>
    public static async Task<JObject> DraftCardAsync(
        this AgendaStore agendas, Texts.Texts t, TeamGroup team, MeetingState state, CancellationToken ct,
        string? brieferDone = null, string? corrected = null) =>
        MinutesDraftCard.Build(t, await agendas.DraftMinutesAsync(team, state, ct), state.Profile, team.Key.TeamId, state, brieferDone, corrected);
}
