using Efus.Cms.Core.Management;
using Efus.Cms.Core.Storage;
using Efus.Cms.UrbanSecurity.Site;

namespace Efus.Cms.UrbanSecurity.Search;

/// <summary>The fallback search: published items whose title contains the text (accents and case ignored), in the database.</summary>
public sealed class TitleSiteSearch(IContentManager contentManager) : ISiteSearch
{
    public async Task<SiteSearchResult> SearchAsync(string query, string culture, int skip, int take, CancellationToken cancellationToken)
    {
        var page = await contentManager.QueryAsync(new ContentQuery
        {
            ContentTypes = PublicTypes.WithPages,
            DisplayTextContains = query,
            Sorts = [new(ContentColumn.DisplayText)],
            Skip = skip,
            Take = take,
        }, cancellationToken);
        return new([.. page.Items.Select(i => new SiteSearchHit(i.ContentItemId))], page.Total);
    }
}
