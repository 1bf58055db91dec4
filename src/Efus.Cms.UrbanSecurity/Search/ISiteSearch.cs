namespace Efus.Cms.UrbanSecurity.Search;

/// <summary>
/// Port: full-text search for the public search page. The host plugs the search engine in; without
/// one, <see cref="TitleSiteSearch"/> matches titles in the database.
/// </summary>
public interface ISiteSearch
{
    /// <summary>Published items matching <paramref name="query"/>, best first, in <paramref name="culture"/> when the engine knows cultures.</summary>
    Task<SiteSearchResult> SearchAsync(string query, string culture, int skip, int take, CancellationToken cancellationToken);
}
