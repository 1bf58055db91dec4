using Efus.Cms.Admin.Editors;
using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Security;
using Efus.Cms.Core.Storage;
using Efus.Cms.Core.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Content;

/// <summary>What the create and edit pages share: the generated form, its hidden version fields, the conflict and the errors.</summary>
public abstract class ContentEditorPageModel(IContentManager contentManager, IContentDefinitionManager definitionManager, ContentForm form, IUnitOfWork unitOfWork)
    : AdminPageModel
{
    protected IContentManager ContentManager => contentManager;

    protected IContentDefinitionManager DefinitionManager => definitionManager;

    protected ContentForm FormService => form;

    protected IUnitOfWork UnitOfWork => unitOfWork;

    public ContentDefinitions Definitions { get; private set; } = ContentDefinitions.Empty;

    public ContentTypeDefinition? Type { get; protected set; }

    /// <summary>The item as the form shows it (the posted input after a refused save).</summary>
    public ContentItem? Item { get; protected set; }

    public ContentFormView Form { get; private set; } = new([], []);

    /// <summary>The version the form is based on and its revision: posted back so a stale save is detected.</summary>
    [BindProperty]
    public string? VersionId { get; set; }

    [BindProperty]
    public int Revision { get; set; }

    /// <summary>Set when someone else saved meanwhile: their version, whose id and revision the form now carries.</summary>
    public ContentItem? ConflictWith { get; protected set; }

    public IReadOnlyList<string> ConflictFields { get; protected set; } = [];

    public string? ConflictTime { get; protected set; }

    public bool CanPublish { get; protected set; }

    /// <summary>The input to focus after a bag action (the row moved, the row added).</summary>
    public string? FocusId { get; protected set; }

    protected async Task<ContentDefinitions> LoadDefinitionsAsync(CancellationToken cancellationToken)
    {
        Definitions = await definitionManager.GetAsync(cancellationToken);
        return Definitions;
    }

    protected async Task<IActionResult> ShowAsync(IReadOnlyList<ValidationError> errors, CancellationToken cancellationToken, int status = StatusCodes.Status200OK)
    {
        Form = await form.BuildAsync(Item!, Definitions, errors, cancellationToken);
        CanPublish = Type?.TypeSettings.Draftable != false
            && await Authorizer.CanAsync(User, ContentAction.Publish, Item!.ContentType, Item.Owner ?? UserId, cancellationToken);
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>The posted form applied onto <paramref name="baseItem"/>, carrying the posted revision.</summary>
    protected (ContentItem Item, IReadOnlyList<ValidationError> Problems) ReadForm(ContentItem baseItem)
    {
        var (item, problems) = form.Read(baseItem, Definitions, Request.Form);
        item.Revision = Revision;
        var errors = problems.ToList();
        if (Type?.HasPart(WellKnownParts.Title) == true && string.IsNullOrWhiteSpace(item.DisplayText))
        {
            errors.Add(new ValidationError($"{WellKnownParts.Title}.Title", T["Le titre est obligatoire."]));
        }

        if (errors.Count > 0)
        {
            // Refused before the content manager sees it: list the definition's own checks too, so every problem shows at once.
            errors.AddRange(ContentItemValidator.ValidateShape(item, Definitions, prefix: "").Where(e => errors.All(x => x.Field != e.Field)));
        }

        return (item, errors);
    }
}
