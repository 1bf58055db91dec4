using Efus.Cms.Core.Security.Tokens;
using Efus.Cms.Data.Records;
using Microsoft.EntityFrameworkCore;

namespace Efus.Cms.Data.Stores;

/// <summary>API tokens in the ApiTokens table (name and secret hash unique).</summary>
public sealed class EfApiTokenStore(CmsDbContext db) : IApiTokenStore
{
    public async Task<bool> AddAsync(ApiToken token, string secretHash, CancellationToken cancellationToken = default)
    {
        if (await db.ApiTokens.AnyAsync(r => r.Name == token.Name, cancellationToken))
        {
            return false;
        }

        var record = new ApiTokenRecord { Name = token.Name, SecretHash = secretHash, UserId = token.UserId, CreatedUtc = token.CreatedUtc };
        db.ApiTokens.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another process took the name between the check and the insert.
            return false;
        }
        finally
        {
            db.Entry(record).State = EntityState.Detached;
        }
    }

    public async Task<IReadOnlyList<ApiToken>> ListAsync(CancellationToken cancellationToken = default) =>
        [.. (await db.ApiTokens.AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken)).Select(ToToken)];

    public async Task<ApiToken?> FindBySecretHashAsync(string secretHash, CancellationToken cancellationToken = default) =>
        await db.ApiTokens.AsNoTracking().Where(r => r.SecretHash == secretHash).Select(r => ToToken(r)).FirstOrDefaultAsync(cancellationToken);

    public Task MarkUsedAsync(string name, DateTime utc, CancellationToken cancellationToken = default) =>
        db.ApiTokens.Where(r => r.Name == name).ExecuteUpdateAsync(s => s.SetProperty(r => r.LastUsedUtc, utc), cancellationToken);

    public async Task<bool> RevokeAsync(string name, CancellationToken cancellationToken = default) =>
        await db.ApiTokens.Where(r => r.Name == name).ExecuteDeleteAsync(cancellationToken) > 0;

    private static ApiToken ToToken(ApiTokenRecord r) => new(r.Name, r.UserId, r.CreatedUtc, r.LastUsedUtc);
}
