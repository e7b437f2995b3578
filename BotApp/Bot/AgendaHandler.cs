using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Core;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Profiles;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>
/// The 议题库 before a meeting: 议题申报 by a member, the director's consent (AG3, profile B), the secretary's approval or
/// return (AG1), and 安排会议 with its notices to the channel, to each member (AG2) and to the discipline liaison (AG5).
/// </summary>
public sealed class AgendaHandler(
    TeamGroups teamGroups, AgendaStore agendas, MeetingStore meetings, TimeProvider clock, ILogger<AgendaHandler> log,
    VerbTurn turns, Calendar.ScheduledInvitations? invitations = null)
{
    /// <summary>"议题申报" / "propose": the proposal form, for a voting member (AG1).</summary>
    public async Task<JObject> ShowProposeFormAsync(TurnScope scope, CancellationToken ct)
    {
        var found = await teamGroups.FindAsync(scope, ct);
        if (found.IsRefused) return Refusals.Card(scope, found.Refusal, null);
        var group = found.Value.Stored.Group;
        if (Topics.MayPropose(group, scope.ActorId) is { } refusal) return Refusals.Card(scope, refusal, group.Profile);
        return ProposeItemCard.Build(scope.Texts, group.Profile);
    }

    /// <summary>What a 议题库 command stored, and for an approved 临时议题 whether it went on the meeting under way (AG4).</summary>
    private sealed record Filed(AgendaState Agenda, Topic Topic, TakeUp? TakenUp = null);

    /// <summary>AG4: an approved 临时议题 added to the meeting under way (Added), waiting for one, or refused there.</summary>
    private sealed record TakeUp(bool Added, Refusal? Refusal = null);

    /// <summary>A proposal read from the form, for the group it is proposed to.</summary>
    private sealed record Proposal(PartyGroup Group, TopicProposal Topic);

    public Task<JObject> ProposeAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        var actor = scope.ActorId ?? "";
        string? itemId = null;
        var propose = turns.StoreOnAgenda<Proposal>((a, proposal) =>
        {
            var result = a.Propose(proposal.Group, actor, proposal.Topic, clock.GetUtcNow());
            itemId = result.Value?.ItemId;
            return result.IsRefused ? result.Refusal : result.Value;
        });
        return turns.RunAsync(turn, scope, new Verb<Proposal, Filed>(
            // The role first, so nobody else learns anything from how the data is checked.
            Load: (team, _) => Task.FromResult(
                Topics.MayPropose(team.Stored.Group, actor) is { } refusal ? Step<Proposal>.Refused(refusal, team.Stored.Group.Profile)
                : ParseProposal(data) is { } proposal ? new Proposal(team.Stored.Group, proposal)
                : Step<Proposal>.Refused(new Refusal(RuleIds.AG7, RefusalCode.InvalidInput), team.Stored.Group.Profile)),
            RunAndStore: async (team, proposal, c) => await (await propose(team, proposal, c)).ThenAsync<Filed>(async agenda =>
            {
                var topic = agenda.Topic(itemId)!;
                // AG4: the secretary's own 临时议题 is approved as proposed and goes on the meeting under way.
                return new Filed(agenda, topic, topic.IsSchedulable ? await TakeUpAsync(team, topic, c) : null);
            }),
            Outcome: (done, _) =>
            {
                var (team, topic) = (done.Team, done.State.Topic);
                var group = team.Stored.Group;
                if (done.State.TakenUp is { } takenUp) return Task.FromResult<Outcome>(TakenUpNotice(scope, group, topic, takenUp));
                var proposerName = group.Find(actor)!.Name;
                // AG3: under a profile that asks for it, an administrative topic goes to the director before the secretary.
                var director = group.Members.FirstOrDefault(m => m.Role == Role.Director);
                if (group.Profile.DirectorConsentForAdministrativeItems && topic.Proposed.Administrative && director is not null)
                    return Task.FromResult(new Outcome(
                        NoticeCard.Build(scope.Texts["agenda.propose.title"], scope.Texts.Format("agenda.propose.sentToDirector", topic.Proposed.Title, director.Name)),
                        [new ToMember(director.Id, TopicConsentCard.Build(Texts.Texts.Chinese, topic, proposerName, team.Key.TeamId))]));
                var secretary = group.Secretary!;
                return Task.FromResult(new Outcome(
                    NoticeCard.Build(scope.Texts["agenda.propose.title"], scope.Texts.Format("agenda.propose.sent", topic.Proposed.Title, secretary.Name)),
                    [new ToMember(secretary.Id, TopicApprovalCard.Build(Texts.Texts.Chinese, topic, proposerName, null, team.Key.TeamId))]));
            }), ct);
    }

    /// <summary>AG3: the director consents from the private card; the secretary then gets the approval card.</summary>
    public Task<JObject> ConsentAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        scope = scope.InTeam(data["teamId"]);
        var actor = scope.ActorId ?? "";
        return OnAgendaAsync(turn, scope, data["itemId"], (a, g) => a.ConsentAsDirector(g, actor, data["itemId"], clock.GetUtcNow()), done =>
        {
            var (team, topic) = (done.Team, done.State.Topic);
            var group = team.Stored.Group;
            var proposerName = group.Find(topic.Proposed.ProposerId)?.Name ?? topic.Proposed.ProposerId;
            return new Outcome(
                NoticeCard.Build(scope.Texts["agenda.outcome.title"], scope.Texts.Format("agenda.consent.done", topic.Proposed.Title)),
                [new ToMember(group.Secretary!.Id, TopicApprovalCard.Build(Texts.Texts.Chinese, topic, proposerName, group.Find(actor)?.Name, team.Key.TeamId))]);
        }, ct);
    }

    /// <summary>AG1: the secretary approves; the proposer is told privately; an approved 临时议题 goes on the meeting under way (AG4).</summary>
    public Task<JObject> ApproveAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        scope = scope.InTeam(data["teamId"]);
        return OnAgendaAsync(turn, scope, data["itemId"], (a, g) => a.Approve(g, scope.ActorId ?? "", data["itemId"], clock.GetUtcNow()), done =>
        {
            var topic = done.State.Topic;
            var zh = Texts.Texts.Chinese;
            JObject answer = done.State.TakenUp is { } takenUp
                ? TakenUpNotice(scope, done.Team.Stored.Group, topic, takenUp)
                : NoticeCard.Build(scope.Texts["agenda.outcome.title"], scope.Texts.Format("agenda.approval.approved", topic.Proposed.Title));
            return new Outcome(answer,
                [new ToMember(topic.Proposed.ProposerId, NoticeCard.Build(zh["agenda.outcome.title"], zh.Format("agenda.outcome.approved", topic.Proposed.Title)))]);
        }, ct, takeUpAdHoc: true);
    }

    /// <summary>AG1: the secretary returns the topic with a reason; the proposer gets the reason privately.</summary>
    public Task<JObject> ReturnAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        scope = scope.InTeam(data["teamId"]);
        var reason = data["reason"] ?? "";
        return OnAgendaAsync(turn, scope, data["itemId"], (a, g) => a.Return(g, scope.ActorId ?? "", data["itemId"], reason, clock.GetUtcNow()), done =>
        {
            var topic = done.State.Topic;
            var zh = Texts.Texts.Chinese;
            return new Outcome(
                NoticeCard.Build(scope.Texts["agenda.outcome.title"], scope.Texts.Format("agenda.approval.returned", topic.Proposed.Title)),
                [new ToMember(topic.Proposed.ProposerId,
                    NoticeCard.Build(zh["agenda.outcome.title"], zh.Format("agenda.outcome.returned", topic.Proposed.Title, topic.Returned!.Reason)))]);
        }, ct);
    }

    /// <summary>A command on one topic of the team's 议题库, and what follows from it.</summary>
    private Task<JObject> OnAgendaAsync(ITurnContext turn, TurnScope scope, string? itemId, Func<AgendaState, PartyGroup, Result<AgendaEvent>> command,
        Func<Done<Filed>, Outcome> outcome, CancellationToken ct, bool takeUpAdHoc = false)
    {
        var store = turns.StoreOnAgenda<PartyGroup>(command);
        return turns.RunAsync(turn, scope, new Verb<PartyGroup, Filed>(
            Load: (team, _) => Task.FromResult<Step<PartyGroup>>(team.Stored.Group),
            RunAndStore: async (team, group, c) => await (await store(team, group, c)).ThenAsync<Filed>(async agenda =>
            {
                var topic = agenda.Topic(itemId)!;
                return new Filed(agenda, topic, takeUpAdHoc && topic.Proposed.AdHocReason is not null ? await TakeUpAsync(team, topic, c) : null);
            }),
            Outcome: (done, _) => Task.FromResult(outcome(done))), ct);
    }

    /// <summary>
    /// AG4: an approved 临时议题 goes on the team's meeting under way, with its reason recorded (ItemAdded), and is marked
    /// taken in the 议题库; with no meeting under way it waits, approved, for the start card of an unscheduled meeting.
    /// </summary>
    private async Task<TakeUp> TakeUpAsync(TeamGroup team, Topic topic, CancellationToken ct)
    {
        var group = team.Stored.Group;
        var current = team.Stored.ActiveMeetingId is { } active ? await meetings.LoadAsync(team.MeetingPartition(active), ct) : null;
        if (current is not { Ended: false, Kind: MeetingKind.PartyGroupMeeting }) return new TakeUp(false);
        var now = clock.GetUtcNow();
        var added = await meetings.RunAsync(team.MeetingPartition(current.Id),
            m => m.AddItem(group.Secretary!.Id, topic.ToAgendaItem(), topic.Proposed.AdHocReason!, now), ct);
        if (added.IsRefused) return new TakeUp(false, added.Refusal);
        var taken = await agendas.RunAsync(team.Key, a => a.TakeUp(topic.Id, current.Id, now), ct);
        if (taken.IsRefused) log.LogWarning("Ad-hoc topic {Item} added to {Meeting} but not marked taken: {Code}", topic.Id, current.Id, taken.Refusal.Code);
        return new TakeUp(true);
    }

    private static JObject TakenUpNotice(TurnScope scope, PartyGroup group, Topic topic, TakeUp takenUp) => takenUp switch
    {
        { Refusal: { } refusal } => Refusals.Card(scope, refusal, group.Profile),
        { Added: true } => NoticeCard.Build(scope.Texts["agenda.outcome.title"], scope.Texts.Format("agenda.adHoc.added", topic.Proposed.Title)),
        _ => NoticeCard.Build(scope.Texts["agenda.outcome.title"], scope.Texts.Format("agenda.adHoc.waiting", topic.Proposed.Title)),
    };

    /// <summary>"安排会议" / "schedule meeting": the secretary's form with the kind of meeting, the approved, unscheduled topics
    /// for a party group meeting, the topics of a democratic life meeting or study session, and the people in the team
    /// without a vote as possible observers (Q5). With no approved topic only the other kinds can be scheduled.</summary>
    public async Task<JObject> ShowScheduleFormAsync(ITurnContext turn, TurnScope scope, CancellationToken ct)
    {
        var opened = await ConvenerAgendaAsync(scope, ct);
        if (opened.Refusal is not null) return opened.Refusal;
        var (agenda, team) = (opened.Agenda!, opened.Team!);
        var group = team.Stored.Group;
        var approved = agenda.Topics.Where(t => t.IsSchedulable && t.Emergency is null).ToList();
        var observers = (await Roster.ReadAsync(turn, ct))
            .Where(p => group.Find(p.AadObjectId)?.HasVote != true)
            .Select(p => new ScheduleMeetingCard.Person(p.AadObjectId, p.Name))
            .ToList();
        var firstDay = Today(group.Profile).AddDays(group.Profile.AgendaNoticeDays);
        // MK1: the secretary may name the profile's delegate to convene and preside in their place.
        var delegates = group.Members.Where(m => group.MayBeDelegate(m.Id)).Select(m => new ScheduleMeetingCard.Person(m.Id, m.Name)).ToList();
        var secretary = new ScheduleMeetingCard.Person(group.Secretary!.Id, group.Secretary.Name);
        return ScheduleMeetingCard.Build(scope.Texts, approved, agenda.ReportsDue.ToList(), observers, firstDay, secretary, delegates);
    }

    /// <summary>A meeting plan read from the form, with the observers it names as the team's roster has them (Q5).</summary>
    private sealed record Plan(PartyGroup Group, MeetingPlan Meeting, IReadOnlyDictionary<string, TeamsChannelAccount> Roster);

    private sealed record Scheduled(AgendaState Agenda, Plan Plan);

    /// <summary>The role first, so nobody else learns anything from how the data is checked; then the form (AG2, Q5).</summary>
    private async Task<Step<Plan>> ReadPlanAsync(ITurnContext turn, PartyGroup group, string actor, CardData data, CancellationToken ct)
    {
        var profile = group.Profile;
        // A card from before the kind choice schedules a party group meeting, as it always did.
        var knownKind = Words.TryParse<MeetingKind>(data["kind"] ?? "partyGroupMeeting", out var kind);
        if (Convening.MayConvene(group, actor, kind) is { } refusal) return Step<Plan>.Refused(refusal, profile);
        if (!knownKind) return Step<Plan>.Refused(new Refusal(RuleIds.MK1, RefusalCode.InvalidInput), profile);

        var ok = DateOnly.TryParseExact(data["date"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                 & TimeOnly.TryParseExact(data["time"], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time);
        if (!ok || date < Today(profile)) return Step<Plan>.Refused(new Refusal(RuleIds.AG2, RefusalCode.InvalidInput), profile, "agenda.schedule.invalidDate");
        var place = data["place"] ?? "";
        if (place.Length == 0) return Step<Plan>.Refused(new Refusal(RuleIds.AG2, RefusalCode.InvalidInput), profile);
        var observerIds = List(data["observers"]);
        // MK2, MK3: which kind takes which topics is Core's (Scheduling.Schedule); observers are checked here against the roster.
        // Observers must really be in the team: names come from the connector's roster, never from card data.
        var roster = observerIds.Count == 0
            ? new Dictionary<string, TeamsChannelAccount>()
            : (await Roster.ReadAsync(turn, ct)).ToDictionary(p => p.AadObjectId);
        if (observerIds.Any(o => !roster.ContainsKey(o) || group.Find(o)?.HasVote == true))
            return Step<Plan>.Refused(new Refusal(RuleIds.Q5, RefusalCode.InvalidInput), profile, "agenda.schedule.invalidObserver");

        var meetingId = $"{date:yyyyMMdd}-{Guid.NewGuid().ToString("N")[..8]}";
        var topics = (data["topics"] ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        var plan = new MeetingPlan(meetingId, date, time, place, List(data["itemIds"]), observerIds)
        {
            Kind = kind, Topics = topics, IsSeminar = data["seminar"] == "true", ChairId = data["chair"] is { Length: > 0 } named ? named : null,
        };
        return new Plan(group, plan, roster);
    }

    public Task<JObject> ScheduleAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        var t = scope.Texts;
        var actor = scope.ActorId ?? "";
        var schedule = turns.StoreAllOnAgenda<Plan>((a, plan) => a.Schedule(plan.Group, actor, plan.Meeting, clock.GetUtcNow()));
        return turns.RunAsync(turn, scope, new Verb<Plan, Scheduled>(
            Load: (team, c) => ReadPlanAsync(turn, team.Stored.Group, actor, data, c),
            RunAndStore: async (team, plan, c) => await (await schedule(team, plan, c)).ThenAsync(agenda => new Scheduled(agenda, plan)),
            Outcome: async (done, c) =>
            {
                var (team, (agenda, plan)) = (done.Team, done.State);
                var group = team.Stored.Group;
                var profile = group.Profile;
                // Observers as the team's roster named them when the form was checked.
                var roster = plan.Roster;
                var meetingId = plan.Meeting.MeetingId;
                var scheduled = agenda.Meeting(meetingId)!;
                var items = agenda.ItemsOf(meetingId);
                var observerNames = scheduled.ObserverIds.Select(o => group.Find(o)?.Name ?? roster[o].Name).ToList();

                // AG2: the channel gets the notice without confidential content (AG6, MN6); each member and observer gets it privately.
                var zh = Texts.Texts.Chinese;
                var personal = AgendaNoticeCard.Build(zh, scheduled, items, observerNames, forChannel: false);
                // Q3: a member with a vote asks leave from the notice itself.
                var withLeave = AgendaNoticeCard.Build(zh, scheduled, items, observerNames, forChannel: false, leaveTeamId: team.Key.TeamId);
                // Those who attend by role: the members with a vote, the office director and the recorder (A13(2), A13(5)).
                var attending = group.Members.Where(m => m.Role.AttendsByRole()).ToList();
                var observers = scheduled.ObserverIds.Where(o => group.Find(o) is null).ToList();
                var deliveries = new List<Delivery> { new ToChannel(AgendaNoticeCard.Build(zh, scheduled, items, observerNames, forChannel: true)) };
                deliveries.AddRange(attending.Select(m => new ToMember(m.Id, m.HasVote ? withLeave : personal)));
                deliveries.AddRange(observers.Select(o => new ToAccount(roster[o].Id, personal)));
                // Only a member whose Teams account set-up stored can be written to (Messenger.SendToMemberAsync).
                var told = attending.Count(m => team.Stored.TeamsAccounts.ContainsKey(m.Id)) + observers.Count;

                // AG5: the liaison hears of each 三重一大 item the LiaisonNotified events name.
                var notices = agenda.Topics.SelectMany(x => x.LiaisonNotices).Where(n => n.MeetingId == meetingId).ToList();
                deliveries.AddRange(notices.GroupBy(n => n.LiaisonId).Select(byLiaison =>
                    new ToMember(byLiaison.Key, LiaisonNoticeCard.Build(zh, scheduled, byLiaison.Select(n => items.First(i => i.Id == n.ItemId)).ToList()))));

                var body = new List<JToken>
                {
                    CardJson.Title(t["agenda.schedule.title"]),
                    CardJson.Text(t.Format("agenda.schedule.done", scheduled.Date.ToString("yyyy-MM-dd"), scheduled.Time.ToString("HH:mm"), scheduled.Place, told)),
                };
                if (notices.Count > 0) body.Add(CardJson.Text(t.Format("agenda.schedule.liaisonDone", notices.Count)));
                // After the meeting is stored, so a Graph failure can only cost calendar entries, which the secretary is told of.
                if (invitations is not null)
                {
                    var names = group.Members.ToDictionary(m => m.Id, m => m.Name);
                    foreach (var (id, person) in roster) names.TryAdd(id, person.Name);
                    body.Add(await invitations.InviteAsync(t, team, scheduled, items, observerNames, names, c));
                }
                if (scheduled.Date < Today(profile).AddDays(profile.AgendaNoticeDays))
                    body.Add(CardJson.Text(t.Format("agenda.schedule.shortNotice", profile.AgendaNoticeDays), subtle: true));
                return new Outcome(CardJson.Card(body), deliveries);
            }), ct);
    }

    /// <summary>"委托主持" / "delegate chair": the secretary's card of scheduled party group meetings not yet open (MK1).</summary>
    public async Task<JObject> ShowDelegateFormAsync(TurnScope scope, CancellationToken ct)
    {
        var opened = await ConvenerAgendaAsync(scope, ct);
        if (opened.Refusal is not null) return opened.Refusal;
        var (agenda, team) = (opened.Agenda!, opened.Team!);
        var group = team.Stored.Group;
        var upcoming = new List<MeetingScheduled>();
        foreach (var plan in agenda.Meetings.Where(m => m.Kind == MeetingKind.PartyGroupMeeting && m.Date >= Today(group.Profile))
                     .OrderBy(m => m.Date).ThenBy(m => m.Time))
            if (await meetings.LoadAsync(team.MeetingPartition(plan.MeetingId), ct) is null) upcoming.Add(plan);
        var delegates = group.Members.Where(m => group.MayBeDelegate(m.Id)).Select(m => new ScheduleMeetingCard.Person(m.Id, m.Name)).ToList();
        return DelegateChairCard.Build(scope.Texts, upcoming, delegates, agenda, scope.ActorId!);
    }

    /// <summary>delegateChair (MK1): the secretary names who convenes and presides until the meeting opens; the delegate is told.</summary>
    public Task<JObject> DelegateAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        var meetingId = data["meetingId"];
        var actor = scope.ActorId ?? "";
        // The card's choice set is named per meeting; a client sending "delegate" directly is taken too.
        var delegateId = data["delegate"] ?? (data["input"] is { Length: > 0 } input ? data[input] : null);
        return turns.RunAsync(turn, scope, new Verb<PartyGroup, AgendaState>(
            Load: (team, _) => Task.FromResult<Step<PartyGroup>>(team.Stored.Group),
            RunAndStore: async (team, group, c) =>
            {
                var started = meetingId is { Length: > 0 } && await meetings.LoadAsync(team.MeetingPartition(meetingId), c) is not null;
                return await turns.StoreOnAgenda<PartyGroup>((a, g) => a.DelegateChair(g, actor, meetingId, delegateId, started, clock.GetUtcNow()))(team, group, c);
            },
            Outcome: (done, _) =>
            {
                var plan = done.State.Meeting(meetingId)!;
                var (day, time) = (plan.Date.ToString("yyyy-MM-dd"), plan.Time.ToString("HH:mm"));
                var zh = Texts.Texts.Chinese;
                var answer = NoticeCard.Build(scope.Texts["delegate.title"],
                    scope.Texts.Format("delegate.done", done.Team.Stored.Group.Find(delegateId)?.Name ?? "", $"{day} {time}"));
                return Task.FromResult(delegateId == actor
                    ? answer
                    : new Outcome(answer, [new ToMember(delegateId!, NoticeCard.Build(zh["delegate.title"], zh.Format("delegate.told", day, time)))]));
            }), ct);
    }

    /// <summary>Today in the group's zone (China Standard Time unless the profile says otherwise).</summary>
    public DateOnly Today(RuleProfile profile) => new Core.Reminders.GroupClock(profile).Day(clock.GetUtcNow());

    /// <summary>The 议题库 behind the secretary's forms (安排会议, 委托主持), opened only for who may convene (MK1).</summary>
    private async Task<(AgendaState? Agenda, TeamGroup? Team, JObject? Refusal)> ConvenerAgendaAsync(TurnScope scope, CancellationToken ct)
    {
        var (team, refused) = await teamGroups.FindOrRefuseAsync(scope, ct);
        if (team is null) return (null, null, refused);
        if (Meeting.MayConvene(team.Stored.Group, scope.ActorId) is { } refusal)
            return (null, team, Refusals.Card(scope, refusal, team.Stored.Group.Profile));
        return (await agendas.LoadAsync(team.Key, ct), team, null);
    }

    /// <summary>"urgent" on a proposal is no longer read: V8's urgency is the chair's call at the close.</summary>
    private static TopicProposal? ParseProposal(CardData data)
    {
        if (ItemCategories.Parse(data["category"]) is not { } category || data["category"] != category.Name() && data["category"] != "personnel")
            return null;
        if (!Words.TryParse<VotingMethod>(data["method"], out var method)) return null;
        bool? Flag(string key) => data[key] switch { null or "" or "false" => false, "true" => true, _ => null };
        if (Flag("important") is not { } important || Flag("adHoc") is not { } adHoc
            || Flag("confidential") is not { } confidential || Flag("administrative") is not { } administrative) return null;
        decimal? amount = null;
        if (data["amount"] is { Length: > 0 } text)
        {
            if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan)) return null;
            amount = yuan;
        }
        var candidates = (data["candidates"] ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return new TopicProposal(data["title"] ?? "", category, method, important, confidential, administrative, candidates, amount)
        {
            // AG4: the reason is required; an empty one is Core's refusal, not a silent ordinary topic.
            AdHocReason = adHoc ? data["adHocReason"] ?? "" : null,
        };
    }

    private static List<string> List(string? commaSeparated) =>
        (commaSeparated ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
