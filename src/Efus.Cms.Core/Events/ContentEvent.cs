using Efus.Cms.Core.Content;

namespace Efus.Cms.Core.Events;

/// <summary>Raised after a content change is written (inside a recipe, before its transaction commits).</summary>
public sealed record ContentEvent(ContentEventKind Kind, ContentItem Item, string? UserName);
