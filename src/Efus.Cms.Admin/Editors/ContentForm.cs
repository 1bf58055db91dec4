using System.Globalization;
using System.Text.Json.Nodes;
using Efus.Cms.Admin.Localization;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Fields;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;
using Efus.Cms.Core.Validation;
using Microsoft.AspNetCore.Http;

namespace Efus.Cms.Admin.Editors;

/// <summary>
/// An item's form, generated from its type definition: the blocks to render (title, path, culture,
/// body, one editor per field, bags) and the reverse, the posted form applied onto a version.
/// Inputs are named <c>c.{Part}.{Field}</c> (bag items <c>c.{Bag}.{index}.{Part}.{Field}</c>);
/// errors are matched by the validator's <c>Part.Field</c> names.
/// </summary>
public sealed class ContentForm(ContentChoices choices, AdminText text, ContentHtmlSanitizer sanitizer, IDocumentStore documents)
{
    public const string Prefix = "c.";

    /// <summary>Marks an input as rendered, so that a field the form did not show (or an unticked box list) is told apart.</summary>
    public const string PresentSuffix = "._";

    public async Task<ContentFormView> BuildAsync(ContentItem item, ContentDefinitions definitions, IReadOnlyList<ValidationError> errors, CancellationToken cancellationToken)
    {
        var type = definitions.Type(item.ContentType) ?? throw new InvalidOperationException($"The content type '{item.ContentType}' is not defined.");
        var context = new BuildContext(definitions, errors, await SupportedCulturesAsync(cancellationToken));
        var blocks = await BlocksAsync(type, item.Parts, Prefix, "", context, cancellationToken);
        foreach (var error in errors.Where(e => !context.Placed.Contains(e.Field)))
        {
            context.Summary.Add(new FormError(ValidationMessages.Localize(error, text), null, error.Field));
        }

        return new ContentFormView(blocks, context.Summary);
    }

    /// <summary>The posted form applied onto a copy of <paramref name="baseItem"/>; what the form does not show is kept.</summary>
    public (ContentItem Item, IReadOnlyList<ValidationError> Problems) Read(ContentItem baseItem, ContentDefinitions definitions, IFormCollection form)
    {
        var item = baseItem.Clone();
        var type = definitions.Type(item.ContentType) ?? throw new InvalidOperationException($"The content type '{item.ContentType}' is not defined.");
        var problems = new List<ValidationError>();
        ReadParts(type, item.Parts, definitions, form, Prefix, "", problems);
        if (type.HasPart(WellKnownParts.Title))
        {
            item.DisplayText = item.Part(WellKnownParts.Title)?["Title"].AsString();
        }

        return (item, problems);
    }

