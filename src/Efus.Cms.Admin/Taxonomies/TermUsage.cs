using Efus.Cms.Core.Content;

namespace Efus.Cms.Admin.Taxonomies;

/// <summary>The items whose taxonomy fields point at a term (latest versions): a few to name, and how many in all.</summary>
public sealed record TermUsage(IReadOnlyList<ContentItem> Items, int Total);
