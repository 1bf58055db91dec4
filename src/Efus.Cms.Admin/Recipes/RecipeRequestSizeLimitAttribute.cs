using Efus.Cms.Recipes;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Efus.Cms.Admin.Recipes;

/// <summary>
/// Lets a request body be as large as the recipe limit (<see cref="RecipeOptions.MaxFileSize"/>, 50 MB by default)
/// plus room for the form, instead of Kestrel's 30 MB. An authorization filter ordered before anti-forgery's,
/// which reads the form first (as <c>[RequestSizeLimit]</c> is, but from configuration).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RecipeRequestSizeLimitAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    /// <summary>Room for the form's other fields and the multipart boundaries around the file.</summary>
    public const long FormOverheadBytes = 1024 * 1024;

    public int Order => 900;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        if (context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<RecipeOptions>>();
            limit.MaxRequestBodySize = options.Value.MaxFileSize + FormOverheadBytes;
        }
    }
}
