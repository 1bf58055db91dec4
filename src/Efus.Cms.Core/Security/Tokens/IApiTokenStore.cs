namespace Efus.Cms.Core.Security.Tokens;

/// <summary>Port: API tokens, each kept with the SHA-256 hash of its secret (the secret itself is never stored).</summary>
public interface IApiTokenStore
{
    /// <summary>False when a token of that name exists already.</summary>
    Task<bool> AddAsync(ApiToken token, string secretHash, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ApiToken>> ListAsync(CancellationToken cancellationToken = default);

    Task<ApiToken?> FindBySecretHashAsync(string secretHash, CancellationToken cancellationToken = default);

    Task MarkUsedAsync(string name, DateTime utc, CancellationToken cancellationToken = default);

    /// <summary>Deletes the token; false when there is none of that name.</summary>
    Task<bool> RevokeAsync(string name, CancellationToken cancellationToken = default);
}
