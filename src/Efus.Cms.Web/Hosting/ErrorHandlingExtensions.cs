using Efus.Cms.Core.Management;
using Efus.Cms.Core.Storage;
using Efus.Cms.Core.Validation;
using Microsoft.AspNetCore.Diagnostics;

namespace Efus.Cms.Web.Hosting;

public static class ErrorHandlingExtensions
{
    /// <summary>Known content errors become 400/404/409 problem details; anything else a 500 without a stack trace.</summary>
    public static WebApplication UseEfusErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler(errorApp => errorApp.Run(async context =>
        {
            var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            var (status, title, errors) = error switch
            {
                ContentValidationException invalid => (StatusCodes.Status400BadRequest, "The content item is invalid.",
                    invalid.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray())),
                ContentConflictException => (StatusCodes.Status409Conflict, error.Message, null),
                ContentNotFoundException => (StatusCodes.Status404NotFound, error.Message, null),
                InvalidContentOperationException or BadHttpRequestException => (StatusCodes.Status400BadRequest, error.Message, null),
                _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred.", (Dictionary<string, string[]>?)null),
            };
            var problem = errors is null
                ? Results.Problem(title: title, statusCode: status)
                : Results.ValidationProblem(errors, title: title, statusCode: status);
            await problem.ExecuteAsync(context);
        }));
        app.UseStatusCodePages();
        return app;
    }

    public static WebApplication MapEfusHealth(this WebApplication app)
    {
        app.MapGet("/health", (Setup.SetupState state) => state.Ready
            ? Results.Ok(new { status = "ready" })
            : Results.Json(new { status = "starting" }, statusCode: StatusCodes.Status503ServiceUnavailable));
        return app;
    }
}
