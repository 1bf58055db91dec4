using System.Text.Json.Nodes;
using Efus.Cms.Admin.Editors;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Metadata;

namespace Efus.Cms.Admin.Taxonomies;

/// <summary>
/// Edits the terms of a taxonomy item in place, in Orchard's shape: <c>TaxonomyPart.Terms</c> is an array
/// of content items (with <c>TitlePart</c>, <c>AutoroutePart</c>, <c>TermPart</c>), each term holding its
/// children in its own <c>Terms</c>. Each change returns an error for the editor, or null when done.
/// </summary>
public sealed class TermTree(ContentItem taxonomy, DateTime now)
{
    private readonly string _now = now.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFZ", System.Globalization.CultureInfo.InvariantCulture);

    public const int MaxNameLength = 200;

    private JsonObject Part => taxonomy.GetOrCreatePart(WellKnownParts.Taxonomy);

    private JsonArray Roots => Part["Terms"] as JsonArray ?? (JsonArray)(Part["Terms"] = new JsonArray());

    public static IReadOnlyList<TermRow> Rows(ContentItem taxonomy)
    {
        var rows = new List<TermRow>();
        Collect(taxonomy.Part(WellKnownParts.Taxonomy)?["Terms"] as JsonArray, 0, rows);
        return rows;
    }

    /// <summary>A new term at the end of the top level, its path under the taxonomy's own (themes/…), unique among the terms.</summary>
    public EditorMessage? Add(string? name, out string? termId)
    {
        termId = null;
        if (Check(name, Roots, exceptId: null) is { } problem)
        {
            return problem;
        }

        var title = name!.Trim();
        var id = IdGenerator.NewId();
        var term = new JsonObject
        {
            ["ContentItemId"] = id,
            ["ContentItemVersionId"] = IdGenerator.NewId(),
            ["ContentType"] = Part["TermContentType"].AsString() ?? "Term",
            ["DisplayText"] = title,
            ["Latest"] = true,
            ["Published"] = true,
            ["ModifiedUtc"] = _now,
            ["PublishedUtc"] = _now,
            ["CreatedUtc"] = _now,
            ["Owner"] = null,
            ["Author"] = null,
            ["TitlePart"] = new JsonObject { ["Title"] = title },
            ["AutoroutePart"] = new JsonObject
            {
                ["Path"] = UniquePath(Slug.From(title)),
                ["SetHomepage"] = false,
                ["Disabled"] = false,
                ["RouteContainedItems"] = false,
                ["Absolute"] = true,
            },
            ["TermPart"] = new JsonObject { ["TaxonomyContentItemId"] = taxonomy.ContentItemId },
        };
        Roots.Add(term);
        termId = id;
        return null;
    }

    /// <summary>A new name; the path stays, so links to the theme page keep working.</summary>
    public EditorMessage? Rename(string termId, string? name)
    {
        if (Find(termId) is not (var siblings, var index))
        {
            return new("Ce terme n’existe plus : la page a peut-être été modifiée entre-temps.");
        }

        if (Check(name, siblings, termId) is { } problem)
        {
            return problem;
        }

        var term = (JsonObject)siblings[index]!;
        var title = name!.Trim();
        term["DisplayText"] = title;
        term["ModifiedUtc"] = _now;
        (term["TitlePart"] as JsonObject ?? (JsonObject)(term["TitlePart"] = new JsonObject()))["Title"] = title;
        return null;
    }

    /// <summary>Moves a term one place up (-1) or down (+1) among its siblings.</summary>
    public EditorMessage? Move(string termId, int offset)
    {
        if (Find(termId) is not (var siblings, var index))
        {
            return new("Ce terme n’existe plus : la page a peut-être été modifiée entre-temps.");
        }

        var target = index + offset;
        if (target < 0 || target >= siblings.Count)
        {
            return new("Ce terme est déjà à cette extrémité de la liste.");
        }

        var term = siblings[index]!;
        siblings.RemoveAt(index);
        siblings.Insert(target, term);
        return null;
    }

    /// <summary>Removes a term and the terms under it.</summary>
    public EditorMessage? Remove(string termId)
    {
        if (Find(termId) is not (var siblings, var index))
        {
            return new("Ce terme n’existe plus : la page a peut-être été modifiée entre-temps.");
        }

        siblings.RemoveAt(index);
        return null;
    }

    /// <summary>The term's id and the ids of the terms under it.</summary>
    public IReadOnlyList<string> IdsUnder(string termId)
    {
        if (Find(termId) is not (var siblings, var index))
        {
            return [];
        }

        var rows = new List<TermRow>();
        Collect(new JsonArray(siblings[index]!.DeepClone()), 0, rows);
        return [.. rows.Select(r => r.ContentItemId)];
    }

    public string? NameOf(string termId) =>
        Find(termId) is (var siblings, var index) ? siblings[index]?["DisplayText"].AsString() : null;

    private EditorMessage? Check(string? name, JsonArray siblings, string? exceptId)
    {
        var title = name?.Trim() ?? "";
        if (title.Length == 0)
        {
            return new("Donnez un nom au terme.");
        }

        if (title.Length > MaxNameLength)
        {
            return new("Le nom d’un terme tient en {0} caractères au plus.", MaxNameLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (Slug.From(title).Length == 0)
        {
            return new("Le nom doit contenir au moins une lettre ou un chiffre.");
        }

        var duplicate = siblings.OfType<JsonObject>().Any(t => t["ContentItemId"].AsString() != exceptId
            && string.Equals(t["DisplayText"].AsString()?.Trim(), title, StringComparison.OrdinalIgnoreCase));
        return duplicate ? new("Un terme porte déjà ce nom : « {0} ».", title) : null;
    }

    private string UniquePath(string slug)
    {
        var prefix = AutoroutePath.Of(taxonomy) is { Length: > 0 } own ? own + "/" : "";
        var taken = Rows(taxonomy).Select(r => r.Path).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var path = prefix + slug;
        for (var n = 2; taken.Contains(path); n++)
        {
            path = $"{prefix}{slug}-{n}";
        }

        return path;
    }

    private (JsonArray Siblings, int Index)? Find(string termId) => Find(Roots, termId);

    private static (JsonArray Siblings, int Index)? Find(JsonArray terms, string termId)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            if (terms[i] is not JsonObject term)
            {
                continue;
            }

            if (term["ContentItemId"].AsString() == termId)
            {
                return (terms, i);
            }

            if (term["Terms"] is JsonArray children && Find(children, termId) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static void Collect(JsonArray? terms, int depth, List<TermRow> rows)
    {
        var list = terms?.OfType<JsonObject>().ToList() ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var term = list[i];
            var id = term["ContentItemId"].AsString() ?? "";
            var name = term["DisplayText"].AsString() ?? (term["TitlePart"] as JsonObject)?["Title"].AsString() ?? id;
            var path = (term["AutoroutePart"] as JsonObject)?["Path"].AsString();
            rows.Add(new TermRow(id, name, path, depth, i == 0, i == list.Count - 1));
            Collect(term["Terms"] as JsonArray, depth + 1, rows);
        }
    }
}
