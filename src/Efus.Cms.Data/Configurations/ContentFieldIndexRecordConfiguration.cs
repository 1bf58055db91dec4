using Efus.Cms.Data.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Efus.Cms.Data.Configurations;

internal sealed class ContentFieldIndexRecordConfiguration : IEntityTypeConfiguration<ContentFieldIndexRecord>
{
    public void Configure(EntityTypeBuilder<ContentFieldIndexRecord> builder)
    {
        builder.ToTable("ContentFieldIndex");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ContentItemVersionId).HasMaxLength(ColumnLengths.Id);
        builder.Property(r => r.ContentItemId).HasMaxLength(ColumnLengths.Id);
        builder.Property(r => r.ContentType).HasMaxLength(ColumnLengths.Name);
        builder.Property(r => r.Part).HasMaxLength(ColumnLengths.Name);
        builder.Property(r => r.Field).HasMaxLength(ColumnLengths.Name);
        builder.Property(r => r.TextValue).HasMaxLength(ContentFieldIndexRecord.MaxTextLength);

        // The (type, part, field) lookup index differs by provider: see CmsDbContext.OnModelCreating.
        builder.HasIndex(r => r.ContentItemVersionId);
    }
}
