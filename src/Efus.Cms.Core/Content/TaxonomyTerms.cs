using System.Text.Json.Nodes;

namespace Efus.Cms.Core.Content;

/// <summary>Terms live inside their taxonomy item (TaxonomyPart.Terms, nested through each term's own Terms).</summary>
public static class TaxonomyTerms
{
    public static IEnumerable<ContentItem> Flatten(ContentItem? taxonomy)
    {
        if (taxonomy?.Part(WellKnownParts.Taxonomy)?["Terms"] is not JsonArray terms)
        {
            return [];
        }

        var result = new List<ContentItem>();
        Collect(terms, result);
        return result;
    }

    private static void Collect(JsonArray terms, List<ContentItem> result)
    {
        foreach (var term in terms.OfType<JsonObject>())
        {
            result.Add(ContentItemJson.FromJson(term));
            if (term["Terms"] is JsonArray children)
            {
                Collect(children, result);
            }
        }
    }
}
