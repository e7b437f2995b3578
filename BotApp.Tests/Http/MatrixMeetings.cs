using PartyGroupBot.Tests.Infrastructure;
using static PartyGroupBot.Tests.Http.VerbRefusalMatrix;

namespace PartyGroupBot.Tests.Http;

/// <summary>
/// The bot and the meetings of one refusal-matrix class (a class fixture, so each of the three classes has its own).
/// A refused click changes nothing, and every row checks exactly that, so the rows of one stage share a meeting, built
/// the first time a row asks for that stage. A row whose first click is accepted changes its meeting, so it gets one of
/// its own; so does the stage of a row that failed, in case that row's click did change something.
/// </summary>
public sealed class MatrixMeetings : BotTestBase
{
    /// <summary>Eight stages, a meeting each for the few rows with a first click, and room for rows that fail.</summary>
    private const int Meetings = 24;

    private readonly SharedAzurite _azurite;
    private readonly Queue<MatrixMeeting> _unused;
    private readonly List<MatrixMeeting> _all;
    private readonly Dictionary<Stage, MatrixMeeting> _byStage = [];

    public MatrixMeetings() : this(new SharedAzurite()) { }

    private MatrixMeetings(SharedAzurite azurite) : base(azurite)
    {
        _azurite = azurite;
        _all = Enumerable.Range(0, Meetings).Select(_ => MatrixMeeting.Create(ClientFor)).ToList();
        _unused = new Queue<MatrixMeeting>(_all);
    }

    // The bot starts once, so it must know every team's administrators from the start.
    protected override IEnumerable<string> Administrators => _all.SelectMany(m => m.Administrators);

    public override async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        await base.InitializeAsync();
    }

    public new FakeConnector Connector => base.Connector;

    /// <summary>The stage's shared meeting, or with <paramref name="own"/> a new one that no other row sees.</summary>
    public async Task<MatrixMeeting> AtAsync(Stage stage, bool own)
    {
        if (!own && _byStage.TryGetValue(stage, out var shared))
        {
            Connector.Roster = shared.A.People;
            return shared;
        }
        if (!_unused.TryDequeue(out var meeting))
            throw new InvalidOperationException($"All {Meetings} matrix meetings are used: see the rows that failed before this one.");
        await meeting.DriveToAsync(stage);
        if (!own) _byStage[stage] = meeting;
        return meeting;
    }

    /// <summary>After a failed row the stage's meeting may have changed: the next row of that stage gets a new one.</summary>
    public void Forget(Stage stage) => _byStage.Remove(stage);
}
