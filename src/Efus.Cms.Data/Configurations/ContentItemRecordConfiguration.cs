using Efus.Cms.Data.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Efus.Cms.Data.Configurations;

internal sealed class ContentItemRecordConfiguration : IEntityTypeConfiguration<ContentItemRecord>
{
    public void Configure(EntityTypeBuilder<ContentItemRecord> builder)
    {
        builder.ToTable("ContentItems");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ContentItemId).HasMaxLength(ColumnLengths.Id);
        builder.Property(r => r.ContentItemVersionId).HasMaxLength(ColumnLengths.Id);
        builder.Property(r => r.ContentType).HasMaxLength(ColumnLengths.Name);
        builder.Property(r => r.Path).HasMaxLength(ColumnLengths.Path);
        builder.Property(r => r.Culture).HasMaxLength(ColumnLengths.Culture);
        builder.Property(r => r.LocalizationSet).HasMaxLength(ColumnLengths.Id);
        builder.Property(r => r.Owner).HasMaxLength(ColumnLengths.Name);
        builder.Property(r => r.Author).HasMaxLength(ColumnLengths.Name);
        builder.Property(r => r.Revision).IsConcurrencyToken();

        builder.HasIndex(r => r.ContentItemVersionId).IsUnique();
        builder.HasIndex(r => new { r.ContentItemId, r.Latest });
        builder.HasIndex(r => new { r.ContentItemId, r.Published });
        // The date before the flag: lists of a type (GraphQL, newest first) come in index order, with no sort.
        builder.HasIndex(r => new { r.ContentType, r.CreatedUtc, r.Published });
        builder.HasIndex(r => new { r.ContentType, r.Latest, r.CreatedUtc });
        builder.HasIndex(r => r.Path);
        builder.HasIndex(r => r.LocalizationSet);
    }
}
