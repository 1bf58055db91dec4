namespace Efus.Cms.UrbanSecurity.Site;

/// <summary>A term of the Themes taxonomy as listings filter by it: its id, the slug of its path, its title.</summary>
public sealed record ThemeTerm(string ContentItemId, string Slug, string Title);
