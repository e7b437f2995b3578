using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Core.Agenda;

public enum TopicStatus
{
    /// <summary>申报, awaiting the secretary (AG1).</summary>
    Proposed,
    /// <summary>Approved, not yet on a meeting (AG4).</summary>
    Approved,
    /// <summary>退回 with a reason (AG1).</summary>
    Returned,
    /// <summary>On a scheduled meeting.</summary>
    Scheduled,
    /// <summary>IM3: a matter from a higher level circulated in writing with the secretary's consent; never on a meeting.</summary>
    Circulated,
    /// <summary>V8 暂缓: deferred at a meeting for further study; scheduled again without a new proposal (条件成熟时再提请).</summary>
    Deferred,
}

/// <summary>One topic in the 议题库, from proposal to its meeting.</summary>
public sealed class Topic
{
    internal Topic(ItemProposed proposed) => Proposed = proposed;

    public ItemProposed Proposed { get; }
    public string Id => Proposed.ItemId;
    public TopicStatus Status { get; internal set; }
    public DirectorConsented? DirectorConsent { get; internal set; }
    public ItemReturned? Returned { get; internal set; }
    /// <summary>IM3: the secretary's consent to circulate it in writing, if given.</summary>
    public ItemCirculated? Circulated { get; internal set; }
    public string? MeetingId { get; internal set; }
    /// <summary>Q6: the emergency decision this topic reports, if it is one.</summary>
    public EmergencyDecisionTaken? Emergency { get; internal set; }
    /// <summary>AG5: the meeting ids the liaison was told about this topic for.</summary>
    public List<LiaisonNotified> LiaisonNotices { get; } = [];

    /// <summary>AG4, V8: approved and on no meeting yet, or deferred by one (暂缓) and ready to be scheduled again.</summary>
    public bool IsSchedulable => Status is TopicStatus.Approved or TopicStatus.Deferred;

    /// <summary>The item as it stands on a meeting's agenda.</summary>
    public AgendaItem ToAgendaItem() =>
        new(Id, Proposed.Title, Proposed.Method, Proposed.Category, Proposed.Important)
        {
            Confidential = Proposed.Confidential,
            Candidates = Proposed.Candidates,
            Report = Emergency is not null,
            PresenterId = Proposed.ProposerId,
            AdHocReason = Proposed.AdHocReason,
        };
}

/// <summary>A group's 议题库 and 决策台账 as its log says they stand. Built only by folding events.</summary>
public sealed class AgendaState
{
    private readonly Dictionary<string, Topic> _topics = new(StringComparer.Ordinal);
    private readonly List<Topic> _order = [];
    private readonly Dictionary<string, MeetingScheduled> _meetings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DecisionRecorded> _decisions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _supersededBy = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DecisionProgressReported>> _progress = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DecisionCompleted> _completed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _chairs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LeaveBook> _leave = new(StringComparer.Ordinal);

    public IReadOnlyList<Topic> Topics => _order;
    public IReadOnlyCollection<MeetingScheduled> Meetings => _meetings.Values;
    public IReadOnlyCollection<DecisionRecorded> Decisions => _decisions.Values;
    /// <summary>How many events the log holds: the next append's sequence number.</summary>
    public int Version { get; private set; }

    public Topic? Topic(string? id) => id is not null && _topics.TryGetValue(id, out var t) ? t : null;
    public MeetingScheduled? Meeting(string? id) => id is not null && _meetings.TryGetValue(id, out var m) ? m : null;
    public DecisionRecorded? Decision(string? id) => id is not null && _decisions.TryGetValue(id, out var d) ? d : null;
    /// <summary>IM1: the decision that replaced this one, if a later item changed it.</summary>
    public string? SupersededBy(string decisionId) => _supersededBy.GetValueOrDefault(decisionId);
    /// <summary>IM2: the owner's progress reports on a decision, oldest first.</summary>
    public IReadOnlyList<DecisionProgressReported> ProgressOf(string decisionId) =>
        _progress.TryGetValue(decisionId, out var p) ? p : [];
    /// <summary>IM2: when the owner reported the decision carried out, if they did.</summary>
    public DecisionCompleted? CompletionOf(string decisionId) => _completed.GetValueOrDefault(decisionId);
    /// <summary>Q3, V4: leave asked for a scheduled meeting before it opened.</summary>
    public LeaveBook LeaveOf(string meetingId) => _leave.GetValueOrDefault(meetingId) ?? LeaveBook.Empty;

