namespace PartyGroupBot.Tests.Infrastructure;

/// <summary>A person in the test team: Teams account id (MRI), AAD object id and display name.</summary>
public sealed record TeamsPerson(string Mri, string AadObjectId, string Name);
