namespace Efus.Cms.Core.Security.Tokens;

/// <summary>An API token as stored: its name, the user it signs in as, and when it was made and last used. Never the secret.</summary>
public sealed record ApiToken(string Name, string UserId, DateTime CreatedUtc, DateTime? LastUsedUtc);
