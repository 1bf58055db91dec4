namespace Efus.Cms.UrbanSecurity.Assets;

/// <summary>One theme file: its name, bytes, content hash (the URL's <c>v</c>) and media type.</summary>
public sealed record ThemeAsset(string Name, byte[] Content, string Version, string ContentType);
