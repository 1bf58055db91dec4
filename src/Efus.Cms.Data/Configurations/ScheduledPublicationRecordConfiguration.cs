using Efus.Cms.Data.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Efus.Cms.Data.Configurations;

internal sealed class ScheduledPublicationRecordConfiguration : IEntityTypeConfiguration<ScheduledPublicationRecord>
{
    public void Configure(EntityTypeBuilder<ScheduledPublicationRecord> builder)
    {
        builder.ToTable("ScheduledPublications");
        builder.HasKey(r => r.ContentItemId);
        builder.Property(r => r.ContentItemId).HasMaxLength(ColumnLengths.Id);
        builder.Property(r => r.ClaimedBy).HasMaxLength(ColumnLengths.Name);
        builder.Property(r => r.Failure).HasMaxLength(ScheduledPublicationRecord.FailureLength);
        builder.HasIndex(r => r.ScheduledUtc);
    }
}
