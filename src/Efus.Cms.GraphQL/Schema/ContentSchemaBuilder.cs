using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Fields;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;
using Efus.Cms.GraphQL.Filtering;
using GraphQL;
using GraphQL.Conversion;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLSchema = global::GraphQL.Types.Schema;

namespace Efus.Cms.GraphQL.Schema;

/// <summary>
/// Builds the GraphQL schema from the content definitions, in Orchard Core's shape: a
/// <c>ContentItem</c> interface, one object type per content type, one list field per type without
/// a stereotype (plus a count), parts named without "Part", the type-named part, Autoroute and
/// parts set to collapse flattened onto the item, and <c>where</c>/<c>orderBy</c> inputs per type.
/// </summary>
public sealed class ContentSchemaBuilder
{
    private readonly ContentDefinitions _definitions;
    private readonly GraphTypes _types = new();
    private readonly FieldGraphVisitor _visitor;
    private readonly Dictionary<string, ObjectGraphType> _itemTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ObjectGraphType> _partTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InputObjectGraphType?> _partWheres = new(StringComparer.Ordinal);

    private ContentSchemaBuilder(ContentDefinitions definitions)
    {
        _definitions = definitions;
        _visitor = new FieldGraphVisitor(_types);
    }

    public static ISchema Build(ContentDefinitions definitions)
    {
        var schema = new ContentSchemaBuilder(definitions).Build();
        schema.Initialize();
        return schema;
    }

    private GraphQLSchema Build()
    {
        var types = _definitions.Types.Values.ToList();
        foreach (var type in types)
        {
            var itemType = new ObjectGraphType { Name = TypeName(type.Name), Description = type.DisplayName };
            foreach (var field in _types.CommonFields())
            {
                itemType.AddField(field);
            }

            itemType.AddResolvedInterface(_types.ContentItem);
            _types.ContentItem.AddPossibleType(itemType);
            var typeName = type.Name;
            itemType.IsTypeOf = source => source is ContentItem item && item.ContentType == typeName;
            _itemTypes[type.Name] = itemType;
        }

        _types.ContentItem.ResolveType = source =>
            source is ContentItem item && _itemTypes.TryGetValue(item.ContentType, out var itemType) ? itemType : null;

        var query = new ObjectGraphType { Name = "Query" };
        query.AddField(new FieldType
        {
            Name = "contentItem",
            Description = "The published version of one item; use fragments (... on PracticeSheet) for its type's fields.",
            Arguments = new QueryArguments(new QueryArgument(new NonNullGraphType(_types.String)) { Name = "contentItemId" }),
            ResolvedType = _types.ContentItem,
            Resolver = new FuncFieldResolver<object>(ContentResolvers.ContentItem),
        });

        query.AddField(SearchGraph.Field(_types));

        foreach (var type in types)
        {
            var itemType = _itemTypes[type.Name];
            var where = BaseWhere(type);
            AddParts(type, itemType, where);
            if (IsQueryable(type))
            {
                AddRootFields(query, type, itemType, where);
            }
        }

        // Names are given exactly (Orchard's AND/OR/NOT stay upper-case), so no camel-case conversion.
        var schema = new GraphQLSchema { Query = query, NameConverter = DefaultNameConverter.Instance };
        foreach (var itemType in _itemTypes.Values)
        {
            schema.RegisterType(itemType);
        }

        return schema;
    }

    /// <summary>Types with a stereotype (widgets, menu items…) and hidden types get no root field, as in Orchard.</summary>
    private static bool IsQueryable(ContentTypeDefinition type) =>
        string.IsNullOrEmpty(type.TypeSettings.Stereotype)
        && type.Settings.Setting("GraphQLContentTypeSettings", "Hidden").AsBool() != true;

