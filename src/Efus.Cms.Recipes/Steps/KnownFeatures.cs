namespace Efus.Cms.Recipes.Steps;

/// <summary>
/// Orchard Core feature (and theme) ids the feature step knows. <see cref="Supported"/> are the ones
/// Efus.Cms implements; <see cref="Recognised"/> are other Orchard ids, recorded without complaint so
/// that Orchard recipes import cleanly. Any other id is recorded too, with a warning (likely a typo).
/// </summary>
public static class KnownFeatures
{
    public static IReadOnlySet<string> Supported { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "OrchardCore.Admin", "OrchardCore.Apis.GraphQL", "OrchardCore.Autoroute", "OrchardCore.ContentFields",
        "OrchardCore.ContentLocalization", "OrchardCore.ContentTypes", "OrchardCore.Contents", "OrchardCore.Features",
        "OrchardCore.Flows", "OrchardCore.Html", "OrchardCore.Indexing", "OrchardCore.Localization", "OrchardCore.Lucene",
        "OrchardCore.Markdown", "OrchardCore.Media", "OrchardCore.Recipes", "OrchardCore.Roles", "OrchardCore.Search",
        "OrchardCore.Search.Lucene", "OrchardCore.Settings", "OrchardCore.Taxonomies", "OrchardCore.Themes",
        "OrchardCore.Title", "OrchardCore.Users", "TheAdmin", "Efus.Cms.UrbanSecurity",
    };

    public static IReadOnlySet<string> Recognised { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "OrchardCore.AdminDashboard", "OrchardCore.AdminMenu", "OrchardCore.Alias", "OrchardCore.ArchiveLater",
        "OrchardCore.AuditTrail", "OrchardCore.AutoSetup", "OrchardCore.BackgroundTasks", "OrchardCore.ContentFields.Indexing.SQL",
        "OrchardCore.ContentFields.Indexing.SQL.UserPicker", "OrchardCore.ContentLocalization.ContentCulturePicker",
        "OrchardCore.ContentPreview", "OrchardCore.Contents.Deployment.AddToDeploymentPlan", "OrchardCore.Contents.Deployment.Download",
        "OrchardCore.Contents.Deployment.ExportContentToDeploymentTarget", "OrchardCore.Contents.FileContentDefinition",
        "OrchardCore.Cors", "OrchardCore.CustomSettings", "OrchardCore.DataProtection.Azure", "OrchardCore.Demo",
        "OrchardCore.Deployment", "OrchardCore.Deployment.Remote", "OrchardCore.Diagnostics", "OrchardCore.DynamicCache",
        "OrchardCore.Email", "OrchardCore.Email.Smtp", "OrchardCore.Facebook", "OrchardCore.Feeds", "OrchardCore.Forms",
        "OrchardCore.GitHub.Authentication", "OrchardCore.Google", "OrchardCore.HealthChecks", "OrchardCore.HomeRoute",
        "OrchardCore.Https", "OrchardCore.Layers", "OrchardCore.Liquid", "OrchardCore.Lists", "OrchardCore.Localization.AdminCulturePicker",
        "OrchardCore.Media.Azure.Storage", "OrchardCore.Media.Cache", "OrchardCore.Media.Indexing", "OrchardCore.Media.Slugify",
        "OrchardCore.Menu", "OrchardCore.MiniProfiler", "OrchardCore.Navigation", "OrchardCore.Notifications", "OrchardCore.OpenId",
        "OrchardCore.OpenId.Client", "OrchardCore.OpenId.Management", "OrchardCore.OpenId.Server", "OrchardCore.OpenId.Validation",
        "OrchardCore.Placements", "OrchardCore.PublishLater", "OrchardCore.Queries", "OrchardCore.Queries.Sql", "OrchardCore.ReCaptcha",
        "OrchardCore.Redis", "OrchardCore.Resources", "OrchardCore.ResponseCompression", "OrchardCore.ReverseProxy", "OrchardCore.Rules",
        "OrchardCore.Scripting", "OrchardCore.Search.Elasticsearch", "OrchardCore.Search.Lucene.ContentPicker",
        "OrchardCore.Search.Lucene.Worker", "OrchardCore.Security", "OrchardCore.Seo", "OrchardCore.Setup", "OrchardCore.Shortcodes",
        "OrchardCore.Shortcodes.Templates", "OrchardCore.Sitemaps", "OrchardCore.Sms", "OrchardCore.Spatial",
        "OrchardCore.Taxonomies.ContentsAdminList", "OrchardCore.Templates", "OrchardCore.Tenants", "OrchardCore.Tenants.FeatureProfiles",
        "OrchardCore.Twitter", "OrchardCore.UrlRewriting", "OrchardCore.Users.ChangeEmail", "OrchardCore.Users.ExternalAuthentication",
        "OrchardCore.Users.Localization", "OrchardCore.Users.Registration", "OrchardCore.Users.ResetPassword", "OrchardCore.Users.TimeZone",
        "OrchardCore.Users.TwoFactorAuthentication", "OrchardCore.Widgets", "OrchardCore.Workflows", "OrchardCore.Workflows.Http",
        "OrchardCore.Workflows.Timers", "OrchardCore.XmlRpc",
        "SafeMode", "TheAgencyTheme", "TheBlogTheme", "TheComingSoonTheme", "TheTheme",
    };

    public static bool IsKnown(string featureId) => Supported.Contains(featureId) || Recognised.Contains(featureId);
}
