using Efus.Cms.Core.Content;
using Efus.Cms.Core.Validation;
using Efus.Cms.Data;
using Efus.Cms.Recipes;
using Efus.Cms.Recipes.Export;
using Efus.Cms.Search.Lucene.Indexing;

namespace Efus.Cms.Web.Cli;

/// <summary>Runs a verb: exit code 0 on success, otherwise 1 (2 for usage) with one line on stderr saying what is wrong.</summary>
public static class CommandRunner
{
    public static async Task<int> RunAsync(IServiceProvider services, CliCommand command)
    {
        try
        {
            await services.MigrateEfusDatabaseAsync();
            await using var scope = services.CreateAsyncScope();
            return command.Verb switch
            {
                "import" => await ImportAsync(scope.ServiceProvider, command),
                "export" => await ExportAsync(scope.ServiceProvider, command),
                "reindex" => await SearchIndexCommands.ReindexAsync(scope.ServiceProvider, command),
                "reset" => await SearchIndexCommands.ResetAsync(scope.ServiceProvider, command),
                "user" => await UserCommands.RunAsync(scope.ServiceProvider, command),
                "token" => await TokenCommands.RunAsync(scope.ServiceProvider, command),
                _ => Usage($"unknown command '{command.Verb}'"),
            };
        }
        catch (Exception e) when (e is RecipeException or ContentValidationException or ContentJsonException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"error: {OneLine(e.Message)}");
            return 1;
        }
        finally
        {
            // The process ends without disposing the host: make what the verb indexed durable.
            services.GetService<LuceneIndexManager>()?.Dispose();
        }
    }

    private static async Task<int> ImportAsync(IServiceProvider services, CliCommand command)
    {
        if (command.Arguments.Count != 1)
        {
            return Usage("import takes one recipe file: import FILE [--skip-unsupported]");
        }

        var unknownFlags = command.Flags.Where(f => !f.Equals("skip-unsupported", StringComparison.OrdinalIgnoreCase)).ToList();
        if (unknownFlags.Count > 0)
        {
            return Usage($"unknown option --{unknownFlags[0]} (import FILE [--skip-unsupported])");
        }

        var recipe = await services.GetRequiredService<RecipeReader>().ReadFileAsync(command.Arguments[0]);
        var result = await services.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, new RecipeExecutionOptions
        {
            SkipUnsupportedSteps = command.Flags.Contains("skip-unsupported"),
        });
        foreach (var warning in result.Warnings)
        {
            await Console.Error.WriteLineAsync($"warning: {warning}");
        }

        Console.WriteLine($"Imported {recipe.FileName}: {result.StepsRun} steps, {result.ItemsCreated} items created, {result.ItemsUpdated} updated, {result.ItemsUnchanged} unchanged.");
        return 0;
    }

    private static async Task<int> ExportAsync(IServiceProvider services, CliCommand command)
    {
        if (command.Arguments.Count != 1)
        {
            return Usage("export takes one output file: export FILE");
        }

        var path = Path.GetFullPath(command.Arguments[0]);
        var temporary = path + ".partial";
        await using (var output = File.Create(temporary))
        {
            await services.GetRequiredService<SiteExporter>().ExportAsync(output);
        }

        File.Move(temporary, path, overwrite: true);
        Console.WriteLine($"Exported the site to {path}.");
        return 0;
    }

    internal static int Usage(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return 2;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
