using Efus.Cms.Data.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Efus.Cms.Data.Configurations;

internal sealed class IndexingTaskRecordConfiguration : IEntityTypeConfiguration<IndexingTaskRecord>
{
    public void Configure(EntityTypeBuilder<IndexingTaskRecord> builder)
    {
        builder.ToTable("IndexingTasks");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ContentItemId).HasMaxLength(ColumnLengths.Id);
    }
}
