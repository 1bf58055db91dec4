using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Efus.Cms.Data.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context with this provider; no database is opened.</summary>
internal sealed class SqliteDesignTimeDbContextFactory : IDesignTimeDbContextFactory<CmsDbContext>
{
    public CmsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CmsDbContext>();
        options.UseEfusSqlite("Data Source=efus-design-time.db");
        return new CmsDbContext(options.Options);
    }
}
