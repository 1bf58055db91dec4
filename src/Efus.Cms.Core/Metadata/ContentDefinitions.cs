using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Core.Metadata;

/// <summary>An immutable snapshot of every type and part definition; kept per node by <see cref="DocumentCache{T}"/>.</summary>
public sealed record ContentDefinitions(
    ImmutableSortedDictionary<string, ContentTypeDefinition> Types,
    ImmutableSortedDictionary<string, ContentPartDefinition> Parts) : IParsedDocument<ContentDefinitions>
{
    public static ContentDefinitions Empty { get; } = new(
        ImmutableSortedDictionary.Create<string, ContentTypeDefinition>(StringComparer.Ordinal),
        ImmutableSortedDictionary.Create<string, ContentPartDefinition>(StringComparer.Ordinal));

    public static string DocumentName => DocumentNames.ContentDefinitions;

    public static ContentDefinitions Parse(JsonObject? document) => document is null ? Empty : ContentDefinitionJson.FromJson(document);

    public ContentTypeDefinition? Type(string name) => Types.GetValueOrDefault(name);

    public ContentPartDefinition? Part(string name) => Parts.GetValueOrDefault(name);

    /// <summary>The fields of a type's part (by the part definition's name), empty when the part has none.</summary>
    public IReadOnlyList<ContentPartFieldDefinition> FieldsOf(ContentTypePartDefinition typePart) =>
        Part(typePart.PartName)?.Fields ?? [];

    public ContentDefinitions WithType(ContentTypeDefinition type) => this with { Types = Types.SetItem(type.Name, type) };

    public ContentDefinitions WithPart(ContentPartDefinition part) => this with { Parts = Parts.SetItem(part.Name, part) };

    public ContentDefinitions WithoutType(string name) => this with { Types = Types.Remove(name) };

    public ContentDefinitions WithoutPart(string name) => this with { Parts = Parts.Remove(name) };
}
