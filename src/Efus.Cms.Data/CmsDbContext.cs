using Efus.Cms.Data.Records;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Efus.Cms.Data;

/// <summary>
/// The CMS database: content versions, their field index, the indexing-task log, site documents,
/// media, the audit trail, API tokens, scheduled publications, search statistics, and ASP.NET Core Identity's users and roles on the same connection.
/// </summary>
public sealed class CmsDbContext(DbContextOptions<CmsDbContext> options) : IdentityDbContext<IdentityUser>(options)
{
    private const string NpgsqlProviderName = "Npgsql.EntityFrameworkCore.PostgreSQL";

    public DbSet<ContentItemRecord> ContentItems => Set<ContentItemRecord>();

    public DbSet<ContentFieldIndexRecord> ContentFieldIndex => Set<ContentFieldIndexRecord>();

    public DbSet<IndexingTaskRecord> IndexingTasks => Set<IndexingTaskRecord>();

    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();

    public DbSet<MediaFileRecord> MediaFiles => Set<MediaFileRecord>();

    public DbSet<AuditEventRecord> AuditEvents => Set<AuditEventRecord>();

    public DbSet<ScheduledPublicationRecord> ScheduledPublications => Set<ScheduledPublicationRecord>();

    public DbSet<SearchStatisticRecord> SearchStatistics => Set<SearchStatisticRecord>();

    public DbSet<ApiTokenRecord> ApiTokens => Set<ApiTokenRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CmsDbContext).Assembly);
        if (Database.ProviderName == NpgsqlProviderName)
        {
            // Byte order, as SQLite's BINARY: the folded text then sorts alike whatever the server's locale.
            builder.Entity<ContentItemRecord>().Property(r => r.DisplayTextNormalized).UseCollation("C");
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
