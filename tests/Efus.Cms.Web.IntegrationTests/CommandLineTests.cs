using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Web.IntegrationTests;

public sealed class CommandLineTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "efus-tests", "cli-" + Guid.NewGuid().ToString("n"));

    public CommandLineTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task ExportImportExport_FreshSite_GivesTheSameJson()
    {
        var siteData = Path.Combine(_folder, "site");
        using (var site = new EfusSite(dataPath: siteData, keepData: true))
        {
            _ = site.Server;
        }

        var firstExport = Path.Combine(_folder, "first.json");
        var secondExport = Path.Combine(_folder, "second.json");

        var export = await CliProcess.RunAsync(siteData, "export", firstExport);
        var import = await CliProcess.RunAsync(Path.Combine(_folder, "empty"), "import", firstExport);
        var exportAgain = await CliProcess.RunAsync(Path.Combine(_folder, "empty"), "export", secondExport);

        Assert.True(export.ExitCode == 0, export.Error);
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.True(exportAgain.ExitCode == 0, exportAgain.Error);
        Assert.Equal(await File.ReadAllTextAsync(firstExport), await File.ReadAllTextAsync(secondExport));
        Assert.Contains("PRoTECT", await File.ReadAllTextAsync(secondExport), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserAdd_PrintsAGeneratedPasswordOnceThatSignsIn()
    {
        var data = Path.Combine(_folder, "users");
        using (var site = new EfusSite(dataPath: data, keepData: true))
        {
            _ = site.Server;
        }

        var result = await CliProcess.RunAsync(data, "user", "add", "claire", "--role", "Editor");
        var unknownRole = await CliProcess.RunAsync(data, "user", "add", "paul", "--role", "Chef");

        Assert.True(result.ExitCode == 0, result.Error);
        var password = result.Output.Trim().Split(": ")[^1];
        Assert.True(password.Length >= 24, result.Output);
        Assert.Equal(2, unknownRole.ExitCode);
        Assert.Contains("unknown role 'Chef'", unknownRole.Error, StringComparison.Ordinal);
        using var reopened = new EfusSite(dataPath: data, keepData: true);
        _ = reopened.Server;
        await using var scope = reopened.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser>>();
        var claire = await users.FindByNameAsync("claire");
        Assert.NotNull(claire);
        Assert.True(await users.CheckPasswordAsync(claire, password));
        Assert.True(await users.IsInRoleAsync(claire, "Editor"));
    }

    [Fact]
    public async Task UserAdd_RoleAddedByARecipe_CanBeGivenAtOnce()
    {
        var data = Path.Combine(_folder, "recipe-role");
        var recipe = Path.Combine(_folder, "reviewer.recipe.json");
        await File.WriteAllTextAsync(recipe, """
            { "steps": [ { "name": "Roles", "Roles": [ { "Name": "Reviewer", "Description": "Relit", "Permissions": ["ViewContent"] } ] } ] }
            """);
        using (var site = new EfusSite(dataPath: data, keepData: true))
        {
            _ = site.Server;
        }

        var import = await CliProcess.RunAsync(data, "import", recipe);
        var result = await CliProcess.RunAsync(data, "user", "add", "rita", "--role", "reviewer");

        Assert.True(import.ExitCode == 0, import.Error);
        Assert.True(result.ExitCode == 0, result.Error);
        using var reopened = new EfusSite(dataPath: data, keepData: true);
        _ = reopened.Server;
        await using var scope = reopened.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser>>();
        Assert.True(await users.IsInRoleAsync((await users.FindByNameAsync("rita"))!, "Reviewer"));
    }

    [Fact]
    public async Task Import_JsonSyntaxError_ExitsNonZeroWithLineAndColumnAndWritesNothing()
    {
        var data = Path.Combine(_folder, "data");
        var bad = Path.Combine(_folder, "bad.recipe.json");
        await File.WriteAllTextAsync(bad, "{\n  \"steps\": [\n    { \"name\": \"content\", \"Data\": [ } ]\n  ]\n}");
        var before = Path.Combine(_folder, "before.json");
        var after = Path.Combine(_folder, "after.json");
        await CliProcess.RunAsync(data, "export", before);

        var result = await CliProcess.RunAsync(data, "import", bad);

        await CliProcess.RunAsync(data, "export", after);
        Assert.NotEqual(0, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("bad.recipe.json", line, StringComparison.Ordinal);
        Assert.Contains("line 3", line, StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllTextAsync(before), await File.ReadAllTextAsync(after));
    }

    [Fact]
    public async Task Import_UnsupportedStep_IsRefusedUnlessSkipped()
    {
        var data = Path.Combine(_folder, "data");
        var recipe = Path.Combine(_folder, "layers.recipe.json");
        await File.WriteAllTextAsync(recipe, """
            { "name": "x", "steps": [ { "name": "settings", "SiteName": "Autre nom" }, { "name": "layers", "Layers": [] } ] }
            """);

        var refused = await CliProcess.RunAsync(data, "import", recipe);
        var skipped = await CliProcess.RunAsync(data, "import", recipe, "--skip-unsupported");

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("layers", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, skipped.ExitCode);
        Assert.Contains("layers", skipped.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingFile_ExitsNonZeroWithOneLine()
    {
        var result = await CliProcess.RunAsync(Path.Combine(_folder, "data"), "import", Path.Combine(_folder, "nope.json"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Import_WithoutFile_PrintsUsage()
    {
        var result = await CliProcess.RunAsync(Path.Combine(_folder, "data"), "import");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("import FILE", result.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
