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
    TeamGroups teamGroups, GroupStore groups, MeetingStore meetings, MeetingIndex index, ScheduledMeetings scheduled, TimeProvider clock)
{
    /// <summary>"开始民主生活会" / "开始学习": the form, only for whom the rules let convene, so nobody fills it in for nothing.</summary>
    public async Task<JObject> ShowFormAsync(TurnScope scope, MeetingKind kind, CancellationToken ct)
    {
        var found = await teamGroups.FindAsync(scope, ct);
        if (found.IsRefused) return MeetingRunner.Refused(scope, found.Refusal!, null);
        var group = found.Value!.Stored.Group;
        if (Convening.MayConvene(group, scope.ActorId, kind) is { } refusal) return MeetingRunner.Refused(scope, refusal, group.Profile);
        var form = kind == MeetingKind.DemocraticLifeMeeting ? DemocraticLifeStartCard.Build(scope.Texts) : StudySessionStartCard.Build(scope.Texts);
        var today = await scheduled.TodayAsync(found.Value!, kind, ct);
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

    private async Task<JObject> StartAsync(
        ITurnContext turn, TurnScope scope, CardData data, MeetingKind kind, CancellationToken ct,
        Func<PartyGroup, MeetingState?, string, IReadOnlyList<AgendaItem>, DateTimeOffset, Result<MeetingStarted>> start)
    {
        var found = await teamGroups.FindAsync(scope, ct);
        if (found.IsRefused) return MeetingRunner.Refused(scope, found.Refusal!, null);
        var team = found.Value!;
        var scheduledId = data["meetingId"] is { Length: > 0 } id ? id : null;
        AgendaState? agenda = null;
        if (scheduledId is not null)
        {
            var (checkedAgenda, refused) = await scheduled.CheckAsync(scope, team, scheduledId, kind, ct);
            if (refused is not null) return refused;
            agenda = checkedAgenda;
        }
        var topics = Topics(data["topics"]);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var stored = (await groups.GetAsync(team.Key, ct))!;
            var current = stored.ActiveMeetingId is { } active ? await meetings.LoadAsync(team.MeetingPartition(active), ct) : null;
            var meetingId = scheduledId ?? clock.GetUtcNow().ToString("yyyyMMddHHmmss") + "-" + Guid.NewGuid().ToString("N")[..6];
            var started = agenda is null
                ? start(stored.Group, current, meetingId, topics, clock.GetUtcNow())
                : Meeting.Start(stored.Group, current, agenda, meetingId, scope.ActorId ?? "", clock.GetUtcNow());
            if (started.IsRefused) return MeetingRunner.Refused(scope, started.Refusal!, stored.Group.Profile);
            // As for a party group meeting: the group's pointer is claimed under its ETag, so two clicks cannot open two meetings.
            if (!await groups.TrySetActiveMeetingAsync(team.Key, meetingId, stored.ETag, ct)) continue;
            var partition = team.MeetingPartition(meetingId);
            var created = await meetings.CreateAsync(partition, started.Value!, ct);
            if (!created && agenda is not null) return ScheduledMeetings.AlreadyStarted(scope, team);
            var state = (await meetings.LoadAsync(partition, ct))!;
            await index.SaveAsync(team.Key, state, ct);
            if (agenda is not null) state = await scheduled.DesignateObserversAsync(turn, team, agenda.Meeting(meetingId)!, state, ct);
            return RollCallCard.Build(scope.Texts, state);
        }
        throw new StorageUnavailableException("The group kept changing while the meeting was being started.");
    }

    private static string VerbOf(MeetingKind kind) => kind == MeetingKind.DemocraticLifeMeeting ? "startDemocraticLife" : "startStudySession";

    /// <summary>Topics are discussed, not voted by a method, so each is an oral item (V2) only for the engine's sake.</summary>
    private static IReadOnlyList<AgendaItem> Topics(string? text) =>
        (text ?? "")
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select((title, i) => new AgendaItem((i + 1).ToString(), title, VotingMethod.Oral))
            .ToList();
}
