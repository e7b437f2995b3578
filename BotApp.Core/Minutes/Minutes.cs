using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Rules;

namespace PartyGroupBot.Core.Minutes;

/// <summary>会议纪要, drafted from the event log alone (MN1, MN3).</summary>
public sealed record Minutes(
    string MeetingId,
    MeetingKind Kind,
    string ProfileName,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    string ChairName,
    IReadOnlyList<Attendance> Present,
    IReadOnlyList<string> Absent,
    IReadOnlyList<ItemMinutes> Items,
    string? SignedBy,
    DateTimeOffset? SignedAt,
    IReadOnlyList<string>? OnLeave = null,
    IReadOnlyList<string>? Observers = null)
{
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(SignedBy), nameof(SignedAt))]
    public bool IsSigned => SignedBy is not null && SignedAt is not null;

    /// <summary>MN3: corrections the secretary returned the draft with, appended in order (MN1: never edited in place).</summary>
    public IReadOnlyList<RecordedNote> Corrections { get; init; } = [];

    /// <summary>MK3: a study group session held as the bi-monthly topical seminar (专题研讨, B22(1)).</summary>
    public bool IsSeminar { get; init; }

    /// <summary>DL4: written statements (书面发言) of those absent from a democratic life meeting, in order.</summary>
    public IReadOnlyList<NamedStatement> WrittenStatements { get; init; } = [];

    /// <summary>DL5: rectification measures (整改措施) with owner and deadline, in order.</summary>
    public IReadOnlyList<RectificationMinutes> Rectifications { get; init; } = [];

    /// <summary>MN1: where the meeting was held, when it was planned in the 议题库.</summary>
    public string? Place { get; init; }

    /// <summary>MN1: the recorder (专职记录) who attended and kept the record.</summary>
    public IReadOnlyList<string> Recorders { get; init; } = [];

    /// <summary>MN5: the member the chair designated to brief absent members.</summary>
    public string? Briefer { get; init; }

    /// <summary>MK1: the chair presided by the secretary's delegation (主持人：…（受党组书记委托）).</summary>
    public bool ChairDelegated { get; init; }

    /// <summary>DL4 (B23(3)): the absentees' written statements were read out at the meeting (在会上代为宣读).</summary>
    public bool StatementsReadOut { get; init; }

    /// <summary>Q3: members on leave for the whole meeting, with the reason they gave, in <see cref="OnLeave"/>'s order.</summary>
    public IReadOnlyList<NamedStatement> LeaveReasons { get; init; } = [];

    /// <summary>
    /// MN1: the head of the meeting's hash chain at sign-off (its first 16 hex digits), printed in the signed minutes,
    /// the channel post and the Word document, so a later rewrite or truncation of storage shows against what was issued.
    /// </summary>
    public string? ChainHead { get; init; }

    /// <summary>AG6: titles of confidential items, whose materials are collected back at the end of the meeting.</summary>
    public IReadOnlyList<string> MaterialsToCollect => Items.Where(i => i.Confidential).Select(i => i.Title).ToList();

    /// <summary>
    /// AG6, MN6: what may be posted to the channel: the minutes without their confidential items, and without what
    /// MN6 keeps inside the meeting: individual statements (the recorder's notes, written opinions V4, democratic
    /// life written statements DL4) and dissent (reservations V9). Counts, outcomes and the recorded votes stay.
    /// </summary>
    public Minutes ForChannel() => this with
    {
        Items = Items.Where(i => !i.Confidential).Select(i => i with { Notes = [], WrittenOpinions = [], Reservations = [] }).ToList(),
        WrittenStatements = [],
        // The secretary's corrections to the draft and members' reasons for leave stay in the signed record (MN6).
        Corrections = [],
        LeaveReasons = LeaveReasons.Select(l => l with { Text = "" }).ToList(),
        Present = Present.Select(p => p with { LeaveReason = p.LeaveReason is null ? null : "" }).ToList(),
    };

    /// <param name="decisions">IM1: decisions the secretary recorded on this meeting's items (from the 决策台账), for owner and due date.</param>
    public static Minutes Draft(MeetingState m, IEnumerable<DecisionRecorded>? decisions = null)
    {
        var recorded = (decisions ?? []).Where(d => d.MeetingId == m.Id).ToList();
        string Name(string id) => m.Member(id)?.Name ?? id;
        // Q7: one line per person from their first check-in; LeftAt is set when they were gone at the end.
        var present = m.CheckIns
            .DistinctBy(c => c.MemberId)
            .Select(c => new Attendance(Name(c.MemberId), m.Member(c.MemberId)!.Role, c.At,
                m.IsPresent(c.MemberId) ? null : m.Departures.Last(d => d.MemberId == c.MemberId).At)
            {
                Late = m.FirstDiscussionOrVoteAt is { } begun && c.At > begun,
                // Q3, V4: someone on approved leave who came after all; the reason stays on the record.
                LeaveReason = m.IsOnApprovedLeave(c.MemberId) ? m.LeaveRequests.GetValueOrDefault(c.MemberId)?.Reason ?? "" : null,
            })
            .ToList();
        // Q3: 缺席 only for those without approved leave; those on leave are listed apart.
        var absent = m.AbsentWithoutLeave.Select(v => v.Name).ToList();
        var items = m.Items.Select(i => new ItemMinutes(
            i.Item.Title,
            i.Item.Method,
            i.Tally,
            // V5: the log already holds the chair's ballot last; secret items have no named ballots (V2).
            i.Ballots.Select(b => new NamedBallot(Name(b.VoterId), b.Choice) { Candidate = i.Item.FindCandidate(b.CandidateId)?.Name }).ToList(),
            i.WrittenOpinions.Select(o => new NamedStatement(Name(o.MemberId), o.Text)).ToList(),
            i.Reservations.Select(r => new NamedStatement(Name(r.MemberId), r.Text)).ToList())
        {
            Confidential = i.Item.Confidential,
            Candidates = i.CandidateTallies,
            Recusals = i.Recusals.Select(r => Name(r.MemberId)).ToList(),
            Notes = m.Notes.Where(n => n.ItemId == i.Item.Id).Select(n => new RecordedNote(Name(n.AuthorId), n.At, n.Text)).ToList(),
            Category = i.Item.Category,
            Presenter = i.Item.PresenterId is { } presenter ? Name(presenter) : null,
            AdHocReason = i.Item.AdHocReason ?? m.AddedItems.FirstOrDefault(a => a.Item.Id == i.Item.Id)?.Reason,
            UrgentReason = m.UrgentReasonOf(i),
            PresidedBy = m.ChairFor(i) is var itemChair && itemChair != m.ChairId ? Name(itemChair) : null,
            // IM1: in the item's candidate order, so a personnel item lists its decisions as its results.
            Decisions = recorded.Where(d => d.ItemId == i.Item.Id)
                .OrderBy(d => i.Item.Candidates.ToList().FindIndex(c => c.Id == d.CandidateId))
                .Select(d => new DecisionMinutes(i.Item.FindCandidate(d.CandidateId)?.Name, Name(d.OwnerId), d.Due))
                .ToList(),
        }).ToList();
        return new Minutes(m.Id, m.Started.Kind, m.Profile.Name, m.Started.At, m.EndedAt, Name(m.ChairId),
            present, absent, items, m.Signature is null ? null : Name(m.Signature.SignerId), m.Signature?.At,
            m.OnLeave.Select(v => v.Name).ToList(), m.Observers.Select(o => o.Name).ToList())
        {
            Corrections = m.Corrections.Select(c => new RecordedNote(Name(c.AuthorId), c.At, c.Text)).ToList(),
            IsSeminar = m.IsSeminar,
            WrittenStatements = m.WrittenStatements.Select(w => new NamedStatement(Name(w.MemberId), w.Text)).ToList(),
            Rectifications = m.Rectifications.Select(r => new RectificationMinutes(r.Text, Name(r.OwnerId), r.Deadline)).ToList(),
            Place = m.Started.Place,
            Briefer = m.Briefer is { } b ? Name(b.MemberId) : null,
            Recorders = m.Roster.Where(r => r.Role == Role.Recorder && m.WasEverPresent(r.Id)).Select(r => r.Name).ToList(),
            ChairDelegated = m.IsDelegated(),
            StatementsReadOut = m.Started.Kind == MeetingKind.DemocraticLifeMeeting && m.Profile.StatementsReadOut && m.WrittenStatements.Count > 0,
            LeaveReasons = m.OnLeave.Select(v => new NamedStatement(v.Name, m.LeaveRequests.GetValueOrDefault(v.Id)?.Reason ?? "")).ToList(),
        };
    }
}

