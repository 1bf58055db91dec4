using System.Globalization;
using BenchmarkDotNet.Attributes;
using Efus.Cms.Theming;
using Efus.Cms.Theming.Localization;
using Efus.Cms.Theming.Rendering;
using Efus.Cms.Theming.ViewModels;
using Efus.Cms.UrbanSecurity;
using Efus.Cms.UrbanSecurity.ViewModels;
using Microsoft.Extensions.FileProviders;

namespace Efus.Cms.Benchmarks;

/// <summary>
/// The theme's own templates rendered from view models (no database): one practice-sheet card, a
/// listing page of ten cards inside the layout, and a practice sheet's detail page (its five sections,
/// table of contents and related items) inside the layout: what a page costs on top of its queries.
/// </summary>
[MemoryDiagnoser]
public class LiquidBenchmarks
{
    private static readonly CultureInfo _french = CultureInfo.GetCultureInfo("fr-FR");
    private LiquidRenderer _renderer = null!;
    private ItemView _sheet = null!;
    private Dictionary<string, object?> _page = [];
    private Dictionary<string, object?> _detailPage = [];

    [GlobalSetup]
    public void Setup()
    {
        var assembly = typeof(UrbanSecurityServiceCollectionExtensions).Assembly;
        var options = new ThemingOptions();
        options.ModuleTemplates.Add(new EmbeddedFileProvider(assembly, "Efus.Cms.UrbanSecurity.Templates"));
        options.ModuleStrings.Add(new EmbeddedFileProvider(assembly, "Efus.Cms.UrbanSecurity.Localization"));
        foreach (var type in new[] { typeof(ItemView), typeof(FieldView), typeof(LinkView), typeof(MediaView) }.Concat(UrbanSecurityServiceCollectionExtensions.ViewModelTypes))
        {
            options.ViewModelTypes.Add(type);
        }

        _renderer = new LiquidRenderer(options, new TemplateFiles(options), new StringCatalog(options.ModuleStrings));
        _sheet = new ItemView
        {
            Id = "sheet",
            Type = "PracticeSheet",
            TypeLabel = "Fiche de pratique",
            Title = "Médiateurs numériques dans les quartiers de Lyon",
            Url = "/fiches-de-pratique/mediateurs-numeriques-lyon",
            Lang = "fr",
            Fields = new()
            {
                ["City"] = new FieldView { Name = "City", Label = "Ville", Kind = "TextField", Text = "Lyon" },
                ["Country"] = new FieldView { Name = "Country", Label = "Pays", Kind = "TextField", Text = "France" },
                ["Year"] = new FieldView { Name = "Year", Label = "Année", Kind = "NumericField", Text = "2022", Number = 2022 },
                ["Summary"] = new FieldView { Name = "Summary", Label = "Résumé", Kind = "TextField", Text = "Des médiateurs accompagnent les habitants dans l’usage des outils numériques de la ville." },
                ["Themes"] = new FieldView { Name = "Themes", Label = "Thèmes", Kind = "TaxonomyField", Links = [new("Participation citoyenne", "/themes/participation-citoyenne"), new("Villes intelligentes", "/themes/villes-intelligentes")] },
            },
            Bags = [],
        };
        var cards = Enumerable.Range(0, 10).Select(_ => RenderCard()).ToList();
        var pager = new PagerView(1, 3, 25, null, "/fiches-de-pratique?page=2", [new(1, "/fiches-de-pratique", true), new(2, "/fiches-de-pratique?page=2", false), new(3, "/fiches-de-pratique?page=3", false)]);
        _page = new()
        {
            ["listing"] = new ListingView
            {
                Type = "PracticeSheet",
                Title = "Fiches de pratique",
                Url = "/fiches-de-pratique",
                Filters = [new FilterField { Name = "city", Label = "Ville", Control = "text", Value = "Lyon" }, new FilterField { Name = "year", Label = "Année", Control = "number" }],
                Cards = cards,
                Pager = pager,
            },
            ["site"] = new SiteView
            {
                Name = "Efus — Technologie et sécurité urbaine",
                Lang = "fr",
                Navigation = [new("Accueil", "/", false), new("Fiches de pratique", "/fiches-de-pratique", true), new("Projets", "/projets", false)],
                Languages = [new("fr", "Français", "/fiches-de-pratique?culture=fr", true), new("en", "English", "/fiches-de-pratique?culture=en", false)],
                StylesheetUrl = "/assets/site.css?v=1",
                PrintStylesheetUrl = "/assets/print.css?v=1",
                IconUrl = "/assets/favicon.svg?v=1",
                Year = 2026,
            },
            ["page"] = new PageMeta { Title = "Fiches de pratique", CanonicalUrl = "http://localhost/fiches-de-pratique", OgLocale = "fr_FR" },
        };

        _detailPage = new(_page)
        {
            ["detail"] = new DetailView
            {
                Item = DetailSheet(),
                Toc = [.. _sections.Select(s => new TocEntry(s.Anchor, s.Label))],
                Related = [new RelatedGroup("projects", "Projets liés", [new("Cities against radicalisation", "/projets/cities-against-radicalisation")])],
                Parent = new NavLink("Fiches de pratique", "/fiches-de-pratique", false),
            },
            ["page"] = new PageMeta { Title = _sheet.Title!, CanonicalUrl = "http://localhost" + _sheet.Url, OgLocale = "fr_FR", OgType = "article" },
        };
        _detailPage.Remove("listing");
        _detailPage["item"] = ((DetailView)_detailPage["detail"]!).Item;
    }

    private static readonly (string Field, string Anchor, string Label)[] _sections =
    [
        ("Context", "contexte", "Contexte"), ("Objectives", "objectifs", "Objectifs"), ("Activities", "activites", "Activités"),
        ("Budget", "budget", "Budget"), ("Evaluation", "evaluation", "Évaluation"),
    ];

    /// <summary>The card's item with the five rich-text sections of a practice sheet, each about 1.5 KB of HTML.</summary>
    private ItemView DetailSheet()
    {
        var paragraph = "<p>La ville a mis en place un dispositif de <strong>médiation numérique</strong> dans six quartiers, avec des permanences, des ateliers et un suivi individuel des habitants.</p>";
        var fields = new Dictionary<string, FieldView>(_sheet.Fields);
        foreach (var (field, _, label) in _sections)
        {
            fields[field] = new FieldView { Name = field, Label = label, Kind = "HtmlField", Html = string.Concat(Enumerable.Repeat(paragraph, 8)), TextFromHtml = true };
        }

        return _sheet with { Fields = fields };
    }

    [Benchmark]
    public string RenderCard() =>
        _renderer.RenderAsync("Content-PracticeSheet.Summary", new Dictionary<string, object?> { ["item"] = _sheet }, _french).GetAwaiter().GetResult();

    [Benchmark]
    public string RenderListingPage()
    {
        var cards = new List<string>(10);
        for (var i = 0; i < 10; i++)
        {
            cards.Add(RenderCard());
        }

        return _renderer.RenderWithLayoutAsync("Listing", _page, _french).GetAwaiter().GetResult();
    }

    [Benchmark]
    public string RenderDetailPage() =>
        _renderer.RenderWithLayoutAsync("Content-PracticeSheet.Detail", _detailPage, _french).GetAwaiter().GetResult();
}
