using Efus.Cms.Core.Content;
using Efus.Cms.Core.Fields;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Data.Records;

namespace Efus.Cms.Data.FieldIndex;

/// <summary>Builds the field-index rows of one item version from its type definition.</summary>
internal static class FieldIndexRows
{
    public static IEnumerable<ContentFieldIndexRecord> For(ContentItem item, ContentDefinitions definitions)
    {
        if (definitions.Type(item.ContentType) is not { } type)
        {
            return [];
        }

        return FieldKinds.FieldsOf(item, type, definitions).SelectMany(field => field.Accept(FieldIndexVisitor.Instance)
            .Select(value => new ContentFieldIndexRecord
            {
                ContentItemVersionId = item.ContentItemVersionId,
                ContentItemId = item.ContentItemId,
                ContentType = item.ContentType,
                Part = field.Part.Name,
                Field = field.Field.Name,
                TextValue = value.Text,
                NumericValue = value.Numeric,
                BooleanValue = value.Boolean,
                DateValue = value.Date,
                Published = item.Published,
                Latest = item.Latest,
            }));
    }
}
