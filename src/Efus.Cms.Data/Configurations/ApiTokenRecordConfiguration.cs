using Efus.Cms.Data.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Efus.Cms.Data.Configurations;

internal sealed class ApiTokenRecordConfiguration : IEntityTypeConfiguration<ApiTokenRecord>
{
    public void Configure(EntityTypeBuilder<ApiTokenRecord> builder)
    {
        builder.ToTable("ApiTokens");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(r => r.SecretHash).HasMaxLength(ColumnLengths.Id);
        builder.Property(r => r.UserId).HasMaxLength(ColumnLengths.Name);
        builder.HasIndex(r => r.Name).IsUnique();
        builder.HasIndex(r => r.SecretHash).IsUnique();
    }
}