public sealed record Attendance(string Name, Role Role, DateTimeOffset CheckedInAt, DateTimeOffset? LeftAt = null)
{
    /// <summary>Q7: first checked in after the first discussion or vote had opened.</summary>
    public bool Late { get; init; }

    /// <summary>Q3: the reason of an approved leave, for someone who came after all.</summary>
    public string? LeaveReason { get; init; }
}

public sealed record NamedBallot(string Name, VoteChoice Choice)
{
    /// <summary>V7: the candidate this ballot was on, for a personnel item.</summary>
    public string? Candidate { get; init; }
}

/// <summary>A written opinion (V4) or a reservation (V9): shown in the minutes, never a vote.</summary>
public sealed record NamedStatement(string Name, string Text);

/// <summary>One item in the minutes; Tally is null when the item was never voted.</summary>
public sealed record ItemMinutes(
    string Title, VotingMethod Method, Tally? Tally, IReadOnlyList<NamedBallot> Ballots,
    IReadOnlyList<NamedStatement>? WrittenOpinions = null, IReadOnlyList<NamedStatement>? Reservations = null)
{
    /// <summary>AG6 涉密: kept out of channel posts by <see cref="Minutes.ForChannel"/>.</summary>
    public bool Confidential { get; init; }

    /// <summary>V7: the tally of each candidate of a personnel item.</summary>
    public IReadOnlyList<CandidateTally> Candidates { get; init; } = [];

    /// <summary>Q4: who was recused from this item.</summary>
    public IReadOnlyList<string> Recusals { get; init; } = [];

    /// <summary>MN1: the recorder's statements and discussion notes on this item, in order.</summary>
    public IReadOnlyList<RecordedNote> Notes { get; init; } = [];

    /// <summary>AG7: the item's category, which decided its quorum and voting rules.</summary>
    public ItemCategory Category { get; init; } = ItemCategory.Other;

    /// <summary>MN1: who presented the item (its proposer), when it came from the 议题库.</summary>
    public string? Presenter { get; init; }

    /// <summary>AG4 临时议题: the reason the item was taken without notice; null for a notified item.</summary>
    public string? AdHocReason { get; init; }

    /// <summary>V8: the chair declared the matter urgent at the close, with this reason.</summary>
    public string? UrgentReason { get; init; }

    /// <summary>Q4, MK1: who presided over this item because the chair was recused from it; null when the chair did.</summary>
    public string? PresidedBy { get; init; }

    /// <summary>IM1: the decision this item (or each passed candidate) became, with owner and due date.</summary>
    public IReadOnlyList<DecisionMinutes> Decisions { get; init; } = [];
}

/// <summary>IM1: a decision in the minutes; <see cref="Candidate"/> names the candidate of a personnel item (V7).</summary>
public sealed record DecisionMinutes(string? Candidate, string Owner, DateOnly Due);

/// <summary>DL5: a rectification measure in the minutes, with its owner's name and deadline.</summary>
public sealed record RectificationMinutes(string Measure, string Owner, DateOnly Deadline);

/// <summary>MN1, MN3: a note or correction in the record, with who wrote it and when.</summary>
public sealed record RecordedNote(string Author, DateTimeOffset At, string Text);
