using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Admin.Types;

/// <summary>
/// What the content-type pages share: the permission check, the definitions, and saving a change
/// through the definition manager (which tells GraphQL, forms and search to follow), or showing why
/// it is refused next to its input, with nothing saved.
/// </summary>
public abstract class TypesPageModel : AdminPageModel
{
    public ContentDefinitions Definitions { get; private set; } = ContentDefinitions.Empty;

    /// <summary>Errors by input id.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>The stamp the form was drawn from (<see cref="DefinitionStamp"/>).</summary>
    [BindProperty(Name = "Stamp")]
    public string? PostedStamp { get; set; }

    /// <summary>The type the page edits; its stamp goes into every form and is checked before saving.</summary>
    protected ContentTypeDefinition? StampedType { get; set; }

    /// <summary>The current stamp of <see cref="StampedType"/>, written into the page's forms.</summary>
    public string Stamp => StampedType is null ? "" : DefinitionStamp.Of(Definitions, StampedType);

    /// <summary>Set when the type changed since the form was drawn: nothing saved, the input kept.</summary>
    public bool Conflict { get; private set; }

    protected IContentDefinitionManager DefinitionManager => HttpContext.RequestServices.GetRequiredService<IContentDefinitionManager>();

    protected async Task<IActionResult?> AuthorizeAsync(CancellationToken cancellationToken)
    {
        if (!await Authorizer.HasAsync(User, ContentTypePermissions.EditContentTypes, cancellationToken))
        {
            return Denied();
        }

        Definitions = await DefinitionManager.GetAsync(cancellationToken);
        return null;
    }

    /// <summary>Saves the change and redirects with <paramref name="done"/>; a refusal returns null after recording its error (400).</summary>
    protected async Task<IActionResult?> ApplyAsync(DefinitionChange change, string done, string redirect, CancellationToken cancellationToken)
    {
        if (change.Definitions is null)
        {
            Errors[change.Input ?? ""] = change.Error is null ? "" : T.Message(change.Error);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return null;
        }

        // A refused change says why first; a valid one is still refused when the type moved meanwhile.
        if (StampedType is not null && !string.Equals(PostedStamp, Stamp, StringComparison.Ordinal))
        {
            Conflict = true;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return null;
        }

        await DefinitionManager.SaveAsync(change.Definitions, cancellationToken);
        Notify(done);
        return LocalRedirect(redirect);
    }
}
