namespace PartyGroupBot.Core.Meetings;

/// <summary>What a democratic life meeting (MK2) and a study group session (MK3) add to the folded state.</summary>
public sealed partial class MeetingState
{
    private readonly List<WrittenStatementSubmitted> _statements = [];
    private readonly List<RectificationRecorded> _rectifications = [];

    public MeetingKind Kind => Started.Kind;
    /// <summary>MK3: a study group session held as the bi-monthly topical seminar (B22(1)).</summary>
    public bool IsSeminar => Started.IsSeminar;
    /// <summary>DL4: written statements of absentees from a democratic life meeting, in order.</summary>
    public IReadOnlyList<WrittenStatementSubmitted> WrittenStatements => _statements;
    /// <summary>DL5: rectification measures with owner and deadline, in order.</summary>
    public IReadOnlyList<RectificationRecorded> Rectifications => _rectifications;
}
