using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>Who the user is here, and what they can do right now.</summary>
/// <param name="Role">Their role in the team's party group, or null when they are not on its roster (or there is none).</param>
/// <param name="Kind">The kind of the meeting in progress, whose rules decide what can be done in it.</param>
public sealed record HelpContext(Role? Role, bool IsAdministrator, bool MeetingInProgress, bool IsChair, MeetingKind Kind = MeetingKind.PartyGroupMeeting);

/// <summary>帮助: the commands that make sense for this user in their role at this moment.</summary>
public static class HelpCard
{
    public static JObject Build(Texts.Texts t, HelpContext who)
    {
        var body = new List<JToken> { Title(t["help.title"]) };
        body.AddRange(Section(t, who));
        return Card(body);
    }

    /// <summary>The personal chat: the commands of each party group the person is on, to type in that team's channel,
    /// the group named when there is more than one.</summary>
    public static JObject BuildPersonal(Texts.Texts t, IReadOnlyList<(string? GroupName, HelpContext Who)> groups)
    {
        var body = new List<JToken> { Title(t["help.title"]), Text(t["help.personal"], subtle: true) };
        foreach (var (name, who) in groups)
        {
            if (name is not null) body.Add(Text(t.Format("help.group", name)));
            body.AddRange(Section(t, who));
        }
        return Card(body);
    }

    private static IEnumerable<JToken> Section(Texts.Texts t, HelpContext who)
    {
        var lines = new List<string>();
        if (who.IsAdministrator) lines.Add(t["help.setup"]);
        if (who.Role is null)
        {
            lines.Add(t["help.notMember"]);
        }
        else if (!who.MeetingInProgress)
        {
            if (who.Role == Role.Secretary)
                lines.AddRange([t["help.start"], t["help.schedule"], t["session.help.democraticLife"], t["session.help.study"], t["session.help.rectify"]]);
            else lines.Add(t["help.noMeeting"]);
            // Q3: leave is asked before the meeting, from its notice or this command.
            if (who.Role.Value.HasVote()) lines.AddRange([t["help.propose"], t["help.leave"]]);
        }
        else
        {
            lines.Add(t["help.checkIn"]);
            if (who.Role.Value.HasVote()) lines.AddRange(MemberLines(t, who.Kind));
            if (who.IsChair) lines.AddRange(ChairLines(t, who.Kind));
            lines.Add(t["help.status"]);
        }
        if (who.Role is { } r && (r.HasVote() || r == Role.OfficeDirector)) lines.Add(t["help.followUps"]);
        if (who.Role is not null) lines.Add(t["help.verify"]);
        lines.Add(t["help.help"]);

        if (who.Role is { } role) yield return Text(t.Format("help.role", t.Role(role)), subtle: true);
        yield return Text(string.Join("\n", lines.Select(l => "- " + l)));
    }

    /// <summary>
    /// MK3: a study session takes no vote and no recusal, and leave only goes into its attendance; the written statement
    /// (DL4) belongs to the democratic life meeting alone.
    /// </summary>
    private static string[] MemberLines(Texts.Texts t, MeetingKind kind) => kind switch
    {
        MeetingKind.StudyGroup => [t["session.help.studyLeave"]],
        MeetingKind.DemocraticLifeMeeting => [t["help.leaveMeeting"], t["help.recuse"], t["help.vote"], t["session.help.statement"]],
        _ => [t["help.leaveMeeting"], t["help.recuse"], t["help.vote"]],
    };

    /// <summary>The chair of a study session opens its topics' discussion, not votes; rectification (DL5) is the democratic life meeting's.</summary>
    private static string[] ChairLines(Texts.Texts t, MeetingKind kind) => kind switch
    {
        MeetingKind.StudyGroup => [t["session.help.studyChair"], t["help.end"]],
        MeetingKind.DemocraticLifeMeeting => [t["help.chair"], t["help.end"], t["session.help.rectify"]],
        _ => [t["help.chair"], t["help.end"]],
    };
}
