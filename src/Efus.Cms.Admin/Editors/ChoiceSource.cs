namespace Efus.Cms.Admin.Editors;

public enum ChoiceSource
{
    None,
    ContentItems,
    TaxonomyTerms,
    MediaFiles,
}
