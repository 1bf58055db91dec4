using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Metadata;

namespace Efus.Cms.Admin.Types;

/// <summary>
/// The changes the types page makes, as pure functions of the definitions: a refused change names the
/// input and the reason and gives no definitions, so nothing is saved. Fields live in the type's own
/// part (the part named after the type), as in Orchard.
/// </summary>
public static class ContentTypeChanges
{
    public const string SearchSettings = "LuceneContentIndexSettings";

    public const string AutoroutePattern = "{{ Model.ContentItem | display_text | slugify }}";

    public static DefinitionChange AddType(ContentDefinitions definitions, string? name, string? displayName)
    {
        name = name?.Trim();
        if (DefinitionNames.CheckType(name, definitions) is { } problem)
        {
            return DefinitionChange.Refused("NewTypeName", problem);
        }

        var label = string.IsNullOrWhiteSpace(displayName) ? name! : displayName.Trim();
        var settings = new JsonObject
        {
            ["ContentTypeSettings"] = new JsonObject
            {
                ["Creatable"] = true,
                ["Listable"] = true,
                ["Draftable"] = true,
                ["Versionable"] = true,
                ["Securable"] = false,
                ["Stereotype"] = null,
                ["Description"] = null,
            },
        };
        var type = new ContentTypeDefinition(name!, label, settings,
        [
            PartRecord("TitlePart", "TitlePart", 0),
            PartRecord("AutoroutePart", "AutoroutePart", 1, new JsonObject
            {
                ["AutoroutePartSettings"] = new JsonObject { ["Pattern"] = AutoroutePattern, ["AllowCustomPath"] = true },
            }),
            PartRecord(name!, name!, 2),
        ]);
        return new(definitions.WithType(type).WithPart(new ContentPartDefinition(name!, [], [])));
    }

    public static DefinitionChange AddField(ContentDefinitions definitions, ContentTypeDefinition type, string? kind, string? name, string? displayName)
    {
        if (kind is null || FieldKindInfo.Of(kind) is null)
        {
            return DefinitionChange.Refused("NewFieldKind", new("Choisissez le genre du champ."));
        }

        name = name?.Trim();
        var part = definitions.Part(type.Name);
        if (DefinitionNames.CheckField(name, part, type) is { } problem)
        {
            return DefinitionChange.Refused("NewFieldName", problem);
        }

        var fields = part?.Fields ?? [];
        var field = new ContentPartFieldDefinition(name!, kind, new JsonObject
        {
            ["ContentPartFieldSettings"] = new JsonObject
            {
                ["DisplayName"] = string.IsNullOrWhiteSpace(displayName) ? name : displayName.Trim(),
                ["Position"] = fields.Length.ToString(CultureInfo.InvariantCulture),
            },
            // Searchable from the start, as the type's other fields (the settings page can turn it off).
            [SearchSettings] = new JsonObject { ["Included"] = true, ["Stored"] = false, ["Keyword"] = false },
        });
        var updatedPart = new ContentPartDefinition(type.Name, part?.Settings ?? [], fields.Add(field));
        var updatedType = type.Part(type.Name) is null
            ? type with { Parts = type.Parts.Add(PartRecord(type.Name, type.Name, type.Parts.Length)) }
            : type;
        return new(definitions.WithPart(updatedPart).WithType(updatedType));
    }

    /// <summary>Attaches a reusable part (one of <see cref="ReusableParts.Attachable"/>) after the type's other parts.</summary>
    public static DefinitionChange AttachPart(ContentDefinitions definitions, ContentTypeDefinition type, string? partName)
    {
        if (partName is null || ReusableParts.LabelOf(partName) is null)
        {
            return DefinitionChange.Refused("NewPart", new("Choisissez une partie de la liste."));
        }

        if (type.Part(partName) is not null)
        {
            return DefinitionChange.Refused("NewPart", new("Le type a déjà la partie « {0} ».", partName));
        }

        var extra = partName == Core.Content.WellKnownParts.Autoroute
            ? new JsonObject { ["AutoroutePartSettings"] = new JsonObject { ["Pattern"] = AutoroutePattern, ["AllowCustomPath"] = true } }
            : null;
        var parts = type.Parts.Add(PartRecord(partName, partName, type.Parts.Length, extra));
        var updated = definitions.WithType(type with { Parts = Renumber(parts) });
        return new(definitions.Part(partName) is null ? updated.WithPart(new ContentPartDefinition(partName, [], [])) : updated);
    }

