using Lucene.Net.Analysis;

namespace Efus.Cms.Search.Lucene.Analysis;

/// <summary>
/// Analyzers by the name an index definition stores (Orchard Core's <c>AnalyzerName</c>),
/// matched case-insensitively.
/// </summary>
public sealed class AnalyzerRegistry
{
    private readonly Dictionary<string, Func<Analyzer>> _factories;

    /// <summary>A registry with <c>standardanalyzer</c> and <c>frenchanalyzer</c>.</summary>
    public AnalyzerRegistry()
        : this(new Dictionary<string, Func<Analyzer>>())
    {
    }

    /// <summary>The built-in analyzers plus <paramref name="additional"/> (which may replace them).</summary>
    public AnalyzerRegistry(IReadOnlyDictionary<string, Func<Analyzer>> additional)
    {
        _factories = new Dictionary<string, Func<Analyzer>>(StringComparer.OrdinalIgnoreCase)
        {
            [StandardSearchAnalyzer.Name] = StandardSearchAnalyzer.Create,
            [FrenchSearchAnalyzer.Name] = () => new FrenchSearchAnalyzer(),
        };

        foreach (var (name, factory) in additional)
        {
            _factories[name] = factory;
        }
    }

    /// <summary>The registered names, sorted.</summary>
    public IReadOnlyList<string> Names => [.. _factories.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Whether <paramref name="name"/> is registered.</summary>
    public bool Contains(string name) => _factories.ContainsKey(name);

    /// <summary>Creates a new analyzer; the caller disposes it.</summary>
    /// <exception cref="ArgumentException">No analyzer has that name.</exception>
    public Analyzer Create(string name)
    {
        if (!_factories.TryGetValue(name, out var factory))
        {
            throw new ArgumentException(
                $"Unknown analyzer '{name}'. Known analyzers: {string.Join(", ", Names)}.",
                nameof(name));
        }

        return factory();
    }
}
