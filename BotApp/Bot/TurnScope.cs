using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>
/// Who is acting, and in which tenant and team, read from the authenticated activity only.
/// Card data never names the actor.
/// </summary>
public sealed record TurnScope(string? ActorId, string? TenantId, string? TeamId, Texts.Texts Texts)
{
    public static TurnScope From(ITurnContext turn)
    {
        var activity = turn.Activity;
        var channelData = activity.GetChannelData<TeamsChannelData>();
        var tenant = activity.Conversation?.TenantId ?? channelData?.Tenant?.Id;
        var team = channelData?.Team?.Id;
        return new TurnScope(NullIfEmpty(activity.From?.AadObjectId), NullIfEmpty(tenant), NullIfEmpty(team),
            PartyGroupBot.Texts.Texts.For(activity.Locale));
    }

    public GroupKey? Group => TenantId is null || TeamId is null ? null : new GroupKey(TenantId, TeamId);

    /// <summary>A private chat has no team; cards sent there carry the team id, and the actor's role in it is still checked.</summary>
    public TurnScope InTeam(string? teamId) => TeamId is null && !string.IsNullOrWhiteSpace(teamId) ? this with { TeamId = teamId } : this;

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
