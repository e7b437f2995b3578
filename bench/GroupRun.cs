using Newtonsoft.Json.Linq;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Bench;

/// <summary>
/// One group's meeting as the bench runs it: which item is open and which members may vote on it now. Members vote in
/// any order; the chair (the secretary, person 0, who started the meeting) becomes ready only when every member's
/// answer is back (V5); after the chair's vote the item is closed and the next one opened in the background.
/// </summary>
public sealed class GroupRun(TeamsWorld world, string method, int items)
{
    private readonly Queue<TeamsPerson> _ready = new();
    private readonly Dictionary<int, TeamsClient> _clients = new();
    private readonly HashSet<int> _served = [];
    private int _outstanding;
    private bool _chairQueued;

    public TeamsWorld World { get; } = world;
    public string Method { get; } = method;
    public int Items { get; } = items;
    public TeamsPerson Chair => World[0];
    public IEnumerable<TeamsPerson> Members => World.People.Skip(1);
    public string MeetingId { get; private set; } = "";
    public int Item { get; private set; }
    public string ItemId => Item.ToString();
    /// <summary>Set while the background close and open run, or when they failed and the group stopped.</summary>
    public bool Stalled { get; set; }

    public TeamsClient Client(int instance, Func<TeamsClient> create)
    {
        lock (_clients) return _clients.TryGetValue(instance, out var c) ? c : _clients[instance] = create();
    }

    public bool ServedBefore(int instance)
    {
        lock (_served) return !_served.Add(instance);
    }

    /// <summary>A voter who may vote on the open item now, or none (all sent, or the chair waiting for answers).</summary>
    public (TeamsPerson Voter, string ItemId)? TryTake()
    {
        lock (_ready)
        {
            if (_ready.Count == 0) return null;
            _outstanding++;
            return (_ready.Dequeue(), ItemId);
        }
    }

    /// <summary>An answer came back (accepted, refused or failed); true when it was the chair's, so the item is done.</summary>
    public bool Answered(TeamsPerson voter)
    {
        lock (_ready)
        {
            _outstanding--;
            if (voter == Chair) return true;
            if (_ready.Count == 0 && _outstanding == 0 && !_chairQueued)
            {
                _ready.Enqueue(Chair);
                _chairQueued = true;
            }
            return false;
        }
    }

    /// <summary>Their vote failed or storage was too slow for it: they may vote again.</summary>
    public void TryAgain(TeamsPerson voter)
    {
        lock (_ready)
        {
            _outstanding--;
            _ready.Enqueue(voter);
        }
    }

    public bool Exhausted => Item >= Items;

    public void MeetingStarted(string meetingId)
    {
        MeetingId = meetingId;
        Item = 0;
    }

    /// <summary>The chair opened the next item: every member may vote, in a random order.</summary>
    public void Opened()
    {
        lock (_ready)
        {
            Item++;
            _chairQueued = false;
            _ready.Clear();
            foreach (var p in Members.OrderBy(_ => Random.Shared.Next())) _ready.Enqueue(p);
        }
    }

    public static string MeetingIdOf(JObject rollCall) => (string)rollCall.Descendants().OfType<JObject>()
        .First(a => (string?)a["verb"] == "checkIn")["data"]!["meetingId"]!;
}
