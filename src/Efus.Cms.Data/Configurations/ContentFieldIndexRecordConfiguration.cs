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

        // No index on TextValue: a 4000-character value overflows PostgreSQL's btree row limit (2704 bytes).
        builder.HasIndex(r => r.ContentItemVersionId);
        builder.HasIndex(r => new { r.ContentType, r.Part, r.Field });
    }
}
