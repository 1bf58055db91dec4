using Efus.Cms.Data.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Efus.Cms.Data.Configurations;

internal sealed class AuditEventRecordConfiguration : IEntityTypeConfiguration<AuditEventRecord>
{
    public void Configure(EntityTypeBuilder<AuditEventRecord> builder)
    {
        builder.ToTable("AuditEvents");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.UserName).HasMaxLength(ColumnLengths.Name);
        builder.Property(r => r.Action).HasMaxLength(ColumnLengths.Name);
        builder.Property(r => r.ContentItemId).HasMaxLength(ColumnLengths.Id);
        builder.Property(r => r.ContentType).HasMaxLength(ColumnLengths.Name);
        builder.HasIndex(r => r.Utc);
        builder.HasIndex(r => r.ContentItemId);
    }
}
