using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Management;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Web.IntegrationTests.PublicSite;

/// <summary>Writes content through the real content manager of a test site (the seed has no practice sheet nor translation).</summary>
public static class SiteContent
{
    public const string ThemesTaxonomyId = "4efus0tax00000000000000001";
    public const string VideoSurveillanceTermId = "4efus0term0000000000000014";

    public static async Task<ContentItem> CreateAsync(EfusSite site, string type, string title, Action<JsonObject> fill, bool publish = true)
    {
        _ = site.Server;
        await using var scope = site.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await manager.NewAsync(type);
        item.DisplayText = title;
        item.Parts["TitlePart"] = new JsonObject { ["Title"] = title };
        fill(item.Parts);
        return await manager.CreateAsync(item, publish);
    }

    public static Task<ContentItem> PracticeSheetAsync(EfusSite site, string title = "Médiateurs numériques à Lyon", string city = "Lyon", string country = "France", int year = 2022) =>
        CreateAsync(site, "PracticeSheet", title, parts =>
        {
            parts["AutoroutePart"] = new JsonObject { ["Path"] = "fiches-de-pratique/" + Slug.From(title) };
            parts["LocalizationPart"] = new JsonObject { ["LocalizationSet"] = "set-" + Slug.From(title), ["Culture"] = "fr-FR" };
            parts["PracticeSheet"] = new JsonObject
            {
                ["Summary"] = new JsonObject { ["Text"] = "Des médiateurs accompagnent les habitants." },
                ["City"] = new JsonObject { ["Text"] = city },
                ["Country"] = new JsonObject { ["Text"] = country },
                ["Year"] = new JsonObject { ["Value"] = (decimal)year },
                ["Context"] = new JsonObject { ["Html"] = "<p>Contexte de la fiche.</p>" },
                ["Objectives"] = new JsonObject { ["Html"] = "<p>Objectifs de la fiche.</p>" },
                ["Activities"] = new JsonObject { ["Html"] = "<p>Activités de la fiche.</p>" },
                ["Budget"] = new JsonObject { ["Html"] = "<p>Budget de la fiche.</p>" },
                ["Evaluation"] = new JsonObject { ["Html"] = "<p>Évaluation de la fiche.</p>" },
                ["Contact"] = new JsonObject { ["Text"] = "contact@efus.eu" },
                ["Themes"] = new JsonObject { ["TaxonomyContentItemId"] = ThemesTaxonomyId, ["TermContentItemIds"] = new JsonArray(VideoSurveillanceTermId) },
            };
        });

    public static async Task<ContentItem> EditAsync(EfusSite site, string contentItemId, Action<ContentItem> edit)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var latest = await manager.GetAsync(contentItemId, Core.Storage.VersionOptions.Latest) ?? throw new InvalidOperationException(contentItemId);
        edit(latest);
        var saved = await manager.UpdateAsync(latest);
        return saved.Published ? saved : await manager.PublishAsync(contentItemId);
    }
}
