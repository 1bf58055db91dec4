using Efus.Cms.Core.Content;

namespace Efus.Cms.Core.Storage;

public sealed record ContentPage(IReadOnlyList<ContentItem> Items, int Total);
