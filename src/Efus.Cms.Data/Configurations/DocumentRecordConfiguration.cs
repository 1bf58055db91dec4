using Efus.Cms.Data.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Efus.Cms.Data.Configurations;

internal sealed class DocumentRecordConfiguration : IEntityTypeConfiguration<DocumentRecord>
{
    public void Configure(EntityTypeBuilder<DocumentRecord> builder)
    {
        builder.ToTable("Documents");
        builder.HasKey(r => r.Name);
        builder.Property(r => r.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(r => r.Revision).IsConcurrencyToken();
    }
}