    /// <summary>
    /// Detaches a part; the items keep its data in their JSON (attaching it again shows it back). The type's own
    /// part is not detachable, nor, while the type has <paramref name="itemCount"/> items, a part others rely on.
    /// </summary>
    public static DefinitionChange DetachPart(ContentDefinitions definitions, ContentTypeDefinition type, string name, int itemCount)
    {
        var part = type.Part(name);
        if (part is null || name == type.Name)
        {
            return DefinitionChange.Refused("part", new("Cette partie ne peut pas être retirée : elle porte les champs du type."));
        }

        if (itemCount > 0 && ReusableParts.HeldByData.Contains(part.PartName))
        {
            return DefinitionChange.Refused("part", new("« {0} » ne peut pas être retirée : {1} contenu(s) de ce type en dépendent (adresses publiques, traductions ou contenus imbriqués). Supprimez-les d’abord.",
                name, itemCount.ToString(CultureInfo.InvariantCulture)));
        }

        return new(definitions.WithType(type with { Parts = Renumber(type.Parts.RemoveAll(p => p.Name == name)) }));
    }

    private static ImmutableArray<ContentTypePartDefinition> Renumber(ImmutableArray<ContentTypePartDefinition> parts) =>
        [.. parts.Select((p, i) =>
        {
            var settings = (JsonObject)p.Settings.DeepClone();
            Group(settings, "ContentTypePartSettings")["Position"] = i.ToString(CultureInfo.InvariantCulture);
            return p with { Settings = settings };
        })];

    public static DefinitionChange RemoveField(ContentDefinitions definitions, ContentTypeDefinition type, string fieldName)
    {
        if (definitions.Part(type.Name) is not { } part || part.Fields.All(f => f.Name != fieldName))
        {
            return DefinitionChange.Refused("fields", new("Ce champ n’existe plus : la page a peut-être été modifiée entre-temps."));
        }

        return new(definitions.WithPart(part with { Fields = Renumber(part.Fields.RemoveAll(f => f.Name == fieldName)) }));
    }

    /// <summary>Moves a field one place up (-1) or down (+1) and writes every field's Position again.</summary>
    public static DefinitionChange MoveField(ContentDefinitions definitions, ContentTypeDefinition type, string fieldName, int offset)
    {
        var part = definitions.Part(type.Name);
        var index = part is null ? -1 : part.Fields.Select(f => f.Name).ToList().IndexOf(fieldName);
        if (part is null || index < 0)
        {
            return DefinitionChange.Refused("fields", new("Ce champ n’existe plus : la page a peut-être été modifiée entre-temps."));
        }

        var target = index + offset;
        if (target < 0 || target >= part.Fields.Length)
        {
            return DefinitionChange.Refused("fields", new("Ce champ est déjà à cette extrémité de la liste."));
        }

        var field = part.Fields[index];
        var fields = part.Fields.RemoveAt(index).Insert(target, field);
        return new(definitions.WithPart(part with { Fields = Renumber(fields) }));
    }

