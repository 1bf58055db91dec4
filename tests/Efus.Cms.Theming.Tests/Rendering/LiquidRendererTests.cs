using System.Globalization;
using Efus.Cms.Theming.Rendering;
using Efus.Cms.Theming.ViewModels;

namespace Efus.Cms.Theming.Tests.Rendering;

public sealed class LiquidRendererTests
{
    private static readonly CultureInfo _french = CultureInfo.GetCultureInfo("fr-FR");

    [Fact]
    public async Task RenderAsync_ThemeFolderHasTheTemplate_ThemeWinsOverModule()
    {
        using var folders = new TemplateFolders().Module("Page", "module").Theme("Page", "theme");
        using var renderer = folders.Renderer();

        var html = await renderer.RenderAsync("Page", new Dictionary<string, object?>(), _french);

        Assert.Equal("theme", html);
    }

    [Fact]
    public async Task RenderAsync_ThemeFolderLacksTheTemplate_ModuleTemplateIsUsed()
    {
        using var folders = new TemplateFolders().Module("Page", "module").Theme("Other", "theme");
        using var renderer = folders.Renderer();

        var html = await renderer.RenderAsync("Page", new Dictionary<string, object?>(), _french);

        Assert.Equal("module", html);
    }

    [Fact]
    public void Resolve_SeveralCandidates_FirstExistingInAnySourceWins()
    {
        using var folders = new TemplateFolders().Module("Content.Detail", "generic").Theme("Content-Publication.Detail", "specific");
        using var renderer = folders.Renderer();

        Assert.Equal("Content-Publication.Detail", renderer.Resolve(["Content-Publication.Detail", "Content.Detail"]));
        Assert.Equal("Content.Detail", renderer.Resolve(["Content-Project.Detail", "Content.Detail"]));
        Assert.Null(renderer.Resolve(["Missing"]));
    }

    [Fact]
    public async Task RenderAsync_PartialInModuleOverriddenInTheme_RenderTagUsesTheOverride()
    {
        using var folders = new TemplateFolders().Module("Page", "[{% render 'Card', title: 'x' %}]").Module("Card", "module {{ title }}").Theme("Card", "theme {{ title }}");
        using var renderer = folders.Renderer();

        var html = await renderer.RenderAsync("Page", new Dictionary<string, object?>(), _french);

        Assert.Equal("[theme x]", html);
    }

    [Fact]
    public async Task RenderAsync_TitleWithScript_IsEncodedButAccentsStayReadable()
    {
        using var folders = new TemplateFolders().Module("Page", "<h1>{{ item.title }}</h1>");
        using var renderer = folders.Renderer();
        var item = Item("<script>alert('x')</script> Sécurité & villes");

        var html = await renderer.RenderAsync("Page", new Dictionary<string, object?> { ["item"] = item }, _french);

        Assert.Equal("<h1>&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Sécurité &amp; villes</h1>", html);
    }

    [Fact]
    public async Task RenderAsync_SanitisedHtmlWithRaw_IsPrintedAsIs()
    {
        using var folders = new TemplateFolders().Module("Page", "{{ item.fields.Summary.html | raw }}|{{ item.fields.Summary.html }}");
        using var renderer = folders.Renderer();
        var item = Item("t") with { Fields = new() { ["Summary"] = new FieldView { Name = "Summary", Label = "Résumé", Kind = "HtmlField", Html = "<p>a</p>" } } };

        var html = await renderer.RenderAsync("Page", new Dictionary<string, object?> { ["item"] = item }, _french);

        Assert.Equal("<p>a</p>|&lt;p&gt;a&lt;/p&gt;", html);
    }

