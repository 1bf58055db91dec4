using Efus.Cms.Admin.Editors;
using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Scheduling;
using Efus.Cms.Core.Security;
using Efus.Cms.Core.Storage;
using Efus.Cms.Core.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Admin.Content;

/// <summary>
/// The content editor, shared by the create and edit pages: the generated form, its hidden version
/// fields, the save buttons (draft, publish, schedule), bag actions, conflicts and errors. A page says
/// only how it opens (<see cref="OpenAsync"/>), what the form is applied onto (<see cref="FormBaseAsync"/>)
/// and how the result is stored (<see cref="PersistAsync"/>).
/// </summary>
public abstract class ContentEditorPageModel(IContentManager contentManager, IContentDefinitionManager definitionManager, ContentForm form, IUnitOfWork unitOfWork)
    : AdminPageModel
{
    /// <summary>The form input holding the local date and time of a scheduled publication.</summary>
    public const string ScheduleInput = "ScheduledPublishLocal";

    protected IContentManager ContentManager => contentManager;

    protected IContentDefinitionManager DefinitionManager => definitionManager;

    protected ContentForm FormService => form;

    protected IUnitOfWork UnitOfWork => unitOfWork;

    protected AdminClock EditorClock => HttpContext.RequestServices.GetRequiredService<AdminClock>();

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

    /// <summary>Whether the save buttons show (someone who may only preview sees the form without them).</summary>
    public bool CanSave { get; protected set; } = true;

    /// <summary>The input to focus after a bag action (the row moved, the row added).</summary>
    public string? FocusId { get; protected set; }

    /// <summary>The schedule input's value (local time of the site) and its error, if any.</summary>
    public string? ScheduleValue { get; private set; }

    public string? ScheduleError { get; private set; }

    public string ScheduleZone { get; private set; } = "UTC";

    public Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken) => SaveAsync(EditorSave.Draft, cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken) => SaveAsync(EditorSave.Publish, cancellationToken);

    public Task<IActionResult> OnPostScheduleAsync(CancellationToken cancellationToken) => SaveAsync(EditorSave.Schedule, cancellationToken);

    public async Task<IActionResult> OnPostBagAsync(CancellationToken cancellationToken)
    {
        if (await OpenAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var (item, _) = ReadForm(await FormBaseAsync(cancellationToken));
        FocusId = FormService.ApplyBagAction(item, Definitions, Request.Form["bagAction"].ToString());
        Item = item;
        return await ShowAsync([], cancellationToken);
    }

    /// <summary>Loads the definitions, the type and what the page needs; a result when the editor may not go on (404, 403).</summary>
    protected abstract Task<IActionResult?> OpenAsync(CancellationToken cancellationToken);

    /// <summary>The item the posted form is applied onto.</summary>
    protected abstract Task<ContentItem> FormBaseAsync(CancellationToken cancellationToken);

    /// <summary>Stores the checked item and answers (a redirect after success).</summary>
    protected abstract Task<IActionResult> PersistAsync(ContentItem item, EditorSave save, CancellationToken cancellationToken);

    /// <summary>Someone saved first (only an existing item can be in conflict).</summary>
    protected virtual Task<IActionResult> ConflictAsync(CancellationToken cancellationToken) =>
        ShowAsync([new ValidationError("", T["Ce contenu a été modifié entre-temps : rechargez la page."])], cancellationToken, StatusCodes.Status409Conflict);

    /// <summary>Whether the editor may save this way; checked on the server before anything is read.</summary>
    protected abstract Task<bool> MaySaveAsync(EditorSave save, CancellationToken cancellationToken);

    protected string RouteValue(string name) => RouteData.Values[name]?.ToString() ?? "";

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
        var zone = await EditorClock.ZoneAsync(cancellationToken);
        ScheduleZone = zone.Id;
        ScheduleValue ??= PublishLater.ScheduledUtc(Item!) is { } scheduled ? EditorClock.ToLocalInput(scheduled) : null;
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
            // An empty path is not an error: the content manager generates it from the title.
            var emptyPath = string.IsNullOrEmpty(AutoroutePath.Of(item));
            errors.AddRange(ContentItemValidator.ValidateShape(item, Definitions, prefix: "")
                .Where(e => errors.All(x => x.Field != e.Field) && !(emptyPath && e.Field == $"{WellKnownParts.Autoroute}.Path")));
        }

        return (item, errors);
    }

    private async Task<IActionResult> SaveAsync(EditorSave save, CancellationToken cancellationToken)
    {
        if (await OpenAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!await MaySaveAsync(save, cancellationToken))
        {
            return Denied();
        }

        var (item, problems) = ReadForm(await FormBaseAsync(cancellationToken));
        Item = item;
        var scheduled = save != EditorSave.Schedule || await ApplyScheduleAsync(item, cancellationToken);
        if (problems.Count > 0 || !scheduled)
        {
            return await ShowAsync(problems, cancellationToken, StatusCodes.Status400BadRequest);
        }

        try
        {
            return await PersistAsync(item, save, cancellationToken);
        }
        catch (ContentValidationException invalid)
        {
            return await ShowAsync(invalid.Errors, cancellationToken, StatusCodes.Status400BadRequest);
        }
        catch (ContentConflictException)
        {
            return await ConflictAsync(cancellationToken);
        }
    }

    /// <summary>The posted local date and time as the item's PublishLaterPart (UTC); false, with <see cref="ScheduleError"/>, when missing, invalid or past.</summary>
    private async Task<bool> ApplyScheduleAsync(ContentItem item, CancellationToken cancellationToken)
    {
        await EditorClock.ZoneAsync(cancellationToken);
        ScheduleValue = Request.Form[ScheduleInput].ToString();
        var now = HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var utc = EditorClock.ParseLocalInput(ScheduleValue);
        ScheduleError = utc switch
        {
            null when string.IsNullOrWhiteSpace(ScheduleValue) => T["Indiquez la date et l’heure de publication."],
            null => T["La date et l’heure de publication ne sont pas valides."],
            { } when utc <= now => T["La date de publication doit être dans le futur."],
            _ => null,
        };
        if (ScheduleError is not null)
        {
            return false;
        }

        PublishLater.Schedule(item, utc!.Value);
        return true;
    }
}
