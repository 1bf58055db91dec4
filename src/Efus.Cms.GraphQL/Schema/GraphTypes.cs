using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;
using Efus.Cms.GraphQL.Execution;
using Efus.Cms.GraphQL.Filtering;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Efus.Cms.GraphQL.Schema;

/// <summary>
/// The types every schema shares, created once per build: scalars, enums, the <c>ContentItem</c>
/// interface, the object types of field kinds and well-known parts, and the reference filters.
/// </summary>
internal sealed class GraphTypes
{
    public GraphTypes()
    {
        ContentItem = new InterfaceGraphType { Name = "ContentItem", Description = "A content item version, as Orchard Core's ContentItem." };
        foreach (var field in CommonFields())
        {
            // Interface fields carry no resolver: each object type resolves its own.
            field.Resolver = null;
            ContentItem.AddField(field);
        }

        Status = new EnumerationGraphType { Name = "Status", Description = "Which versions a list returns." };
        Status.Add("PUBLISHED", ContentStatus.Published, "The published version of each item (the default).");
        Status.Add("DRAFT", ContentStatus.Draft, "The latest version of each item when it is not published.");
        Status.Add("LATEST", ContentStatus.Latest, "The latest version of each item, published or not.");
        Status.Add("ALL", ContentStatus.All, "Every version.");

        OrderByDirection = new EnumerationGraphType { Name = "OrderByDirection" };
        OrderByDirection.Add("ASC", false, "Ascending.");
        OrderByDirection.Add("DESC", true, "Descending.");

        ContentItemList = new NonNullGraphType(new ListGraphType(new NonNullGraphType(ContentItem)));

        HtmlField = Object("HtmlField", ("html", String, v => Text(v, "Html")));
        MarkdownField = Object("MarkdownField", ("markdown", String, v => Text(v, "Markdown")),
            ("html", String, v => MarkdownHtml.Render(Text(v, "Markdown"))));
        LinkField = Object("LinkField", ("url", String, v => Text(v, "Url")), ("text", String, v => Text(v, "Text")),
            ("target", String, v => Text(v, "Target")));
        MediaField = Object("MediaField",
            ("paths", StringList, v => Strings(v, "Paths")),
            ("urls", StringList, v => Strings(v, "Paths").Select(MediaUrl).ToList()),
            ("fileNames", StringList, v => Strings(v, "Paths").Select(p => p[(p.LastIndexOf('/') + 1)..]).ToList()),
            ("mediatexts", StringList, v => Strings(v, "MediaTexts")));

        ContentPickerField = Object("ContentPickerField", ("contentItemIds", StringList, v => Strings(v, "ContentItemIds")));
        ContentPickerField.AddField(new FieldType
        {
            Name = "contentItems",
            Description = "The published items picked that the caller may view, in the order picked.",
            ResolvedType = ContentItemList,
            Resolver = new FuncFieldResolver<object>(ctx =>
                GraphQLRequestContext.Of(ctx).ViewableItems(Strings(ctx.Source as JsonNode, "ContentItemIds"))),
        });

        TaxonomyField = Object("TaxonomyField",
            ("taxonomyContentItemId", String, v => Text(v, "TaxonomyContentItemId")),
            ("termContentItemIds", StringList, v => Strings(v, "TermContentItemIds")));
        TaxonomyField.AddField(new FieldType
        {
            Name = "termContentItems",
            Description = "The terms chosen, read from the published taxonomy, in the order chosen (those the caller may view).",
            ResolvedType = ContentItemList,
            Resolver = new FuncFieldResolver<object>(ResolveTerms),
        });
        TaxonomyField.AddField(new FieldType
        {
            Name = "taxonomyContentItem",
            Description = "The published taxonomy the terms belong to, when the caller may view it.",
            ResolvedType = ContentItem,
            Resolver = new FuncFieldResolver<object>(ctx => Text(ctx.Source as JsonNode, "TaxonomyContentItemId") is { } id
                ? GraphQLRequestContext.Of(ctx).ViewableItem(id)
                : null),
        });

        HtmlBodyPart = Object("HtmlBodyPart", ("html", String, v => Text(v, "Html")));
        MarkdownBodyPart = Object("MarkdownBodyPart", ("markdown", String, v => Text(v, "Markdown")),
            ("html", String, v => MarkdownHtml.Render(Text(v, "Markdown"))));
        BagPart = new ObjectGraphType { Name = "BagPart", Description = "Items kept inside their container (Orchard's BagPart)." };
        BagPart.AddField(new FieldType
        {
            Name = "contentItems",
            ResolvedType = ContentItemList,
            Resolver = new FuncFieldResolver<object>(ctx => Items((ctx.Source as JsonNode)?["ContentItems"])),
        });
        TaxonomyPart = Object("TaxonomyPart", ("termContentType", String, v => Text(v, "TermContentType")));
        TaxonomyPart.AddField(new FieldType
        {
            Name = "contentItems",
            Description = "The taxonomy's top-level terms.",
            ResolvedType = ContentItemList,
            Resolver = new FuncFieldResolver<object>(ctx => Items((ctx.Source as JsonNode)?["Terms"])),
        });
        LocalizationPart = Object("LocalizationPart", ("culture", String, v => Text(v, "Culture")),
            ("localizationSet", String, v => Text(v, "LocalizationSet")));
        LocalizationPart.AddField(new FieldType
        {
            Name = "localizations",
            Description = "The published translations of the item (itself included) that the caller may view, optionally of one culture.",
            Arguments = new QueryArguments(new QueryArgument(String) { Name = "culture", Description = "A culture such as fr-FR." }),
            ResolvedType = ContentItemList,
            Resolver = new FuncFieldResolver<object>(ResolveLocalizations),
        });

        ReferenceWhere = ReferenceInput("ContentPickerFieldWhereInput", "contentItemIds", "picked item");
        TaxonomyWhere = ReferenceInput("TaxonomyFieldWhereInput", "termContentItemIds", "chosen term");
        LocalizationWhere = new InputObjectGraphType { Name = "LocalizationPartWhereInput" };
        WhereInputs.AddOperators(LocalizationWhere, "culture", OperatorSet.String, String, ListOf(String),
            (op, negate) => new FilterBinding.OnColumn(ContentColumn.Culture, op, negate));
        WhereInputs.AddOperators(LocalizationWhere, "localizationSet", OperatorSet.Id, String, ListOf(String),
            (op, negate) => new FilterBinding.OnColumn(ContentColumn.LocalizationSet, op, negate));
    }

