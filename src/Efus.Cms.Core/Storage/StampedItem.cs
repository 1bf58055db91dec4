using Efus.Cms.Core.Content;

namespace Efus.Cms.Core.Storage;

/// <summary>
/// A published version with its stamp (version id and revision: it changes with every write of the row);
/// <see cref="Item"/> is null when the caller already held that stamp, and the JSON was neither read nor parsed.
/// </summary>
public sealed record StampedItem(string ContentItemId, string Stamp, ContentItem? Item);
