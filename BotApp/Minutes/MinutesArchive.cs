using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace PartyGroupBot.MinutesDocs;

/// <summary>Where an archived document landed.</summary>
public sealed record ArchivedFile(string DriveId, string ItemId, string Name, string? WebUrl);

/// <summary>
/// Archives the signed minutes' .docx in the team channel's files (the channel's SharePoint folder) through
/// Microsoft Graph: GET /teams/{team-id}/channels/{channel-id}/filesFolder, then
/// PUT /drives/{drive-id}/items/{folder-id}:/{file-name}:/content.
/// Needs the application permission Files.ReadWrite.All (admin consent) on the bot's Azure app registration.
/// Where Teams' Graph APIs are not offered (Microsoft 365 operated by 21Vianet), <paramref name="channelFilesFolder"/>
/// is false and the document goes to the team's group drive instead: PUT /drives/{drive-id}/items/root:/党组会议纪要/{file-name}:/content.
/// </summary>
public sealed class MinutesArchive(GraphServiceClient graph, bool channelFilesFolder = true)
{
    /// <summary>The folder of the group drive that holds the minutes where a channel's files folder cannot be had.</summary>
    public const string GroupDriveFolder = "党组会议纪要";

    /// <summary>A simple upload takes up to 250 MB; minutes are a few kilobytes, so no upload session is needed.</summary>
    public const int SimpleUploadLimit = 250 * 1024 * 1024;

    /// <param name="teamId">The team's Microsoft 365 group id (a GUID: <c>channelData.team.aadGroupId</c>, or
    /// <c>TeamsInfo.GetTeamDetailsAsync(turn).AadGroupId</c>), not the Bot Framework team id <c>19:…@thread.tacv2</c>.</param>
    /// <param name="channelId">The channel's thread id, <c>19:…@thread.tacv2</c>; a team's General channel has the team's thread id.</param>
    public async Task<ArchivedFile> UploadAsync(
        string teamId, string channelId, string fileName, byte[] document, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(teamId);
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        if (!Guid.TryParse(teamId, out _))
            throw new ArgumentException($"Graph names a team by its group id (a GUID), not by '{teamId}'.", nameof(teamId));
        if (document.Length > SimpleUploadLimit) throw new ArgumentException("Document too large for a simple upload.", nameof(document));

        if (!channelFilesFolder) return await UploadToGroupDriveAsync(teamId, fileName, document, ct);
        var folder = await graph.Teams[teamId].Channels[channelId].FilesFolder.GetAsync(cancellationToken: ct)
            ?? throw new InvalidOperationException($"Graph returned no files folder for channel {channelId}.");
        var driveId = folder.ParentReference?.DriveId
            ?? throw new InvalidOperationException($"The files folder of channel {channelId} names no drive.");
        var folderId = folder.Id
            ?? throw new InvalidOperationException($"The files folder of channel {channelId} has no id.");

        using var content = new MemoryStream(document, writable: false);
        // Same meeting, same name: a retried sign-off (Teams may deliver a turn twice) writes the same signed
        // minutes again instead of leaving a second copy.
        var item = await graph.Drives[driveId].Items[folderId].ItemWithPath(fileName).Content
            .PutAsync(content, cancellationToken: ct)
            ?? throw new InvalidOperationException("Graph returned no item for the uploaded minutes.");
        return new ArchivedFile(driveId, item.Id ?? "", item.Name ?? fileName, item.WebUrl);
    }

    private async Task<ArchivedFile> UploadToGroupDriveAsync(string groupId, string fileName, byte[] document, CancellationToken ct)
    {
        var drive = await graph.Groups[groupId].Drive.GetAsync(cancellationToken: ct)
            ?? throw new InvalidOperationException($"Graph returned no drive for group {groupId}.");
        var driveId = drive.Id ?? throw new InvalidOperationException($"The drive of group {groupId} has no id.");
        using var content = new MemoryStream(document, writable: false);
        var item = await graph.Drives[driveId].Items["root"].ItemWithPath($"{GroupDriveFolder}/{fileName}").Content
            .PutAsync(content, cancellationToken: ct)
            ?? throw new InvalidOperationException("Graph returned no item for the uploaded minutes.");
        return new ArchivedFile(driveId, item.Id ?? "", item.Name ?? fileName, item.WebUrl);
    }
}
