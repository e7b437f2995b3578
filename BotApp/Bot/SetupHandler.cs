using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Core;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Profiles;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>设置: an administrator gives each person on the team roster a role and picks the rule profile.</summary>
public sealed class SetupHandler(Administrators admins, GroupStore groups, Messenger messenger, AgendaStore agendas, TimeProvider clock)
{
    public async Task<JObject> ShowAsync(ITurnContext turn, TurnScope scope, CancellationToken ct)
    {
        var t = scope.Texts;
        if (Refuse(scope) is { } refusal) return Refusals.Card(t, refusal, null);
        var current = await groups.GetAsync(scope.Group!.Value, ct);
        var roster = await Roster.ReadAsync(turn, ct);
        var people = roster.Select(p => new SetupCard.Person(p.AadObjectId, p.Name,
            current?.Group.Find(p.AadObjectId)?.Role.Name() ?? "none"));
        return SetupCard.Build(t, people, current?.Group.ProfileId ?? RuleProfiles.ChengzhongHrss2021.Id);
    }

    public async Task<JObject> SaveAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        var t = scope.Texts;
        if (Refuse(scope) is { } refusal) return Refusals.Card(t, refusal, null);
        var profileId = data["profile"];
        if (!RuleProfiles.Exists(profileId)) return Invalid(t);

        // Names and ids come from the connector's roster, so a tampered card cannot add someone who is not in the team.
        var roster = (await Roster.ReadAsync(turn, ct)).ToDictionary(p => p.AadObjectId);
        var members = new List<GroupMember>();
        foreach (var (id, roleName) in data.WithPrefix("role."))
        {
            if (roleName == "none") continue;
            if (!roster.TryGetValue(id, out var person) || !RoleNames.TryParse(roleName, out var role)) return Invalid(t);
            members.Add(new GroupMember(id, person.Name, role));
        }
        var group = new PartyGroup(profileId!, members);
        if (group.Validate() is { } invalid) return Refusals.Card(t, invalid, group.Profile);

        var accounts = members.ToDictionary(m => m.Id, m => roster[m.Id].Id);
        await groups.SaveSetupAsync(scope.Group!.Value, group, accounts, ct, turn.Activity.TeamsGetTeamInfo()?.AadGroupId,
            turn.Activity.TeamsGetTeamInfo()?.Name);
        // MN1: the set-up, as saved, goes on the record; the channel where it is saved is where minutes and reminders go.
        await agendas.RunAsync(scope.Group!.Value, _ => (Result<Core.Agenda.AgendaEvent>)new Core.Agenda.GroupSetUp(clock.GetUtcNow(), scope.ActorId!, group.ProfileId, members), ct);
        await SetChannelAsync(turn, scope, ct);
        return NoticeCard.Build(t["setup.title"],
            t.Format("setup.saved", group.Profile.Name, members.Count, group.VotingMemberCount));
    }

    /// <summary>"发布频道" / "post here": an administrator or the secretary makes this channel the one minutes and reminders go to.</summary>
    public async Task<JObject> UsePostingChannelAsync(ITurnContext turn, TurnScope scope, CancellationToken ct)
    {
        var t = scope.Texts;
        if (scope.Group is not { } key) return Refusals.Card(t, new Refusal("", RefusalCode.NotInTeam), null);
        var stored = await groups.GetAsync(key, ct);
        if (!admins.Contains(scope.ActorId) && (stored is null || stored.Group.Secretary?.Id != scope.ActorId))
            return RefusalCard.Build(t["setup.channel.refused"]);
        if (!await SetChannelAsync(turn, scope, ct)) return RefusalCard.Build(t["setup.channel.notChannel"]);
        return NoticeCard.Build(t["setup.title"], t["setup.channel.saved"]);
    }

    private async Task<bool> SetChannelAsync(ITurnContext turn, TurnScope scope, CancellationToken ct)
    {
        if (!await messenger.RememberChannelAsync(turn, scope, ct)) return false;
        var channel = turn.Activity.Conversation.Id.Split(';')[0];
        await agendas.RunAsync(scope.Group!.Value, _ => (Result<Core.Agenda.AgendaEvent>)new Core.Agenda.PostingChannelSet(clock.GetUtcNow(), scope.ActorId!, channel), ct);
        return true;
    }

    private Refusal? Refuse(TurnScope scope) =>
        scope.Group is null ? new Refusal("", RefusalCode.NotInTeam)
        : !admins.Contains(scope.ActorId) ? new Refusal("", RefusalCode.NotAdministrator)
        : null;

    private static JObject Invalid(Texts.Texts t) => Refusals.Card(t, new Refusal("", RefusalCode.InvalidInput), null);
}
