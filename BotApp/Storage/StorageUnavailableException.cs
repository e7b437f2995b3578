namespace PartyGroupBot.Storage;

/// <summary>Table storage could not be reached or kept refusing; the turn changed nothing and the user should try again.</summary>
public sealed class StorageUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
