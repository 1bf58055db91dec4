using GraphQL;
using GraphQLParser.AST;

namespace Efus.Cms.GraphQL.Execution;

/// <summary>
/// Cheap checks on the parsed document before GraphQL.NET validates it (some validation rules are
/// quadratic in repeated fields): how many aliases and fields, how deep the selected operation goes
/// once fragments are expanded, and fragment cycles. Operations that only introspect are exempt
/// from the depth limit, as GraphiQL's introspection query is 13 levels deep.
/// </summary>
internal static class DocumentLimits
{
    public static ExecutionError? Check(GraphQLDocument document, string? operationName, GraphQLOptions options, bool allowMutations)
    {
        var aliases = 0;
        var fields = 0;
        var largestPage = 0;
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        var operations = new List<GraphQLOperationDefinition>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLFragmentDefinition fragment:
                    fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
                    Count(fragment.SelectionSet, ref aliases, ref fields, ref largestPage);
                    break;
                case GraphQLOperationDefinition operation:
                    operations.Add(operation);
                    Count(operation.SelectionSet, ref aliases, ref fields, ref largestPage);
                    break;
            }
        }

        if (aliases > options.MaxAliases)
        {
            return Error("MAX_ALIASES", $"The query uses {aliases} aliases; at most {options.MaxAliases} are allowed.");
        }

        if (fields > options.MaxFields)
        {
            return Error("MAX_FIELDS", $"The query selects {fields} fields; at most {options.MaxFields} are allowed.");
        }

        // Checked here as well as in the resolver, so that the error names the page size, not the complexity it causes.
        if (largestPage > options.MaxPageSize)
        {
            return Error("PAGE_SIZE", $"'first' is {largestPage}; at most {options.MaxPageSize} items can be asked for at once. Use 'skip' to page.");
        }

        var selected = operationName is { Length: > 0 }
            ? operations.Where(o => o.Name?.StringValue == operationName).ToList()
            : operations;
        if (!allowMutations && selected.Any(o => o.Operation != OperationType.Query))
        {
            return Error("METHOD_NOT_ALLOWED", "Only queries can be sent with GET; send other operations with POST.");
        }

        var depths = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var operation in selected)
        {
            if (IsIntrospection(operation))
            {
                continue;
            }

            int depth;
            try
            {
                depth = Depth(operation.SelectionSet, fragments, depths, []);
            }
            catch (FragmentCycleException cycle)
            {
                return Error("FRAGMENT_CYCLE", $"The fragment '{cycle.Fragment}' spreads itself.");
            }

            if (depth > options.MaxDepth)
            {
                return Error("MAX_DEPTH", $"The query is {depth} levels deep; at most {options.MaxDepth} are allowed.");
            }

            // Fragments spread several times multiply: a few lines can stand for billions of fields.
            var size = Size(operation.SelectionSet, fragments, []);
            if (size > options.MaxFields)
            {
                return Error("MAX_FIELDS", $"The query selects {(size == long.MaxValue ? "too many" : size.ToString(System.Globalization.CultureInfo.InvariantCulture))} fields once its fragments are expanded; at most {options.MaxFields} are allowed.");
            }
        }

        return null;
    }

    private static void Count(GraphQLSelectionSet? selectionSet, ref int aliases, ref int fields, ref int largestPage)
    {
        if (selectionSet is null)
        {
            return;
        }

        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    fields++;
                    if (field.Alias is not null)
                    {
                        aliases++;
                    }

                    if (field.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == "first")?.Value is GraphQLIntValue first)
                    {
                        largestPage = Math.Max(largestPage, int.TryParse(first.Value.Span, out var size) ? size : int.MaxValue);
                    }

                    Count(field.SelectionSet, ref aliases, ref fields, ref largestPage);
                    break;
                case GraphQLInlineFragment inline:
                    Count(inline.SelectionSet, ref aliases, ref fields, ref largestPage);
                    break;
            }
        }
    }

    /// <summary>Depth with fragments expanded; each fragment's depth is computed once, so nested spreads stay linear.</summary>
    private static int Depth(GraphQLSelectionSet? selectionSet, Dictionary<string, GraphQLFragmentDefinition> fragments,
        Dictionary<string, int> known, HashSet<string> visiting)
    {
        if (selectionSet is null)
        {
            return 0;
        }

        var deepest = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var depth = selection switch
            {
                GraphQLField field => field.SelectionSet is null ? 1 : 1 + Depth(field.SelectionSet, fragments, known, visiting),
                GraphQLInlineFragment inline => Depth(inline.SelectionSet, fragments, known, visiting),
                GraphQLFragmentSpread spread => FragmentDepth(spread.FragmentName.Name.StringValue, fragments, known, visiting),
                _ => 0,
            };
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    private static int FragmentDepth(string name, Dictionary<string, GraphQLFragmentDefinition> fragments, Dictionary<string, int> known, HashSet<string> visiting)
    {
        if (known.TryGetValue(name, out var depth))
        {
            return depth;
        }

        if (!fragments.TryGetValue(name, out var fragment))
        {
            return 0; // Reported by validation (unknown fragment).
        }

        if (!visiting.Add(name))
        {
            throw new FragmentCycleException(name);
        }

        depth = Depth(fragment.SelectionSet, fragments, known, visiting);
        visiting.Remove(name);
        known[name] = depth;
        return depth;
    }

    /// <summary>Fields selected once fragments are expanded (saturating), each fragment counted once and reused.</summary>
    private static long Size(GraphQLSelectionSet? selectionSet, Dictionary<string, GraphQLFragmentDefinition> fragments, Dictionary<string, long> known)
    {
        if (selectionSet is null)
        {
            return 0;
        }

        long total = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var size = selection switch
            {
                GraphQLField field => Add(1, Size(field.SelectionSet, fragments, known)),
                GraphQLInlineFragment inline => Size(inline.SelectionSet, fragments, known),
                GraphQLFragmentSpread spread => FragmentSize(spread.FragmentName.Name.StringValue, fragments, known),
                _ => 0,
            };
            total = Add(total, size);
        }

        return total;
    }

    private static long FragmentSize(string name, Dictionary<string, GraphQLFragmentDefinition> fragments, Dictionary<string, long> known)
    {
        if (known.TryGetValue(name, out var size))
        {
            return size;
        }

        // Cycles were refused by the depth check; mark the fragment while it is measured all the same.
        known[name] = 0;
        size = fragments.TryGetValue(name, out var fragment) ? Size(fragment.SelectionSet, fragments, known) : 0;
        known[name] = size;
        return size;
    }

    private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private static bool IsIntrospection(GraphQLOperationDefinition operation) =>
        operation.SelectionSet.Selections.All(s => s is GraphQLField f && f.Name.StringValue.StartsWith("__", StringComparison.Ordinal));

    private static ExecutionError Error(string code, string message) => new(message) { Code = code };

    private sealed class FragmentCycleException(string fragment) : Exception
    {
        public string Fragment { get; } = fragment;
    }
}
