namespace Assistant.Core.Localization;

/// <summary>Thrown at start-up when the texts are incomplete or inconsistent; the message names file and key.</summary>
public sealed class LocalizationException(string message) : Exception(message);
