namespace Efus.Cms.Admin.Pages.Admin.Taxonomies;

/// <summary>Orchard's permission for taxonomies (OrchardCore.Taxonomies): Editors and Administrators have it.</summary>
public static class TaxonomyPermissions
{
    public const string ManageTaxonomies = "ManageTaxonomies";
}
