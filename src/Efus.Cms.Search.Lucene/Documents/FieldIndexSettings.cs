using System.Text.Json.Nodes;
using Efus.Cms.Core.Metadata;

namespace Efus.Cms.Search.Lucene.Documents;

/// <summary>Orchard's <c>LuceneContentIndexSettings</c> of a field or a part: indexed at all, stored, kept as one keyword.</summary>
public sealed record FieldIndexSettings(bool Included, bool Stored, bool Keyword)
{
    public const string Group = "LuceneContentIndexSettings";

    public static FieldIndexSettings From(JsonObject settings) => new(
        settings.Setting(Group, "Included").AsBool() ?? false,
        settings.Setting(Group, "Stored").AsBool() ?? false,
        settings.Setting(Group, "Keyword").AsBool() ?? false);
}
