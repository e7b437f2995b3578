using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Core;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>
/// Convening a democratic life meeting (MK2) or a theory study group session (MK3) on the party group meeting's engine:
/// the same roll call, leave and end, with the kind's own rules in Core. One scheduled ahead with 安排会议 is offered on
/// its day, as 开始会议 offers a scheduled party group meeting.
/// </summary>
public sealed class SessionStartHandler(
    TeamGroups teamGroups, ScheduledMeetings scheduled, MeetingOpener opener, VerbTurn turns)
{
    /// <summary>"开始民主生活会" / "开始学习": the form, only for whom the rules let convene, so nobody fills it in for nothing.</summary>
    public async Task<JObject> ShowFormAsync(TurnScope scope, MeetingKind kind, CancellationToken ct)
    {
        var found = await teamGroups.FindAsync(scope, ct);
        if (found.IsRefused) return Refusals.Card(scope, found.Refusal, null);
        var group = found.Value.Stored.Group;
        if (Convening.MayConvene(group, scope.ActorId, kind) is { } refusal) return Refusals.Card(scope, refusal, group.Profile);
        var form = kind == MeetingKind.DemocraticLifeMeeting ? DemocraticLifeStartCard.Build(scope.Texts) : StudySessionStartCard.Build(scope.Texts);
        var today = await scheduled.TodayAsync(found.Value, kind, scope.ActorId, ct);
        return today.Count == 0 ? form : ScheduledStartCard.Build(scope.Texts, today, form, VerbOf(kind));
    }

    /// <summary>With a meetingId, the democratic life meeting scheduled for today; otherwise the form's topics.</summary>
    public Task<JObject> StartDemocraticLifeAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct) =>
        StartAsync(turn, scope, data, MeetingKind.DemocraticLifeMeeting, ct, (group, current, id, topics, now) =>
            Meeting.StartDemocraticLife(group, current, id, scope.ActorId ?? "", topics, now));

    /// <summary>The seminar flag is the toggle's "true"; anything else is an ordinary monthly session. A scheduled session keeps its own.</summary>
    public Task<JObject> StartStudySessionAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct) =>
        StartAsync(turn, scope, data, MeetingKind.StudyGroup, ct, (group, current, id, topics, now) =>
            Meeting.StartStudySession(group, current, id, scope.ActorId ?? "", topics, data["seminar"] == "true", now));

    private Task<JObject> StartAsync(
        ITurnContext turn, TurnScope scope, CardData data, MeetingKind kind, CancellationToken ct,
        Func<PartyGroup, MeetingState?, string, IReadOnlyList<AgendaItem>, DateTimeOffset, Result<MeetingStarted>> start)
    {
        var scheduledId = data["meetingId"] is { Length: > 0 } id ? id : null;
        var topics = Topics(data["topics"]);
        return turns.RunAsync(turn, scope, new Verb<Scheduled, MeetingState>(
            // Scheduled for today, the plan's agenda; otherwise the form's topics, with no agenda.
            Load: async (team, c) => scheduledId is null
                ? new Scheduled(null)
                : await (await scheduled.CheckAsync(team, scope.ActorId, scheduledId, kind, c)).ThenAsync(agenda => new Scheduled(agenda)),
            RunAndStore: (team, plan, c) => opener.OpenAsync(turn, scope, team, plan.Agenda, scheduledId,
                (group, current, meetingId, now) => start(group, current, meetingId, topics, now), c),
            Outcome: (done, _) => Task.FromResult<Outcome>(RollCallCard.Build(scope.Texts, done.State))), ct);
    }

    /// <summary>The 议题库 holding the meeting scheduled for today, or null for one started from the form.</summary>
    private sealed record Scheduled(AgendaState? Agenda);

    private static string VerbOf(MeetingKind kind) => kind == MeetingKind.DemocraticLifeMeeting ? Verbs.StartDemocraticLife : Verbs.StartStudySession;

    /// <summary>Topics are discussed, not voted by a method, so each is an oral item (V2) only for the engine's sake.</summary>
    private static IReadOnlyList<AgendaItem> Topics(string? text) =>
        (text ?? "")
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select((title, i) => new AgendaItem((i + 1).ToString(), title, VotingMethod.Oral))
            .ToList();
}