    public StringGraphType String { get; } = new();

    public IntGraphType Int { get; } = new();

    public BooleanGraphType Boolean { get; } = new();

    public DecimalGraphType Decimal { get; } = new();

    public DateGraphType Date { get; } = new();

    public DateTimeGraphType DateTime { get; } = new();

    public ListGraphType StringList => ListOf(String);

    public InterfaceGraphType ContentItem { get; }

    public IGraphType ContentItemList { get; }

    public EnumerationGraphType Status { get; }

    public EnumerationGraphType OrderByDirection { get; }

    public ObjectGraphType HtmlField { get; }

    public ObjectGraphType MarkdownField { get; }

    public ObjectGraphType LinkField { get; }

    public ObjectGraphType MediaField { get; }

    public ObjectGraphType ContentPickerField { get; }

    public ObjectGraphType TaxonomyField { get; }

    public ObjectGraphType HtmlBodyPart { get; }

    public ObjectGraphType MarkdownBodyPart { get; }

    public ObjectGraphType BagPart { get; }

    public ObjectGraphType TaxonomyPart { get; }

    public ObjectGraphType LocalizationPart { get; }

    public InputObjectGraphType ReferenceWhere { get; }

    public InputObjectGraphType TaxonomyWhere { get; }

    public InputObjectGraphType LocalizationWhere { get; }

    public static ListGraphType ListOf(IGraphType type) => new(new NonNullGraphType(type));

    /// <summary>The fields of the <c>ContentItem</c> interface, with resolvers over <see cref="Core.Content.ContentItem"/>.</summary>
    public IEnumerable<FieldType> CommonFields()
    {
        yield return Common("contentItemId", new NonNullGraphType(String), i => i.ContentItemId);
        yield return Common("contentItemVersionId", new NonNullGraphType(String), i => i.ContentItemVersionId);
        yield return Common("contentType", new NonNullGraphType(String), i => i.ContentType);
        yield return Common("displayText", String, i => i.DisplayText);
        yield return Common("published", new NonNullGraphType(Boolean), i => i.Published);
        yield return Common("latest", new NonNullGraphType(Boolean), i => i.Latest);
        yield return Common("modifiedUtc", DateTime, i => i.ModifiedUtc);
        yield return Common("publishedUtc", DateTime, i => i.PublishedUtc);
        yield return Common("createdUtc", DateTime, i => i.CreatedUtc);
        yield return Common("owner", String, i => i.Owner);
        yield return Common("author", String, i => i.Author);
    }