    private void AddRootFields(ObjectGraphType query, ContentTypeDefinition type, ObjectGraphType itemType, InputObjectGraphType where)
    {
        var name = GraphQLNames.CamelCase(TypeName(type.Name));
        var contentType = type.Name;
        if (query.HasField(name) || query.HasField(name + "Count"))
        {
            // A type named like a root field (Search, ContentItem) keeps its object type, reached through contentItem.
            return;
        }

        query.AddField(new FieldType
        {
            Name = name,
            Description = $"{type.DisplayName}: a page of items, filtered and sorted in the database.",
            Arguments = new QueryArguments(
                new QueryArgument(where) { Name = "where" },
                new QueryArgument(OrderBy(type)) { Name = "orderBy", Description = "Sort keys in the order given; default createdUtc: DESC." },
                new QueryArgument(_types.Int) { Name = "first", Description = "How many items (absent or 0: 100; at most the configured maximum, 1000 by default)." },
                new QueryArgument(_types.Int) { Name = "skip", Description = "How many items to skip." },
                new QueryArgument(_types.Status) { Name = "status", DefaultValue = ContentStatus.Published }),
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(itemType))),
            Resolver = new FuncFieldResolver<object>(ctx => ContentResolvers.ListAsync(ctx, contentType)),
        });
        query.AddField(new FieldType
        {
            Name = name + "Count",
            Description = $"{type.DisplayName}: how many items match (one COUNT query).",
            Arguments = new QueryArguments(
                new QueryArgument(where) { Name = "where" },
                new QueryArgument(_types.Status) { Name = "status", DefaultValue = ContentStatus.Published }),
            ResolvedType = new NonNullGraphType(_types.Int),
            Resolver = new FuncFieldResolver<object>(ctx => ContentResolvers.CountAsync(ctx, contentType)),
        });
    }

    private void AddParts(ContentTypeDefinition type, ObjectGraphType itemType, InputObjectGraphType where)
    {
        foreach (var typePart in type.Parts)
        {
            var settings = typePart.Settings;
            if (settings.Setting("GraphQLContentTypePartSettings", "Hidden").AsBool() == true)
            {
                continue;
            }

            var partKey = typePart.Name;
            var fieldName = GraphQLNames.PartFieldName(partKey);
            switch (typePart.PartName)
            {
                case WellKnownParts.Title:
                    // Orchard gives TitlePart no field: the title is displayText.
                    continue;
                case WellKnownParts.Autoroute:
                    AddItemField(itemType, "path", _types.String, item => item.Part(partKey)?["Path"].AsString());
                    WhereInputs.AddOperators(where, "path", OperatorSet.String, _types.String, GraphTypes.ListOf(_types.String),
                        (op, negate) => new FilterBinding.OnColumn(ContentColumn.Path, op, negate));
                    continue;
                case WellKnownParts.Localization:
                    AddItemField(itemType, fieldName, _types.LocalizationPart, item => item.Part(partKey));
                    WhereInputs.AddNested(where, fieldName, _types.LocalizationWhere, new FilterBinding.ColumnsInput());
                    continue;
                case WellKnownParts.HtmlBody:
                    AddItemField(itemType, fieldName, _types.HtmlBodyPart, item => item.Part(partKey));
                    continue;
                case WellKnownParts.MarkdownBody:
                    AddItemField(itemType, fieldName, _types.MarkdownBodyPart, item => item.Part(partKey));
                    continue;
                case WellKnownParts.Bag:
                    AddItemField(itemType, fieldName, _types.BagPart, item => item.Part(partKey));
                    continue;
                case WellKnownParts.Taxonomy:
                    AddItemField(itemType, fieldName, _types.TaxonomyPart, item => item.Part(partKey));
                    continue;
            }

            var fields = Fields(type, typePart);
            if (fields.Count == 0)
            {
                continue;
            }

            var collapse = partKey == type.Name || settings.Setting("GraphQLContentTypePartSettings", "Collapse").AsBool() == true;
            if (collapse)
            {
                var prefix = settings.Setting("GraphQLContentTypePartSettings", "PreventFieldNameCollision").AsBool() == true ? fieldName : null;
                foreach (var (field, graph) in fields)
                {
                    var name = prefix is null ? GraphQLNames.CamelCase(field.Name) : prefix + Pascal(field.Name);
                    var key = field.Name;
                    AddItemField(itemType, name, graph.Type, item => graph.Read(item.Part(partKey)?[key]));
                    AddFieldFilter(where, name, partKey, field, graph.Filter);
                }
            }
            else
            {
                AddItemField(itemType, fieldName, PartType(typePart.PartName, fields), item => item.Part(partKey));
                if (PartWhere(typePart.PartName, fields) is { } partWhere)
                {
                    WhereInputs.AddNested(where, fieldName, partWhere, new FilterBinding.PartInput(partKey));
                }
            }
        }
    }

    private List<(ContentPartFieldDefinition Field, FieldGraph Graph)> Fields(ContentTypeDefinition type, ContentTypePartDefinition typePart) =>
        [.. _definitions.FieldsOf(typePart)
            .Select(field => (Field: field, Graph: new FieldContext(type, typePart, field, null).Accept(_visitor)))
            .Where(f => f.Graph is not null)
            .Select(f => (f.Field, f.Graph!))];

    /// <summary>A part shown as an object (<c>price { amount }</c>), one type per part definition.</summary>
    private ObjectGraphType PartType(string partName, List<(ContentPartFieldDefinition Field, FieldGraph Graph)> fields)
    {
        if (_partTypes.TryGetValue(partName, out var existing))
        {
            return existing;
        }

        // A part named like a content type (its type-named part, attached elsewhere) needs another name.
        var name = _definitions.Types.ContainsKey(partName) ? TypeName(partName) + "Part" : TypeName(partName);
        var partType = new ObjectGraphType { Name = name };
        foreach (var (field, graph) in fields)
        {
            var key = field.Name;
            var fieldName = GraphQLNames.CamelCase(field.Name);
            if (!partType.HasField(fieldName))
            {
                partType.AddField(new FieldType
                {
                    Name = fieldName,
                    ResolvedType = graph.Type,
                    Resolver = new FuncFieldResolver<object>(ctx => graph.Read((ctx.Source as JsonObject)?[key])),
                });
            }
        }

        _partTypes[partName] = partType;
        return partType;
    }

    /// <summary>The filter of a part shown as an object (<c>price: {amount_gt: 10}</c>); null when none of its fields filters.</summary>
    private InputObjectGraphType? PartWhere(string partName, List<(ContentPartFieldDefinition Field, FieldGraph Graph)> fields)
    {
        if (_partWheres.TryGetValue(partName, out var existing))
        {
            return existing;
        }

        var name = (_definitions.Types.ContainsKey(partName) ? TypeName(partName) + "Part" : TypeName(partName)) + "WhereInput";
        var input = new InputObjectGraphType { Name = name };
        foreach (var (field, graph) in fields)
        {
            AddFieldFilter(input, GraphQLNames.CamelCase(field.Name), null, field, graph.Filter);
        }

        var result = input.Fields.Count == 0 ? null : input;
        _partWheres[partName] = result;
        return result;
    }

    private static void AddFieldFilter(IInputObjectGraphType where, string name, string? partKey, ContentPartFieldDefinition field, FieldFilterShape? filter)
    {
        if (filter is null)
        {
            return;
        }

        if (filter.ReferenceInput is { } references)
        {
            WhereInputs.AddNested(where, name, references, new FilterBinding.ReferenceInput(partKey, field.Name));
            return;
        }

        WhereInputs.AddOperators(where, name, filter.Operators, filter.Scalar, GraphTypes.ListOf(filter.Scalar),
            (op, negate) => new FilterBinding.OnField(partKey, field.Name, filter.Kind, op, negate));
    }

    private InputObjectGraphType BaseWhere(ContentTypeDefinition type)
    {
        var where = new InputObjectGraphType { Name = TypeName(type.Name) + "WhereInput" };
        var list = GraphTypes.ListOf(where);
        where.AddField(new FieldType { Name = "AND", ResolvedType = list, Description = "Every condition holds." }
            .WithMetadata(FilterBinding.MetadataKey, new FilterBinding.Logical(LogicalKind.And)));
        where.AddField(new FieldType { Name = "OR", ResolvedType = list, Description = "At least one condition holds." }
            .WithMetadata(FilterBinding.MetadataKey, new FilterBinding.Logical(LogicalKind.Or)));
        where.AddField(new FieldType { Name = "NOT", ResolvedType = list, Description = "The conditions do not all hold." }
            .WithMetadata(FilterBinding.MetadataKey, new FilterBinding.Logical(LogicalKind.Not)));

        AddColumn(where, "contentItemId", ContentColumn.ContentItemId, OperatorSet.Id, _types.String);
        AddColumn(where, "contentItemVersionId", ContentColumn.ContentItemVersionId, OperatorSet.Equality, _types.String);
        AddColumn(where, "displayText", ContentColumn.DisplayText, OperatorSet.String, _types.String);
        AddColumn(where, "createdUtc", ContentColumn.CreatedUtc, OperatorSet.Comparable, _types.DateTime);
        AddColumn(where, "modifiedUtc", ContentColumn.ModifiedUtc, OperatorSet.Comparable, _types.DateTime);
        AddColumn(where, "publishedUtc", ContentColumn.PublishedUtc, OperatorSet.Comparable, _types.DateTime);
        AddColumn(where, "owner", ContentColumn.Owner, OperatorSet.String, _types.String);
        AddColumn(where, "author", ContentColumn.Author, OperatorSet.String, _types.String);
        return where;
    }

    private static void AddColumn(InputObjectGraphType where, string name, ContentColumn column, OperatorSet operators, ScalarGraphType scalar) =>
        WhereInputs.AddOperators(where, name, operators, scalar, GraphTypes.ListOf(scalar),
            (op, negate) => new FilterBinding.OnColumn(column, op, negate));

    private InputObjectGraphType OrderBy(ContentTypeDefinition type)
    {
        var orderBy = new InputObjectGraphType { Name = TypeName(type.Name) + "OrderByInput" };
        (string Name, ContentColumn Column)[] keys =
        [
            ("contentItemId", ContentColumn.ContentItemId), ("contentItemVersionId", ContentColumn.ContentItemVersionId),
            ("contentType", ContentColumn.ContentType), ("displayText", ContentColumn.DisplayText),
            ("published", ContentColumn.Published), ("latest", ContentColumn.Latest),
            ("createdUtc", ContentColumn.CreatedUtc), ("modifiedUtc", ContentColumn.ModifiedUtc),
            ("publishedUtc", ContentColumn.PublishedUtc), ("owner", ContentColumn.Owner), ("author", ContentColumn.Author),
        ];
        foreach (var (name, column) in keys)
        {
            orderBy.AddField(new FieldType { Name = name, ResolvedType = _types.OrderByDirection }
                .WithMetadata(ContentResolvers.OrderByColumnKey, column));
        }

        return orderBy;
    }

    private static void AddItemField(ObjectGraphType itemType, string name, IGraphType type, Func<ContentItem, object?> read)
    {
        // Two collapsed parts may bring the same field name; the first one wins, as the schema cannot hold both.
        if (itemType.HasField(name))
        {
            return;
        }

        itemType.AddField(new FieldType
        {
            Name = name,
            ResolvedType = type,
            Resolver = new FuncFieldResolver<object>(ctx => ctx.Source is ContentItem item ? read(item) : null),
        });
    }

    private static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];

    /// <summary>Definition names are used as they are, with characters GraphQL does not allow replaced by '_'.</summary>
    private static string TypeName(string name)
    {
        var chars = name.Select((c, i) => char.IsAsciiLetter(c) || c == '_' || (i > 0 && char.IsAsciiDigit(c)) ? c : '_').ToArray();
        return chars.Length == 0 ? "_" : new string(chars);
    }
}
