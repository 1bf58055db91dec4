namespace Efus.Cms.Web.Hosting;

/// <summary>The <c>Cms</c> configuration section (see README, "Configuration").</summary>
public sealed class CmsOptions
{
    public const string Section = "Cms";

    /// <summary>Database, search index, keys. Relative paths are resolved against the content root.</summary>
    public string DataPath { get; set; } = "App_Data";

    public DatabaseOptions Database { get; set; } = new();

    public SetupOptions Setup { get; set; } = new();

    public sealed class DatabaseOptions
    {
        /// <summary><c>Sqlite</c> (default) or <c>PostgreSql</c>.</summary>
        public string Provider { get; set; } = "Sqlite";
    }

    public sealed class SetupOptions
    {
        /// <summary>Recipe run on an empty database; <c>none</c> starts an empty site.</summary>
        public string Recipe { get; set; } = "recipes/efus.recipe.json";

        public string AdminUserName { get; set; } = "admin";

        public string AdminEmail { get; set; } = "admin@efus.local";

        /// <summary>When empty, a strong password is generated and printed once.</summary>
        public string? AdminPassword { get; set; }
    }
}
