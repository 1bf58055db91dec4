using System.Security.Cryptography;
using System.Text;

namespace Efus.Cms.Core.Security.Tokens;

/// <summary>
/// Creates, checks and revokes API tokens. A secret is 256 random bits (<c>efus_</c> + base64url),
/// shown once; only its SHA-256 is stored, so a stolen database gives no usable token.
/// </summary>
public sealed class ApiTokenService(IApiTokenStore store, TimeProvider clock)
{
    public const string SecretPrefix = "efus_";
    public const int MaxNameLength = 100;

    // Recording every use would write on every request: once a minute is precise enough for "last used".
    private static readonly TimeSpan _lastUsedPrecision = TimeSpan.FromMinutes(1);

    /// <summary>What is wrong with a token name, or null when it is valid.</summary>
    public static string? NameProblem(string name) => name switch
    {
        _ when string.IsNullOrWhiteSpace(name) => "a token name is required",
        { Length: > MaxNameLength } => $"the token name is longer than {MaxNameLength} characters",
        _ when !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') => "a token name may hold only letters, digits, '-', '_' and '.'",
        _ => null,
    };

    /// <summary>Stores a new token for <paramref name="userId"/> and returns its secret (the only time it is seen).</summary>
    /// <exception cref="ArgumentException">The name is invalid or taken.</exception>
    public async Task<string> CreateAsync(string name, string userId, CancellationToken cancellationToken = default)
    {
        if (NameProblem(name) is { } problem)
        {
            throw new ArgumentException(problem, nameof(name));
        }

        var secret = SecretPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken(name, userId, clock.GetUtcNow().UtcDateTime, null);
        if (!await store.AddAsync(token, Hash(secret), cancellationToken))
        {
            throw new ArgumentException($"a token named '{name}' exists already", nameof(name));
        }

        return secret;
    }

    /// <summary>The token whose secret this is, or null (unknown, malformed or revoked). Records the use.</summary>
    public async Task<ApiToken?> AuthenticateAsync(string secret, CancellationToken cancellationToken = default)
    {
        if (!secret.StartsWith(SecretPrefix, StringComparison.Ordinal) || secret.Length > 200)
        {
            return null;
        }

        var token = await store.FindBySecretHashAsync(Hash(secret), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (token is not null && (token.LastUsedUtc is not { } last || now - last >= _lastUsedPrecision))
        {
            await store.MarkUsedAsync(token.Name, now, cancellationToken);
            token = token with { LastUsedUtc = now };
        }

        return token;
    }

    public Task<IReadOnlyList<ApiToken>> ListAsync(CancellationToken cancellationToken = default) => store.ListAsync(cancellationToken);

    public Task<bool> RevokeAsync(string name, CancellationToken cancellationToken = default) => store.RevokeAsync(name, cancellationToken);

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
