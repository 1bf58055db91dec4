using Efus.Cms.Data.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Efus.Cms.Data.Configurations;

internal sealed class BackgroundJobRecordConfiguration : IEntityTypeConfiguration<BackgroundJobRecord>
{
    public void Configure(EntityTypeBuilder<BackgroundJobRecord> builder)
    {
        builder.ToTable("BackgroundJobs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(ColumnLengths.Id);
        builder.Property(r => r.Kind).HasMaxLength(ColumnLengths.Culture);
        builder.Property(r => r.StartedBy).HasMaxLength(ColumnLengths.Name);
        builder.Property(r => r.NodeId).HasMaxLength(ColumnLengths.Name);
        builder.Property(r => r.State).HasMaxLength(ColumnLengths.Culture);
        builder.Property(r => r.Stage).HasMaxLength(ColumnLengths.Name);
        builder.Property(r => r.ResultJson).HasMaxLength(BackgroundJobRecord.JsonLength);
        builder.Property(r => r.ErrorJson).HasMaxLength(BackgroundJobRecord.JsonLength);
        builder.HasIndex(r => new { r.State, r.HeartbeatUtc });
    }
}
