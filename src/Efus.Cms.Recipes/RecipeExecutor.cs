using Efus.Cms.Core.Content;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Storage;
using Efus.Cms.Core.Validation;
using Efus.Cms.Recipes.Scripting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Efus.Cms.Recipes;

/// <summary>
/// Runs a recipe's steps in order inside one transaction: either every step is committed, or nothing
/// is and one <see cref="RecipeException"/> names the file, the step and the JSON path of the problem.
/// Each step's script expressions are evaluated just before it runs, as in Orchard Core.
/// </summary>
/// <remarks>
/// The executor works in the caller's DI scope. After a failed recipe, that scope's cached content
/// definitions may still show what was rolled back: dispose the scope (a request, a command) and
/// read again in a new one.
/// </remarks>
public sealed class RecipeExecutor(
    IEnumerable<IRecipeStep> steps,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    TimeProvider clock,
    IOptions<RecipeOptions> options,
    ILogger<RecipeExecutor> logger,
    IConfiguration? configuration = null)
{
    private readonly Dictionary<string, IRecipeStep> _steps = steps
        .GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The step names this executor runs, alphabetically.</summary>
    public IReadOnlyList<string> SupportedSteps => [.. _steps.Values.Select(s => s.Name).Order(StringComparer.OrdinalIgnoreCase)];

    public async Task<RecipeResult> ExecuteAsync(Recipe recipe, RecipeExecutionOptions? executionOptions = null, CancellationToken cancellationToken = default)
    {
        executionOptions ??= new();
        var plan = Plan(recipe, executionOptions);
        var run = new RecipeRun();
        var files = new RecipeFiles(recipe.BasePath, executionOptions.ContentRoot, options.Value.MaxFileSize);
        var scripts = new RecipeScriptScope(recipe, files, name => Parameter(executionOptions, name), key => configuration?[key], clock);

        logger.LogInformation("Running recipe {FileName} ({StepCount} steps)", recipe.FileName, recipe.Steps.Count);
        await using (await unitOfWork.BeginAsync(cancellationToken))
        {
            foreach (var (descriptor, handler) in plan)
            {
                if (handler is null)
                {
                    run.StepsSkipped++;
                    run.Warnings.Add($"step {descriptor.Number} '{descriptor.Name}': skipped, this step is not supported");
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                logger.LogInformation("Recipe {FileName}: step {StepNumber} '{StepName}'", recipe.FileName, descriptor.Number, descriptor.Name);
                executionOptions.Progress?.Report(new RecipeProgress(descriptor.Number, recipe.Steps.Count, descriptor.Name, 0, 0));
                try
                {
                    // A deferred Data array is not in the shell: its items are evaluated as the step reads them.
                    var json = descriptor.Shell.DeepClone().AsObject();
                    scripts.EvaluateTree(json, descriptor.JsonPath);
                    await handler.ExecuteAsync(new RecipeStepContext(recipe, descriptor, json, files, run, scripts, cancellationToken)
                    {
                        Progress = executionOptions.Progress,
                    });
                }
                catch (Exception e) when (e is not (OperationCanceledException or RecipeException))
                {
                    throw Failure(recipe, descriptor, e);
                }

                run.StepsRun++;
                run.Steps.Add($"{descriptor.Number} {descriptor.Name}");
            }

            if (executionOptions.DryRun)
            {
                // Leaving the unit of work uncommitted rolls every step back.
                logger.LogInformation("Recipe {FileName}: dry run, rolled back", recipe.FileName);
                return run.ToResult(dryRun: true);
            }

            try
            {
                await unitOfWork.CommitAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new RecipeException(recipe.FileName, $"the recipe could not be committed: {e.Message}", null, e);
            }
        }

        var result = run.ToResult(dryRun: false);
        logger.LogInformation("Recipe {FileName} committed: {Created} items created, {Updated} updated, {Unchanged} unchanged, {Warnings} warnings",
            recipe.FileName, result.ItemsCreated, result.ItemsUpdated, result.ItemsUnchanged, result.Warnings.Count);
        return result;
    }

    /// <summary>Every step name is checked before anything runs, so an unsupported step refuses the whole recipe up front.</summary>
    private List<(RecipeStepDescriptor Descriptor, IRecipeStep? Handler)> Plan(Recipe recipe, RecipeExecutionOptions executionOptions)
    {
        var plan = recipe.Steps.Select(d => (d, _steps.GetValueOrDefault(d.Name))).ToList();
        var unsupported = plan.Where(p => p.Item2 is null).Select(p => $"step {p.d.Number} '{p.d.Name}'").ToList();
        if (unsupported.Count > 0 && !executionOptions.SkipUnsupportedSteps)
        {
            throw new RecipeException(recipe.FileName,
                $"unsupported {(unsupported.Count == 1 ? "step" : "steps")}: {string.Join(", ", unsupported)}. " +
                $"Supported steps: {string.Join(", ", SupportedSteps)}. Nothing was imported; run with SkipUnsupportedSteps to skip them.");
        }

        return plan;
    }

    private string? Parameter(RecipeExecutionOptions executionOptions, string name)
    {
        foreach (var (key, value) in executionOptions.Parameters)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return name switch
        {
            _ when name.Equals("AdminUserId", StringComparison.OrdinalIgnoreCase) => currentUser.UserId,
            _ when name.Equals("AdminUsername", StringComparison.OrdinalIgnoreCase) => currentUser.UserName,
            _ => null,
        };
    }

    private static RecipeException Failure(Recipe recipe, RecipeStepDescriptor step, Exception e)
    {
        var (path, problem) = e switch
        {
            RecipeStepException s => (s.JsonPath, s.Problem),
            ContentJsonException j => (j.JsonPath, j.Problem),
            ContentValidationException v => (step.JsonPath, string.Join("; ", v.Errors)),
            _ => (step.JsonPath, e.Message),
        };
        return new RecipeException(recipe.FileName, problem, new() { StepNumber = step.Number, StepName = step.Name, JsonPath = path }, e);
    }
}
