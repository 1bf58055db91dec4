using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Fields;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Core.Validation;

/// <summary>Validation derived from the definitions: the type exists, parts and fields have their shapes and settings, the path is free.</summary>
public sealed class ContentItemValidator(IContentStore store)
{
    public async Task<IReadOnlyList<ValidationError>> ValidateAsync(ContentItem item, ContentDefinitions definitions, CancellationToken cancellationToken)
    {
        var errors = ValidateShape(item, definitions, prefix: "");
        var path = AutoroutePath.Of(item);
        if (errors.Count == 0 && !string.IsNullOrEmpty(path))
        {
            var owner = await store.FindPathOwnerAsync(path, item.ContentItemId, cancellationToken);
            if (owner is not null)
            {
                errors.Add(new($"{WellKnownParts.Autoroute}.Path", $"the path '{path}' is already used by content item '{owner}'"));
            }
        }

        return errors;
    }

    /// <summary>Everything that can be checked without the database, recursively into bag items.</summary>
    public static List<ValidationError> ValidateShape(ContentItem item, ContentDefinitions definitions, string prefix)
    {
        var type = definitions.Type(item.ContentType);
        if (type is null)
        {
            return [new($"{prefix}ContentType", string.IsNullOrEmpty(item.ContentType)
                ? "ContentType is required"
                : $"the content type '{item.ContentType}' is not defined")];
        }

        var errors = new List<ValidationError>();
        foreach (var field in FieldKinds.FieldsOf(item, type, definitions))
        {
            errors.AddRange(field.Accept(FieldValidator.Instance).Select(e => e with { Field = prefix + e.Field }));
        }

        foreach (var typePart in type.Parts)
        {
            var node = item.Parts[typePart.Name];
            if (node is null)
            {
                continue;
            }

            if (node is not JsonObject part)
            {
                errors.Add(new(prefix + typePart.Name, $"expected an object, found {node.GetValueKind()}"));
                continue;
            }

            errors.AddRange(ValidatePart(typePart, part, definitions, prefix));
        }

        var autoroutePath = AutoroutePath.Of(item);
        if (autoroutePath is not null && !AutoroutePath.IsValid(autoroutePath))
        {
            errors.Add(new($"{prefix}{WellKnownParts.Autoroute}.Path",
                $"'{autoroutePath}' is not a valid path (letters, digits, '-', '_', '.' and '/' between segments; no '..')"));
        }

        return errors;
    }

    private static IEnumerable<ValidationError> ValidatePart(ContentTypePartDefinition typePart, JsonObject part, ContentDefinitions definitions, string prefix)
    {
        var stringProperties = typePart.PartName switch
        {
            WellKnownParts.Title => ["Title"],
            WellKnownParts.Autoroute => ["Path"],
            WellKnownParts.HtmlBody => ["Html"],
            WellKnownParts.MarkdownBody => ["Markdown"],
            WellKnownParts.Localization => ["Culture", "LocalizationSet"],
            _ => Array.Empty<string>(),
        };
        foreach (var property in stringProperties)
        {
            if (part[property] is { } value && (value is not JsonValue v || !v.TryGetValue<string>(out _)))
            {
                yield return new($"{prefix}{typePart.Name}.{property}", $"must be a string, found {value.GetValueKind()}");
            }
        }

        if (typePart.PartName != WellKnownParts.Bag)
        {
            yield break;
        }

        var allowed = typePart.Settings.Setting("BagPartSettings", "ContainedContentTypes").AsStrings();
        if (part["ContentItems"] is not JsonArray children)
        {
            if (part["ContentItems"] is not null)
            {
                yield return new($"{prefix}{typePart.Name}.ContentItems", "must be an array of content items");
            }

            yield break;
        }

        for (var i = 0; i < children.Count; i++)
        {
            var childPrefix = $"{prefix}{typePart.Name}.ContentItems[{i}].";
            if (children[i] is not JsonObject childJson)
            {
                yield return new(childPrefix.TrimEnd('.'), "must be a content item object");
                continue;
            }

            var child = ContentItemJson.FromJson(childJson);
            if (allowed.Count > 0 && !allowed.Contains(child.ContentType))
            {
                yield return new(childPrefix + "ContentType", $"'{child.ContentType}' is not allowed in {typePart.Name} (allowed: {string.Join(", ", allowed)})");
                continue;
            }

            foreach (var error in ValidateShape(child, definitions, childPrefix))
            {
                yield return error;
            }
        }
    }
}
