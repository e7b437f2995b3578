using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema.Teams;

namespace PartyGroupBot.Bot;

/// <summary>The team's members from the connector, page by page until the continuation token runs out.</summary>
public static class Roster
{
    public static async Task<IReadOnlyList<TeamsChannelAccount>> ReadAsync(ITurnContext turn, CancellationToken ct)
    {
        var members = new List<TeamsChannelAccount>();
        string? token = null;
        do
        {
            var page = await TeamsInfo.GetPagedMembersAsync(turn, 100, token, ct);
            members.AddRange(page.Members);
            token = page.ContinuationToken;
        } while (!string.IsNullOrEmpty(token));
        return members.Where(m => !string.IsNullOrEmpty(m.AadObjectId)).ToList();
    }
}