    /// <summary>Writes the settings form into the field's settings, keeping every setting the form does not show.</summary>
    public static DefinitionChange UpdateField(ContentDefinitions definitions, ContentTypeDefinition type, string fieldName, FieldSettingsInput input)
    {
        if (definitions.Part(type.Name) is not { } part || part.Fields.FirstOrDefault(f => f.Name == fieldName) is not { } field
            || FieldKindInfo.Of(field.FieldName) is not { } kind)
        {
            return DefinitionChange.Refused("DisplayName", new("Ce champ n’existe plus ou son genre ne se règle pas ici."));
        }

        var settings = (JsonObject)field.Settings.DeepClone();
        var common = Group(settings, "ContentPartFieldSettings");
        var own = Group(settings, kind.SettingsGroup);
        if (string.IsNullOrWhiteSpace(input.DisplayName))
        {
            return DefinitionChange.Refused("DisplayName", new("Donnez un nom affiché."));
        }

        common["DisplayName"] = input.DisplayName.Trim();
        own["Hint"] = string.IsNullOrWhiteSpace(input.Hint) ? null : input.Hint.Trim();
        if (kind.Required)
        {
            own["Required"] = input.Required;
        }

        if (kind.Range && RangeOf(input, own) is { } rangeProblem)
        {
            return rangeProblem;
        }

        if (kind.Multiple)
        {
            own["Multiple"] = input.Multiple;
        }

        if (kind.Taxonomy)
        {
            own["TaxonomyContentItemId"] = string.IsNullOrWhiteSpace(input.TaxonomyContentItemId) ? null : input.TaxonomyContentItemId;
            own["Unique"] = input.Unique;
        }

        if (kind.ContentTypes)
        {
            var unknown = input.DisplayedContentTypes.FirstOrDefault(t => definitions.Type(t) is null);
            if (unknown is not null)
            {
                return DefinitionChange.Refused("DisplayedContentTypes", new("Le type « {0} » n’existe pas.", unknown));
            }

            own["DisplayedContentTypes"] = new JsonArray([.. input.DisplayedContentTypes.Select(t => (JsonNode)JsonValue.Create(t)!)]);
            own["DisplayAllContentTypes"] = input.DisplayedContentTypes.Count == 0;
        }

        Group(settings, SearchSettings)["Included"] = input.Searchable;
        if (kind.CheckboxLabel)
        {
            own["Label"] = string.IsNullOrWhiteSpace(input.Label) ? null : input.Label.Trim();
        }

        var fields = part.Fields.Replace(field, field with { Settings = settings });
        return new(definitions.WithPart(part with { Fields = fields }));
    }

    /// <summary>Parses a number typed with a point or a French comma; null when empty.</summary>
    public static bool TryNumber(string? text, out decimal? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        // French writes 1 234,5 (a space or a no-break space between thousands).
        var normalized = string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c is not ('\u00a0' or '\u202f'))).Replace(',', '.');
        if (decimal.TryParse(normalized, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    private static DefinitionChange? RangeOf(FieldSettingsInput input, JsonObject own)
    {
        if (!TryNumber(input.Minimum, out var minimum))
        {
            return DefinitionChange.Refused("Minimum", new("Le minimum doit être un nombre, par exemple 1990."));
        }

        if (!TryNumber(input.Maximum, out var maximum))
        {
            return DefinitionChange.Refused("Maximum", new("Le maximum doit être un nombre, par exemple 2100."));
        }

        if (minimum > maximum)
        {
            return DefinitionChange.Refused("Maximum", new("Le maximum doit être supérieur ou égal au minimum."));
        }

        if (!TryNumber(input.Scale, out var scale) || scale is < 0 or > 10 || scale % 1 != 0)
        {
            return DefinitionChange.Refused("Scale", new("Le nombre de décimales est un entier de 0 à 10."));
        }

        own["Minimum"] = minimum;
        own["Maximum"] = maximum;
        own["Scale"] = scale is null ? null : (int)scale.Value;
        return null;
    }

    private static JsonObject Group(JsonObject settings, string name) =>
        settings[name] as JsonObject ?? (JsonObject)(settings[name] = new JsonObject());

    private static ImmutableArray<ContentPartFieldDefinition> Renumber(ImmutableArray<ContentPartFieldDefinition> fields) =>
        [.. fields.Select((f, i) =>
        {
            var settings = (JsonObject)f.Settings.DeepClone();
            Group(settings, "ContentPartFieldSettings")["Position"] = i.ToString(CultureInfo.InvariantCulture);
            return f with { Settings = settings };
        })];

    private static ContentTypePartDefinition PartRecord(string name, string partName, int position, JsonObject? extra = null)
    {
        var settings = new JsonObject
        {
            ["ContentTypePartSettings"] = new JsonObject { ["Position"] = position.ToString(CultureInfo.InvariantCulture) },
        };
        settings.MergeFrom(extra ?? []);
        return new ContentTypePartDefinition(name, partName, settings);
    }
}
