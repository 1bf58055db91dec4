namespace Efus.Cms.UrbanSecurity.Site;

/// <summary>A content type with a listing on the public site: its listing path and title (French; translated in templates).</summary>
public sealed record PublicType(string Name, string Path, string Title)
{
    public string Url => "/" + Path;
}