    public static string? Text(JsonNode? value, string property) =>
        value is JsonObject o && o[property] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static IReadOnlyList<string> Strings(JsonNode? value, string property) => (value as JsonObject)?[property].AsStrings() ?? [];

    public static string MediaUrl(string path) => "/media/" + path.TrimStart('/');

    private static FieldType Common(string name, IGraphType type, Func<ContentItem, object?> read) => new()
    {
        Name = name,
        ResolvedType = type,
        Resolver = new FuncFieldResolver<object>(ctx => ctx.Source is ContentItem item ? read(item) : null),
    };

    private static List<ContentItem> Items(JsonNode? items) =>
        items is JsonArray array ? [.. array.OfType<JsonObject>().Select(json => ContentItemJson.FromJson(json))] : [];

    private static object? ResolveTerms(IResolveFieldContext ctx)
    {
        var field = ctx.Source as JsonNode;
        if (Text(field, "TaxonomyContentItemId") is not { } taxonomyId)
        {
            return Array.Empty<ContentItem>();
        }

        var termIds = Strings(field, "TermContentItemIds");
        var request = GraphQLRequestContext.Of(ctx);
        return request.ViewableItem(taxonomyId).ThenAsync((taxonomy, cancellationToken) =>
        {
            var terms = TaxonomyTerms.Flatten(taxonomy).ToDictionary(t => t.ContentItemId, StringComparer.Ordinal);
            return request.Access.ViewableAsync(termIds.Select(terms.GetValueOrDefault).OfType<ContentItem>(), cancellationToken);
        });
    }

    private static object? ResolveLocalizations(IResolveFieldContext ctx)
    {
        if (Text(ctx.Source as JsonNode, "LocalizationSet") is not { Length: > 0 } set)
        {
            return Array.Empty<ContentItem>();
        }

        var culture = ctx.GetArgument<string?>("culture");
        return GraphQLRequestContext.Of(ctx).ViewableTranslations(set).Then(items => items
            .Where(item => culture is null || string.Equals(Text(item.Part(WellKnownParts.Localization), "Culture"), culture, StringComparison.OrdinalIgnoreCase))
            .ToList());
    }

    private ObjectGraphType Object(string name, params (string Name, IGraphType Type, Func<JsonNode?, object?> Read)[] fields)
    {
        var type = new ObjectGraphType { Name = name };
        foreach (var (fieldName, fieldType, read) in fields)
        {
            type.AddField(new FieldType
            {
                Name = fieldName,
                ResolvedType = fieldType,
                Resolver = new FuncFieldResolver<object>(ctx => read(ctx.Source as JsonNode)),
            });
        }

        return type;
    }

    private InputObjectGraphType ReferenceInput(string name, string prefix, string what)
    {
        var input = new InputObjectGraphType { Name = name, Description = $"Filters on the ids of each {what}." };
        input.AddField(new FieldType { Name = prefix + "_contains", ResolvedType = String, Description = $"Has this {what} id." }
            .WithMetadata(FilterBinding.MetadataKey, new FilterBinding.OnReference(FilterOperator.Equal, false)));
        input.AddField(new FieldType { Name = prefix + "_not_contains", ResolvedType = String, Description = $"Does not have this {what} id." }
            .WithMetadata(FilterBinding.MetadataKey, new FilterBinding.OnReference(FilterOperator.Equal, true)));
        input.AddField(new FieldType { Name = prefix + "_contains_any", ResolvedType = ListOf(String), Description = $"Has at least one of these {what} ids." }
            .WithMetadata(FilterBinding.MetadataKey, new FilterBinding.OnReference(FilterOperator.In, false)));
        input.AddField(new FieldType { Name = prefix + "_empty", ResolvedType = Boolean, Description = $"true: no {what}; false: at least one." }
            .WithMetadata(FilterBinding.MetadataKey, new FilterBinding.OnReference(FilterOperator.HasValue, false)));
        return input;
    }
}
