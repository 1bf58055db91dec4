using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Efus.Cms.Data.PostgreSql;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context with this provider; no server is contacted.</summary>
internal sealed class PostgreSqlDesignTimeDbContextFactory : IDesignTimeDbContextFactory<CmsDbContext>
{
    public CmsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CmsDbContext>();
        options.UseEfusPostgreSql("Host=127.0.0.1;Database=efus_design_time");
        return new CmsDbContext(options.Options);
    }
}
