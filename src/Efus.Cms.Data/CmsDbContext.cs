using Efus.Cms.Data.Records;
using Efus.Cms.Data.Stores;
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
    internal const string NpgsqlProviderName = "Npgsql.EntityFrameworkCore.PostgreSQL";

    private const string ListingIndexName = "IX_ContentItems_Listing";
    private const string FieldValuesIndexName = "IX_ContentFieldIndex_Values";

    public DbSet<ContentItemRecord> ContentItems => Set<ContentItemRecord>();

    public DbSet<ContentFieldIndexRecord> ContentFieldIndex => Set<ContentFieldIndexRecord>();

    public DbSet<IndexingTaskRecord> IndexingTasks => Set<IndexingTaskRecord>();

    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();

    public DbSet<MediaFileRecord> MediaFiles => Set<MediaFileRecord>();

    public DbSet<AuditEventRecord> AuditEvents => Set<AuditEventRecord>();

    public DbSet<ScheduledPublicationRecord> ScheduledPublications => Set<ScheduledPublicationRecord>();

    public DbSet<BackgroundJobRecord> BackgroundJobs => Set<BackgroundJobRecord>();

    public DbSet<SearchStatisticRecord> SearchStatistics => Set<SearchStatisticRecord>();

    public DbSet<ApiTokenRecord> ApiTokens => Set<ApiTokenRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CmsDbContext).Assembly);
        var items = builder.Entity<ContentItemRecord>();
        var fieldIndex = builder.Entity<ContentFieldIndexRecord>();
        if (Database.ProviderName == NpgsqlProviderName)
        {
            // No TextValue in a full PostgreSQL index: a 4000-character value overflows the btree row limit (2,704 bytes).
            fieldIndex.HasIndex(r => new { r.ContentType, r.Part, r.Field });

            // A listing's country and city choices (distinct published values of at most MaxChoiceLength characters,
            // the query's own condition) from the index alone: 13–21 ms → 0.6 ms each for practice sheets at 10k items.
            // Partial on that length, so no row ever outgrows the btree limit.
            fieldIndex.HasIndex(r => new { r.ContentType, r.Part, r.Field, r.TextValue }, FieldValuesIndexName)
                .HasFilter($"\"Published\" AND length(\"TextValue\") <= {EfContentStore.MaxChoiceLength}");

            // Byte order, as SQLite's BINARY: the folded text then sorts alike whatever the server's locale.
            items.Property(r => r.DisplayTextNormalized).UseCollation("C");

            // The public listings' filter and sort (published, by type, main language, newest first). The
            // display text stays out: it is unbounded, and a btree row holds at most 2,704 bytes.
            items.HasIndex(r => new { r.ContentType, r.Published, r.PublishedUtc, r.Culture }, ListingIndexName);
        }
        else
        {
            // The same, covering on SQLite (the title breaks ties): the count and the page's ids are read
            // from the index alone instead of from each row (70 ms → 1 ms for a listing at 10k items), and
            // with the date right after the type, the newest come in index order: no sort of the whole type.
            items.HasIndex(r => new { r.ContentType, r.PublishedUtc, r.Published, r.Culture, r.DisplayTextNormalized }, ListingIndexName);

            // Covering on SQLite: a listing's country and city choices (distinct published values) are read from the
            // index alone (5.7 ms → 0.7 ms each for practice sheets at 10k items).
            fieldIndex.HasIndex(r => new { r.ContentType, r.Part, r.Field, r.Published, r.TextValue }, FieldValuesIndexName);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