    /// <summary>Q6: emergency decisions not yet on any meeting: the next meeting must hear them.</summary>
    public IEnumerable<Topic> ReportsDue => _order.Where(t => t.Emergency is not null && t.Status == TopicStatus.Approved);

    /// <summary>MK1: who convenes and presides over a scheduled meeting: the latest delegation, else the plan's chair,
    /// else the secretary who scheduled it. Null for a meeting not in the 议题库.</summary>
    public string? ChairOf(string? meetingId) => Meeting(meetingId) is { } plan
        ? _chairs.GetValueOrDefault(plan.MeetingId) ?? plan.ChairId ?? plan.SecretaryId
        : null;

    /// <summary>The id of the next topic: t1, t2 … by count, skipping an id an older log gave out by its version.</summary>
    public string NextTopicId()
    {
        var n = _order.Count + 1;
        while (_topics.ContainsKey($"t{n}")) n++;
        return $"t{n}";
    }

    public static AgendaState Empty { get; } = new();

    public static AgendaState Fold(IEnumerable<AgendaEvent> events)
    {
        var state = new AgendaState();
        foreach (var e in events)
        {
            state.Apply(e);
            state.Version++;
        }
        return state;
    }

    private void Apply(AgendaEvent e)
    {
        switch (e)
        {
            case ItemProposed p:
                Add(new Topic(p) { Status = p.ApprovedAsProposed ? TopicStatus.Approved : TopicStatus.Proposed });
                break;
            case TopicDeferred d:
                _topics[d.ItemId].Status = TopicStatus.Deferred;
                _topics[d.ItemId].MeetingId = null;
                break;
            case TopicTakenUp u:
                _topics[u.ItemId].Status = TopicStatus.Scheduled;
                _topics[u.ItemId].MeetingId = u.MeetingId;
                break;
            case ChairDelegated c: _chairs[c.MeetingId] = c.DelegateId; break;
            case DirectorConsented c: _topics[c.ItemId].DirectorConsent = c; break;
            case ItemApproved a: _topics[a.ItemId].Status = TopicStatus.Approved; break;
            case ItemReturned r:
                _topics[r.ItemId].Status = TopicStatus.Returned;
                _topics[r.ItemId].Returned = r;
                break;
            case ItemCirculated c:
                _topics[c.ItemId].Status = TopicStatus.Circulated;
                _topics[c.ItemId].Circulated = c;
                break;
            case MeetingScheduled s:
                _meetings[s.MeetingId] = s;
                foreach (var id in s.ItemIds)
                {
                    _topics[id].Status = TopicStatus.Scheduled;
                    _topics[id].MeetingId = s.MeetingId;
                }
                break;
            case LiaisonNotified n: _topics[n.ItemId].LiaisonNotices.Add(n); break;
            // MN1: set-up history is on the record; the group itself is read from its own row.
            case GroupSetUp or PostingChannelSet: break;
            case EmergencyDecisionTaken d:
                // The secretary's decision stands already, so its report is approved from the start.
                Add(new Topic(new ItemProposed(d.At, d.ItemId, d.SecretaryId, d.Title, ItemCategory.Other, VotingMethod.Oral,
                    false, true, false, false, []))
                {
                    Status = TopicStatus.Approved,
                    Emergency = d,
                });
                break;
            case DecisionRecorded d:
                _decisions[d.DecisionId] = d;
                if (d.SupersedesDecisionId is { } old) _supersededBy[old] = d.DecisionId;
                break;
            case DecisionProgressReported p:
                if (!_progress.TryGetValue(p.DecisionId, out var reports)) _progress[p.DecisionId] = reports = [];
                reports.Add(p);
                break;
            case DecisionCompleted c: _completed[c.DecisionId] = c; break;
            case LeaveBeforeMeetingEvent l:
                if (!_leave.TryGetValue(l.MeetingId, out var book)) _leave[l.MeetingId] = book = new LeaveBook();
                book.Apply(l);
                break;
            default: throw new InvalidDataException($"Unknown agenda event {e.GetType().Name}.");
        }
    }

    private void Add(Topic t)
    {
        _topics[t.Id] = t;
        _order.Add(t);
    }
}
