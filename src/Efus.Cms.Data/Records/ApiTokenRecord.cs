namespace Efus.Cms.Data.Records;

/// <summary>An API token: its name, the SHA-256 of its secret, the user it signs in as.</summary>
public sealed class ApiTokenRecord
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    public string SecretHash { get; set; } = "";

    public string UserId { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public DateTime? LastUsedUtc { get; set; }
}