    /// <summary>
    /// Adds, moves or removes an item of a bag (<c>add:Sessions</c>, <c>up:Sessions:2</c>,
    /// <c>down:Sessions:0</c>, <c>remove:Sessions:1</c>); returns the id of the input to focus next.
    /// </summary>
    public string? ApplyBagAction(ContentItem item, ContentDefinitions definitions, string action)
    {
        var parts = action.Split(':');
        var type = definitions.Type(item.ContentType);
        var bag = parts.Length >= 2 ? type?.Part(parts[1]) : null;
        if (bag is null || bag.PartName != WellKnownParts.Bag)
        {
            return null;
        }

        var part = item.GetOrCreatePart(bag.Name);
        if (part["ContentItems"] is not JsonArray children)
        {
            children = [];
            part["ContentItems"] = children;
        }

        var index = parts.Length >= 3 && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var i) ? i : -1;
        var namePrefix = Prefix + bag.Name + ".";
        switch (parts[0])
        {
            case "add":
                var containedType = ContainedTypes(bag) is [var first, ..] ? first : "";
                children.Add(new JsonObject
                {
                    ["ContentItemId"] = IdGenerator.NewId(),
                    ["ContentType"] = containedType,
                    ["DisplayText"] = "",
                    [WellKnownParts.Title] = new JsonObject { ["Title"] = "" },
                });
                return IdOf(namePrefix + (children.Count - 1).ToString(CultureInfo.InvariantCulture) + "." + WellKnownParts.Title + ".Title");
            case "up" when index > 0 && index < children.Count:
                Swap(children, index, index - 1);
                return IdOf(namePrefix + (index - 1).ToString(CultureInfo.InvariantCulture) + ".up");
            case "down" when index >= 0 && index < children.Count - 1:
                Swap(children, index, index + 1);
                return IdOf(namePrefix + (index + 1).ToString(CultureInfo.InvariantCulture) + ".down");
            case "remove" when index >= 0 && index < children.Count:
                children.RemoveAt(index);
                return IdOf(Prefix + bag.Name + ".add");
            default:
                return null;
        }
    }

    /// <summary>The DOM id of an input name.</summary>
    public static string IdOf(string name) =>
        "f-" + string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));

    private async Task<IReadOnlyList<EditorBlock>> BlocksAsync(ContentTypeDefinition type, JsonObject parts, string namePrefix, string keyPrefix, BuildContext context, CancellationToken cancellationToken)
    {
        var blocks = new List<EditorBlock>();
        foreach (var typePart in type.Parts)
        {
            var part = parts[typePart.Name] as JsonObject;
            var name = namePrefix + typePart.Name;
            var key = keyPrefix + typePart.Name;
            switch (typePart.PartName)
            {
                case WellKnownParts.Title:
                    blocks.Add(new TitleBlock(name + ".Title", IdOf(name + ".Title"), part?["Title"].AsString() ?? "", context.ErrorsFor(key + ".Title", IdOf(name + ".Title"), text["Titre"], text)));
                    break;
                case WellKnownParts.Autoroute when typePart.Settings.Setting("AutoroutePartSettings", "AllowCustomPath").AsBool() != false:
                    var title = parts[WellKnownParts.Title]?["Title"].AsString();
                    var generated = AutoroutePath.Generate(typePart.Settings.Setting("AutoroutePartSettings", "Pattern").AsString(),
                        new ContentItem { DisplayText = string.IsNullOrWhiteSpace(title) ? text["Mon titre"] : title });
                    blocks.Add(new PathBlock(name + ".Path", IdOf(name + ".Path"), part?["Path"].AsString() ?? "", generated,
                        context.ErrorsFor(key + ".Path", IdOf(name + ".Path"), text["Chemin"], text)));
                    break;
                case WellKnownParts.Localization:
                    var culture = part?["Culture"].AsString() ?? (context.Cultures is [var defaultCulture, ..] ? defaultCulture : "");
                    var cultures = context.Cultures.Contains(culture) || culture.Length == 0 ? context.Cultures : [.. context.Cultures, culture];
                    blocks.Add(new CultureBlock(name + ".Culture", IdOf(name + ".Culture"), culture, cultures));
                    break;
                case WellKnownParts.HtmlBody:
                    blocks.Add(new BodyBlock(name + ".Html", IdOf(name + ".Html"), sanitizer.Sanitize(part?["Html"].AsString() ?? ""),
                        context.ErrorsFor(key + ".Html", IdOf(name + ".Html"), text["Corps"], text)));
                    break;
                case WellKnownParts.Bag:
                    blocks.Add(await BagAsync(typePart, part, name, key, context, cancellationToken));
                    break;
                default:
                    break;
            }

            foreach (var fieldDefinition in context.Definitions.FieldsOf(typePart))
            {
                var field = new FieldContext(type, typePart, fieldDefinition, part?[fieldDefinition.Name]);
                if (field.Field.FieldName == FieldKinds.Html && field.Value is JsonObject html && html["Html"].AsString() is { } value)
                {
                    // Shown back as typed after a refused save: cleaned first, as it would have been stored.
                    field = field with { Value = new JsonObject { ["Html"] = sanitizer.Sanitize(value) } };
                }

                var editor = field.Accept(FieldEditors.Instance);
                var fieldName = name + "." + fieldDefinition.Name;
                var id = IdOf(fieldName);
                blocks.Add(new FieldBlock(field, editor, fieldName, id,
                    await choices.ForAsync(field, editor, cancellationToken),
                    context.ErrorsFor(key + "." + fieldDefinition.Name, id, fieldDefinition.DisplayName, text)));
            }
        }

        return blocks;
    }

    private async Task<BagBlock> BagAsync(ContentTypePartDefinition bag, JsonObject? part, string name, string key, BuildContext context, CancellationToken cancellationToken)
    {
        var entries = new List<BagEntry>();
        var children = (part?["ContentItems"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            var childTypeName = child["ContentType"].AsString() ?? "";
            var childType = context.Definitions.Type(childTypeName);
            var prefix = name + "." + i.ToString(CultureInfo.InvariantCulture) + ".";
            var blocks = childType is null
                ? []
                : await BlocksAsync(childType, child, prefix, $"{key}.ContentItems[{i.ToString(CultureInfo.InvariantCulture)}].", context, cancellationToken);
            var title = child[WellKnownParts.Title]?["Title"].AsString() ?? child["DisplayText"].AsString() ?? "";
            entries.Add(new BagEntry(i, prefix, child["ContentItemId"].AsString() ?? IdGenerator.NewId(), childTypeName, title, blocks));
        }

        var contained = ContainedTypes(bag) is [var containedType, ..] ? containedType : "";
        return new BagBlock(name, IdOf(name), bag.DisplayName ?? bag.Name, contained,
            context.Definitions.Type(contained)?.DisplayName ?? contained, entries,
            context.ErrorsFor(key, IdOf(name + ".add"), bag.DisplayName ?? bag.Name, text));
    }

    private void ReadParts(ContentTypeDefinition type, JsonObject parts, ContentDefinitions definitions, IFormCollection form, string namePrefix, string keyPrefix, List<ValidationError> problems)
    {
        foreach (var typePart in type.Parts)
        {
            var name = namePrefix + typePart.Name;
            switch (typePart.PartName)
            {
                case WellKnownParts.Title when form.ContainsKey(name + ".Title"):
                    PartOf(parts, typePart.Name)["Title"] = FormValues.Text(form, name + ".Title").Trim();
                    break;
                case WellKnownParts.Autoroute when form.ContainsKey(name + ".Path"):
                    PartOf(parts, typePart.Name)["Path"] = FormValues.Text(form, name + ".Path").Trim();
                    break;
                case WellKnownParts.Localization when form.ContainsKey(name + ".Culture"):
                    var localization = PartOf(parts, typePart.Name);
                    localization["Culture"] = FormValues.Text(form, name + ".Culture").Trim();
                    if (string.IsNullOrEmpty(localization["LocalizationSet"].AsString()))
                    {
                        localization["LocalizationSet"] = IdGenerator.NewId();
                    }

                    break;
                case WellKnownParts.HtmlBody when form.ContainsKey(name + ".Html"):
                    PartOf(parts, typePart.Name)["Html"] = FormValues.Text(form, name + ".Html");
                    break;
                case WellKnownParts.Bag when form.ContainsKey(name + ".n"):
                    ReadBag(typePart, PartOf(parts, typePart.Name), definitions, form, name, keyPrefix + typePart.Name, problems);
                    break;
                default:
                    break;
            }

            foreach (var fieldDefinition in definitions.FieldsOf(typePart))
            {
                var fieldName = name + "." + fieldDefinition.Name;
                if (!form.ContainsKey(fieldName + PresentSuffix))
                {
                    continue;
                }

                var part = PartOf(parts, typePart.Name);
                var value = part[fieldDefinition.Name] is JsonObject existing ? (JsonObject)existing.DeepClone() : [];
                var field = new FieldContext(type, typePart, fieldDefinition, value);
                foreach (var problem in field.Accept(FieldEditors.Instance).Read(field, form, fieldName, value))
                {
                    problems.Add(new ValidationError(keyPrefix + typePart.Name + "." + fieldDefinition.Name, text.Message(problem)));
                }

                part[fieldDefinition.Name] = value;
            }
        }
    }

    private void ReadBag(ContentTypePartDefinition bag, JsonObject part, ContentDefinitions definitions, IFormCollection form, string name, string key, List<ValidationError> problems)
    {
        var allowed = ContainedTypes(bag);
        var previous = (part["ContentItems"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(c => c["ContentItemId"].AsString() is not null)
            .GroupBy(c => c["ContentItemId"].AsString()!)
            .ToDictionary(g => g.Key, g => g.First());
        var count = int.TryParse(form[name + ".n"], CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 0, 200) : 0;
        var children = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            var prefix = name + "." + i.ToString(CultureInfo.InvariantCulture) + ".";
            var id = FormValues.Text(form, prefix + "id").Trim();
            var childTypeName = FormValues.Text(form, prefix + "type").Trim();
            var childType = definitions.Type(childTypeName);
            if (childType is null || (allowed.Count > 0 && !allowed.Contains(childTypeName)))
            {
                continue;
            }

            var child = id.Length > 0 && previous.TryGetValue(id, out var existing)
                ? (JsonObject)existing.DeepClone()
                : new JsonObject { ["ContentItemId"] = id.Length > 0 ? id : IdGenerator.NewId(), ["ContentType"] = childTypeName };
            ReadParts(childType, child, definitions, form, prefix, $"{key}.ContentItems[{i.ToString(CultureInfo.InvariantCulture)}].", problems);
            if (childType.HasPart(WellKnownParts.Title))
            {
                child["DisplayText"] = child[WellKnownParts.Title]?["Title"].AsString();
            }

            children.Add(child);
        }

        part["ContentItems"] = children;
    }

    private static JsonObject PartOf(JsonObject parts, string name)
    {
        if (parts[name] is JsonObject part)
        {
            return part;
        }

        part = [];
        parts[name] = part;
        return part;
    }

    private static IReadOnlyList<string> ContainedTypes(ContentTypePartDefinition bag) =>
        bag.Settings.Setting("BagPartSettings", "ContainedContentTypes").AsStrings();

    private static void Swap(JsonArray array, int a, int b)
    {
        var first = array[a];
        var second = array[b];
        array[a] = null;
        array[b] = null;
        array[a] = second;
        array[b] = first;
    }

    /// <summary>The site's cultures (the Site document's LocalizationSettings), French when none is set.</summary>
    public async Task<IReadOnlyList<string>> SupportedCulturesAsync(CancellationToken cancellationToken)
    {
        var site = await documents.GetAsync(DocumentNames.Site, cancellationToken);
        // Orchard keeps feature settings under Properties (as the settings step stores them); a hand-written document may have them at the top.
        var localization = (site?["Properties"] as JsonObject)?["LocalizationSettings"] as JsonObject ?? site?["LocalizationSettings"] as JsonObject;
        var cultures = localization?["SupportedCultures"].AsStrings() ?? [];
        return cultures.Count > 0 ? cultures : ["fr-FR"];
    }

    private sealed class BuildContext(ContentDefinitions definitions, IReadOnlyList<ValidationError> errors, IReadOnlyList<string> cultures)
    {
        public ContentDefinitions Definitions { get; } = definitions;

        public IReadOnlyList<string> Cultures { get; } = cultures;

        public HashSet<string> Placed { get; } = new(StringComparer.Ordinal);

        public List<FormError> Summary { get; } = [];

        public IReadOnlyList<string> ErrorsFor(string key, string targetId, string label, AdminText text)
        {
            var messages = errors.Where(e => e.Field == key).Select(e => ValidationMessages.Localize(e, text)).ToList();
            if (messages.Count > 0)
            {
                Placed.Add(key);
                Summary.AddRange(messages.Select(m => new FormError(m, targetId, label)));
            }

            return messages;
        }
    }
}
