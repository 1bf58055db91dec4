using Efus.Cms.Data.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Efus.Cms.Data.Configurations;

internal sealed class MediaFileRecordConfiguration : IEntityTypeConfiguration<MediaFileRecord>
{
    public void Configure(EntityTypeBuilder<MediaFileRecord> builder)
    {
        builder.ToTable("MediaFiles");
        builder.HasKey(r => r.Path);
        builder.Property(r => r.Path).HasMaxLength(ColumnLengths.Path);
    }
}
