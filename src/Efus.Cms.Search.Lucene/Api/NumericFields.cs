using Efus.Cms.Core.Fields;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Search.Lucene.Documents;
using Lucene.Net.Documents;

namespace Efus.Cms.Search.Lucene.Api;

/// <summary>Which document fields hold numbers (Int64Field, DoubleField), from the content definitions: the DSL needs it for ranges and terms.</summary>
public static class NumericFields
{
    public static Func<string, NumericType> Of(ContentDefinitions definitions)
    {
        var types = new Dictionary<string, NumericType>(StringComparer.Ordinal);
        foreach (var type in definitions.Types.Values)
        {
            foreach (var typePart in type.Parts)
            {
                foreach (var field in definitions.FieldsOf(typePart).Where(f => f.FieldName == FieldKinds.Numeric))
                {
                    foreach (var key in ContentDocumentBuilder.FieldKeys(type.Name, typePart.Name, field.Name))
                    {
                        types[key] = FieldIndexVisitor.NumericTypeOf(field);
                    }
                }
            }
        }

        return name => types.GetValueOrDefault(name, NumericType.NONE);
    }
}
