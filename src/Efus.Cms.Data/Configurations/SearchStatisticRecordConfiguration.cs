using Efus.Cms.Data.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Efus.Cms.Data.Configurations;

internal sealed class SearchStatisticRecordConfiguration : IEntityTypeConfiguration<SearchStatisticRecord>
{
    public void Configure(EntityTypeBuilder<SearchStatisticRecord> builder)
    {
        builder.ToTable("SearchStatistics");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Query).HasMaxLength(Core.Search.SearchQueryText.MaxLength);
        builder.HasIndex(r => new { r.Day, r.Query });
    }
}
