namespace Efus.Cms.UrbanSecurity.Site;

/// <summary>A term of the Themes taxonomy as the public pages use it: its id and type, the slug of its path, its title.</summary>
public sealed record ThemeTerm(string ContentItemId, string ContentType, string Slug, string Title);
