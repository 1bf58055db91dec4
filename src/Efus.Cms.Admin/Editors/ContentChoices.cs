using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Fields;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Admin.Editors;

/// <summary>
/// The options of pickers and taxonomies, loaded once per request: published items of the allowed
/// types (sorted by title, in the database), the terms of a taxonomy with their nesting.
/// </summary>
public sealed class ContentChoices(IContentManager contentManager, IMediaStore media)
{
    /// <summary>A picker lists at most this many items; the text filter narrows them in the browser.</summary>
    public const int MaxPickerItems = 500;

    private readonly Dictionary<string, IReadOnlyList<ContentItem>> _items = new(StringComparer.Ordinal);

    private readonly Dictionary<string, IReadOnlyList<(ContentItem Term, int Depth)>> _terms = new(StringComparer.Ordinal);

    private IReadOnlyList<MediaFileInfo>? _files;

    public async Task<IReadOnlyList<Choice>> ForAsync(FieldContext field, IFieldEditor editor, CancellationToken cancellationToken) => editor.Choices switch
    {
        ChoiceSource.ContentItems => await PickerAsync(field, cancellationToken),
        ChoiceSource.TaxonomyTerms => await TermsAsync(field, cancellationToken),
        ChoiceSource.MediaFiles => await MediaAsync(field, cancellationToken),
        _ => [],
    };

    private async Task<IReadOnlyList<Choice>> PickerAsync(FieldContext field, CancellationToken cancellationToken)
    {
        var types = field.Field.Setting("ContentPickerFieldSettings", "DisplayedContentTypes").AsStrings();
        var all = field.Field.Setting("ContentPickerFieldSettings", "DisplayAllContentTypes").AsBool() == true || types.Count == 0;
        var key = all ? "*" : string.Join('|', types);
        if (!_items.TryGetValue(key, out var items))
        {
            var page = await contentManager.QueryAsync(new ContentQuery
            {
                ContentTypes = all ? null : types,
                Status = ContentStatus.Published,
                OrderBy = ContentOrder.DisplayTextAscending,
                Take = MaxPickerItems,
                IncludeTotal = false,
            }, cancellationToken);
            items = page.Items;
            _items[key] = items;
        }

        var selected = ContentPickerFieldEditor.Selected(field);
        var choices = items.Select(i => new Choice(i.ContentItemId, i.DisplayText ?? i.ContentItemId, selected.Contains(i.ContentItemId))).ToList();

        // A chosen item that is not (or no longer) published stays chosen, so saving does not drop it silently.
        foreach (var id in selected.Where(id => choices.All(c => c.Value != id)))
        {
            var item = await contentManager.GetAsync(id, VersionOptions.Latest, cancellationToken);
            choices.Add(new Choice(id, item?.DisplayText ?? id, Selected: true, Hint: item is null ? "introuvable" : "non publié"));
        }

        return choices;
    }

    private async Task<IReadOnlyList<Choice>> TermsAsync(FieldContext field, CancellationToken cancellationToken)
    {
        var taxonomyId = TaxonomyFieldEditor.TaxonomyId(field);
        if (taxonomyId is null)
        {
            return [];
        }

        if (!_terms.TryGetValue(taxonomyId, out var terms))
        {
            var taxonomy = await contentManager.GetAsync(taxonomyId, VersionOptions.Latest, cancellationToken);
            var list = new List<(ContentItem, int)>();
            Collect(taxonomy?.Part(WellKnownParts.Taxonomy)?["Terms"] as JsonArray, 0, list);
            terms = list;
            _terms[taxonomyId] = terms;
        }

        var selected = TaxonomyFieldEditor.Selected(field);
        var choices = terms.Select(t => new Choice(t.Term.ContentItemId, t.Term.DisplayText ?? t.Term.ContentItemId, selected.Contains(t.Term.ContentItemId), t.Depth)).ToList();
        foreach (var id in selected.Where(id => choices.All(c => c.Value != id)))
        {
            choices.Add(new Choice(id, id, Selected: true, Hint: "introuvable"));
        }

        return choices;
    }

    /// <summary>The library's files (sizes and dates only, never their content); a chosen path that is gone stays chosen.</summary>
    private async Task<IReadOnlyList<Choice>> MediaAsync(FieldContext field, CancellationToken cancellationToken)
    {
        _files ??= await media.ListAsync(cancellationToken);
        var selected = MediaFieldEditor.Selected(field);
        var choices = _files.Take(MaxPickerItems).Select(f => new Choice(f.Path, f.Path, selected.Contains(f.Path))).ToList();
        foreach (var path in selected.Where(p => choices.All(c => c.Value != p)))
        {
            choices.Add(new Choice(path, path, Selected: true, Hint: _files.Any(f => f.Path == path) ? null : "introuvable"));
        }

        return choices;
    }

    private static void Collect(JsonArray? terms, int depth, List<(ContentItem, int)> result)
    {
        foreach (var term in terms?.OfType<JsonObject>() ?? [])
        {
            result.Add((ContentItemJson.FromJson(term), depth));
            Collect(term["Terms"] as JsonArray, depth + 1, result);
        }
    }
}
