using Npgsql;

namespace Efus.Cms.Web.IntegrationTests;

/// <summary>
/// The <c>import</c> command on a recipe whose last item is refused: nothing is written (SQLite and
/// PostgreSQL), one line on stderr names the step, the item and the field, and the exit code is not 0.
/// </summary>
public sealed class CommandLineImportTests : IAsyncLifetime
{
    private const int ItemCount = 300;

    private const string Definitions = """
        {"name":"ContentDefinition","ContentTypes":[{"Name":"Sheet","DisplayName":"Fiche",
          "ContentTypePartDefinitionRecords":[{"PartName":"TitlePart","Name":"TitlePart"},{"PartName":"Sheet","Name":"Sheet"}]}],
         "ContentParts":[{"Name":"Sheet","ContentPartFieldDefinitionRecords":[{"FieldName":"NumericField","Name":"Year"}]}]}
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "efus-tests", "cli-import-" + Guid.NewGuid().ToString("n"));
    private readonly string _database = $"efus_import_{Guid.NewGuid():N}";
    private readonly NpgsqlConnectionStringBuilder _server = new(
        Environment.GetEnvironmentVariable("EFUS_TEST_POSTGRES") is { Length: > 0 } value ? value : "Host=127.0.0.1;Username=postgres;Password=postgres;Database=postgres");

    private string PostgreSql => new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Database = _database }.ConnectionString;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        await ExecuteOnServerAsync($"CREATE DATABASE \"{_database}\"");
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Import_LastItemInvalid_ExitsNonZeroNamesTheItemAndWritesNothing(string provider)
    {
        string[] database = provider == "PostgreSql" ? ["--Cms:Database:Provider=PostgreSql", $"--ConnectionStrings:Cms={PostgreSql}"] : [];
        var data = Path.Combine(_folder, "data");
        var recipe = await WriteRecipeAsync("last-bad.recipe.json", lastYear: "\"never\"");
        var before = Path.Combine(_folder, "before.json");
        var after = Path.Combine(_folder, "after.json");
        Assert.Equal(0, (await CliProcess.RunAsync(data, ["export", before, .. database])).ExitCode);

        var result = await CliProcess.RunAsync(data, ["import", recipe, .. database]);

        Assert.Equal(0, (await CliProcess.RunAsync(data, ["export", after, .. database])).ExitCode);
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"error: last-bad.recipe.json: step 2 'content': $.steps[1].Data[{ItemCount - 1}].Sheet.Year: 'Value' must be a number, found String", line);
        Assert.Equal(await File.ReadAllTextAsync(before), await File.ReadAllTextAsync(after));
        Assert.DoesNotContain("\"Sheet\"", await File.ReadAllTextAsync(after), StringComparison.Ordinal);

        // The same recipe with a valid last item imports every item.
        var good = await CliProcess.RunAsync(data, ["import", await WriteRecipeAsync("good.recipe.json", lastYear: "2025"), .. database]);

        Assert.True(good.ExitCode == 0, good.Error);
        Assert.Contains($"{ItemCount} items created", good.Output, StringComparison.Ordinal);
    }

    private async Task<string> WriteRecipeAsync(string fileName, string lastYear)
    {
        var items = Enumerable.Range(0, ItemCount).Select(i =>
            $"{{\"ContentItemId\":\"sheet{i}\",\"ContentItemVersionId\":\"sheet{i}v1\",\"ContentType\":\"Sheet\",\"Latest\":true,\"Published\":true," +
            $"\"TitlePart\":{{\"Title\":\"Fiche {i}\"}},\"Sheet\":{{\"Year\":{{\"Value\":{(i == ItemCount - 1 ? lastYear : "2024")}}}}}}}");
        var path = Path.Combine(_folder, fileName);
        await File.WriteAllTextAsync(path, $$"""{"name":"Sheets","steps":[{{Definitions}},{"name":"content","Data":[{{string.Join(",\n", items)}}]}]}""");
        return path;
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
