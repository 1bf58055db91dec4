namespace Efus.Cms.Core.Storage;

/// <summary>
/// Which value of the field index a field filter reads. Content pickers and taxonomies are
/// indexed as one <see cref="Text"/> value per referenced content item id.
/// </summary>
public enum FieldValueKind
{
    Text,
    Numeric,
    Boolean,
    Date,
}