    [Fact]
    public async Task RenderAsync_HugeLoop_StopsAtMaxSteps()
    {
        using var folders = new TemplateFolders().Module("Page", "{% for i in (1..100000000) %}{{ i }}{% endfor %}");
        using var renderer = folders.Renderer(o => o.MaxSteps = 10_000);

        var error = await Assert.ThrowsAsync<TemplateException>(() => renderer.RenderAsync("Page", new Dictionary<string, object?>(), _french));

        Assert.Contains("Page.liquid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_SelfIncludingTemplate_StopsAtMaxRecursion()
    {
        using var folders = new TemplateFolders().Module("Page", "{% render 'Page' %}");
        using var renderer = folders.Renderer(o => o.MaxRecursion = 5);

        await Assert.ThrowsAsync<TemplateException>(() => renderer.RenderAsync("Page", new Dictionary<string, object?>(), _french));
    }

    [Fact]
    public async Task RenderAsync_UnregisteredType_MembersReadAsEmpty()
    {
        using var folders = new TemplateFolders().Module("Page", "[{{ secret.password }}][{{ secret.Password }}][{{ item.title }}]");
        using var renderer = folders.Renderer();

        var html = await renderer.RenderAsync("Page", new Dictionary<string, object?> { ["secret"] = new Secret("hunter2"), ["item"] = Item("ok") }, _french);

        Assert.Equal("[][][ok]", html);
    }

    [Fact]
    public async Task RenderAsync_RegisteredViewModel_ExposesOnlyItsOwnMembersInSnakeCase()
    {
        using var folders = new TemplateFolders().Module("Page", "{{ item.type_label }}|{{ item.fields.City.text }}|{{ item.GetType }}");
        using var renderer = folders.Renderer();
        var item = Item("t") with { Fields = new() { ["City"] = new FieldView { Name = "City", Label = "Ville", Kind = "TextField", Text = "Lyon" } } };

        var html = await renderer.RenderAsync("Page", new Dictionary<string, object?> { ["item"] = item }, _french);

        Assert.Equal("Fiche|Lyon|", html);
    }

    [Fact]
    public async Task RenderAsync_SameTemplateTwice_ParsedOnce()
    {
        using var folders = new TemplateFolders().Module("Page", "first");
        using var renderer = folders.Renderer();
        await renderer.RenderAsync("Page", new Dictionary<string, object?>(), _french);
        File.WriteAllText(Path.Combine(folders.ModuleFolder, "Page.liquid"), "second");

        var html = await renderer.RenderAsync("Page", new Dictionary<string, object?>(), _french);

        Assert.Equal("first", html);
    }

    [Fact]
    public async Task RenderAsync_OverrideAddedWhileRunning_IsUsedOnceTheFolderReportsTheChange()
    {
        using var folders = new TemplateFolders().Module("Page", "module");
        using var renderer = folders.Renderer();
        Assert.Equal("module", await renderer.RenderAsync("Page", new Dictionary<string, object?>(), _french));

        File.WriteAllText(Path.Combine(folders.ThemeFolder, "Page.liquid"), "theme");
        var html = "module";
        for (var attempt = 0; attempt < 50 && html == "module"; attempt++)
        {
            await Task.Delay(100);
            html = await renderer.RenderAsync("Page", new Dictionary<string, object?>(), _french);
        }

        Assert.Equal("theme", html);
    }

    [Fact]
    public async Task RenderAsync_TemplateThatDoesNotParse_NamesTheTemplate()
    {
        using var folders = new TemplateFolders().Module("Broken", "{% if x %}never closed");
        using var renderer = folders.Renderer();

        var error = await Assert.ThrowsAsync<TemplateException>(() => renderer.RenderAsync("Broken", new Dictionary<string, object?>(), _french));

        Assert.Contains("Broken.liquid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderWithLayoutAsync_LayoutPrintsContentRaw()
    {
        using var folders = new TemplateFolders().Module("Page", "<p>{{ title }}</p>").Module("Layout", "<main>{{ content | raw }}</main>");
        using var renderer = folders.Renderer();

        var html = await renderer.RenderWithLayoutAsync("Page", new Dictionary<string, object?> { ["title"] = "<b>" }, _french);

        Assert.Equal("<main><p>&lt;b&gt;</p></main>", html);
    }

    private static ItemView Item(string title) => new()
    {
        Id = "id",
        Type = "PracticeSheet",
        TypeLabel = "Fiche",
        Title = title,
        Fields = [],
        Bags = [],
    };

    public sealed record Secret(string Password);
}
