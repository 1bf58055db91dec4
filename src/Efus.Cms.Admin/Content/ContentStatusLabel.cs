using Efus.Cms.Admin.Localization;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Scheduling;

namespace Efus.Cms.Admin.Content;

/// <summary>How the admin names a version's state.</summary>
public static class ContentStatusLabel
{
    /// <param name="hasPublished">Whether another version of the item is published (a draft over a published version).</param>
    public static string Of(ContentItem version, bool hasPublished, AdminText text) => version switch
    {
        { Published: true } => text["Publié"],
        { Latest: true } when PublishLater.ScheduledUtc(version) is not null => text["Programmé"],
        { Latest: true } when hasPublished => text["Brouillon (une version est publiée)"],
        { Latest: true } => text["Brouillon"],
        _ => text["Ancienne version"],
    };

    public static string CssClass(ContentItem version, bool hasPublished) => version switch
    {
        { Published: true } => "status published",
        { Latest: true } when PublishLater.ScheduledUtc(version) is not null => "status scheduled",
        { Latest: true } when hasPublished => "status draft",
        { Latest: true } => "status draft",
        _ => "status old",
    };
}
