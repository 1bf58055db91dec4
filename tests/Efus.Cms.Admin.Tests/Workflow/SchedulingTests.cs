using System.Net;
using Efus.Cms.Admin.Tests.Infrastructure;
using Efus.Cms.Core.Audit;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Scheduling;
using Efus.Cms.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Efus.Cms.Admin.Tests.Workflow;

/// <summary>Scheduled publication from the editor to the background publisher, with a clock the tests move.</summary>
public sealed class SchedulingTests : IDisposable
{
    private readonly MovableClock _clock = new();
    private readonly AdminSite _site;

    public SchedulingTests() => _site = new AdminSite(_clock);

    [Fact]
    public async Task Schedule_NewItem_IsADraftWithPublishLaterPart_PublishedOnceTheClockPassesIt()
    {
        using var client = await _site.LoginAsync();
        var at = ParisTomorrowAt(9, 30);

        var id = await ScheduleNewAsync(client, "Fiche programmée", at.Local);

        var draft = (await _site.GetAsync(id))!;
        Assert.False(draft.Published);
        Assert.Equal(at.Utc, PublishLater.ScheduledUtc(draft));
        Assert.Equal(at.Utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            draft.Part(PublishLater.PartName)![PublishLater.ScheduledPublishUtc]!.GetValue<string>());
        Assert.Equal(0, await PublishDueAsync());

        _clock.Advance(at.Utc - _clock.GetUtcNow().UtcDateTime + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await PublishDueAsync());

        var published = (await _site.GetAsync(id, VersionOptions.Published))!;
        Assert.Null(PublishLater.ScheduledUtc(published));
        Assert.Empty(await _site.WithServiceAsync<IPublicationSchedule, IReadOnlyList<ScheduledPublication>>(s => s.ListAsync(100)));
        var audit = await _site.WithServiceAsync<IAuditTrail, AuditPage>(t => t.QueryAsync(new AuditQuery { ContentItemId = id, Action = AuditActions.Published }));
        Assert.Equal(1, audit.Total);
        Assert.Equal(0, await PublishDueAsync());
    }

    [Fact]
    public async Task Schedule_EditAndList_ShowTheScheduledStateAndTime()
    {
        using var client = await _site.LoginAsync();
        var at = ParisTomorrowAt(14, 0);
        var id = await ScheduleNewAsync(client, "Fiche à venir", at.Local);

        var edit = await client.GetPageAsync($"/admin/content/{id}/edit");
        var list = await client.GetPageAsync("/admin/content?status=scheduled");
        var dashboard = await client.GetPageAsync("/admin");

        Assert.Equal("Programmé", edit.Text("h1 .status"));
        Assert.Equal(at.Local, edit.Document.QuerySelector("#schedule-at")!.GetAttribute("value"));
        Assert.Contains("Europe/Paris", edit.Text("#schedule-hint"), StringComparison.Ordinal);
        Assert.Equal(["Fiche à venir"], list.Document.QuerySelectorAll("tbody th").Select(t => t.TextContent.Trim()));
        Assert.Equal("Programmé", list.Text("tbody .status"));
        Assert.Contains("Fiche à venir", dashboard.Text("[aria-labelledby=scheduled-title]"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Indiquez la date et l’heure de publication.")]
    [InlineData("demain matin", "La date et l’heure de publication ne sont pas valides.")]
    [InlineData("2020-01-01T10:00", "La date de publication doit être dans le futur.")]
    public async Task Schedule_MissingInvalidOrPastDate_IsRefusedNextToTheFieldAndNothingIsWritten(string value, string message)
    {
        using var client = await _site.LoginAsync();
        var page = await client.GetPageAsync("/admin/content/new/PracticeSheet");
        var values = ContentForms.PracticeSheet("Jamais enregistrée");
        values["ScheduledPublishLocal"] = [value];

        var response = await client.SubmitAsync(page.ContentForm, values, formAction: "?handler=Schedule");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var refused = await AdminClient.Page.ParseAsync("/admin/content/new/PracticeSheet", response, await response.Content.ReadAsStringAsync());
        Assert.Equal(message, refused.Text("#schedule-at-error"));
        Assert.Equal("Jamais enregistrée", refused.Document.QuerySelector("[name='c.TitlePart.Title']")!.GetAttribute("value"));
        var found = await _site.WithContentAsync(m => m.QueryAsync(new ContentQuery { Status = ContentStatus.Latest, DisplayTextContains = "Jamais enregistrée" }));
        Assert.Equal(0, found.Total);
    }

    [Fact]
    public async Task ScheduledItem_ThatFailsValidationWhenDue_ShowsTheFailure_IsNotRetried_UntilSavedAgain()
    {
        using var client = await _site.LoginAsync();
        var at = ParisTomorrowAt(9, 30);
        var id = await ScheduleNewAsync(client, "Fiche incomplète", at.Local);
        await RequireContactAsync();
        _clock.Advance(at.Utc - _clock.GetUtcNow().UtcDateTime + TimeSpan.FromMinutes(1));

        Assert.Equal(0, await PublishDueAsync());
        Assert.Equal(0, await PublishDueAsync("other-node"));

        Assert.Null(await _site.GetAsync(id, VersionOptions.Published));
        var row = Assert.Single(await _site.WithServiceAsync<IPublicationSchedule, IReadOnlyList<ScheduledPublication>>(s => s.ListAsync(100)));
        Assert.Contains("Contact", row.Failure, StringComparison.Ordinal);
        using var later = await _site.LoginAsync(); // the clock moved past the first session's expiry
        var edit = await later.GetPageAsync($"/admin/content/{id}/edit");
        Assert.StartsWith("La publication programmée a échoué : ", edit.Text("#schedule-failure"), StringComparison.Ordinal);
        Assert.Contains("Contact", edit.Text("#schedule-failure"), StringComparison.Ordinal);
        var dashboard = await later.GetPageAsync("/admin");
        Assert.Contains("La publication programmée a échoué", dashboard.Text("[aria-labelledby=scheduled-title]"), StringComparison.Ordinal);
        var audit = await _site.WithServiceAsync<IAuditTrail, AuditPage>(t => t.QueryAsync(new AuditQuery { ContentItemId = id, Action = AuditActions.ScheduledPublicationFailed }));
        Assert.Equal(1, audit.Total);
        Assert.Contains("Contact", audit.Events[0].Details, StringComparison.Ordinal);

        var values = ContentForms.PracticeSheet("Fiche incomplète");
        values["c.PracticeSheet.Contact"] = ["contact@efus.eu"];
        var saved = await later.SubmitAsync(edit.ContentForm, values);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Null(Assert.Single(await _site.WithServiceAsync<IPublicationSchedule, IReadOnlyList<ScheduledPublication>>(s => s.ListAsync(100))).Failure);
        Assert.Equal(1, await PublishDueAsync());
        Assert.NotNull(await _site.GetAsync(id, VersionOptions.Published));
    }

    private async Task RequireContactAsync()
    {
        _ = _site.Server;
        await using var scope = _site.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>();
        var definitions = await manager.GetAsync();
        var part = definitions.Part("PracticeSheet")!;
        var fields = part.Fields.Select(f =>
        {
            if (f.Name != "Contact")
            {
                return f;
            }

            var settings = (System.Text.Json.Nodes.JsonObject)f.Settings.DeepClone();
            settings["TextFieldSettings"] ??= new System.Text.Json.Nodes.JsonObject();
            settings["TextFieldSettings"]!["Required"] = true;
            return f with { Settings = settings };
        });
        await manager.SaveAsync(definitions.WithPart(part with { Fields = [.. fields] }));
    }

    [Fact]
    public async Task CancelSchedule_RemovesTheDateAndTheItemIsNotPublished()
    {
        using var client = await _site.LoginAsync();
        var at = ParisTomorrowAt(8, 0);
        var id = await ScheduleNewAsync(client, "Programmation annulée", at.Local);
        var edit = await client.GetPageAsync($"/admin/content/{id}/edit");

        var response = await client.SubmitAsync(edit.Form("form[action*='handler=CancelSchedule']"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(PublishLater.ScheduledUtc((await _site.GetAsync(id))!));
        _clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(0, await PublishDueAsync());
        Assert.Null(await _site.GetAsync(id, VersionOptions.Published));
    }

    [Fact]
    public async Task PublishNow_OfAScheduledItem_DropsTheSchedule()
    {
        using var client = await _site.LoginAsync();
        var id = await ScheduleNewAsync(client, "Publiée plus tôt", ParisTomorrowAt(10, 0).Local);
        var edit = await client.GetPageAsync($"/admin/content/{id}/edit");

        await client.SubmitAsync(edit.ContentForm, formAction: "?handler=Publish");

        Assert.Null(PublishLater.ScheduledUtc((await _site.GetAsync(id, VersionOptions.Published))!));
        Assert.Empty(await _site.WithServiceAsync<IPublicationSchedule, IReadOnlyList<ScheduledPublication>>(s => s.ListAsync(100)));
    }

    [Fact]
    public async Task TwoNodesPublishingAtOnce_PublishTheItemOnlyOnce()
    {
        using var client = await _site.LoginAsync();
        var at = ParisTomorrowAt(7, 0);
        var id = await ScheduleNewAsync(client, "Une seule publication", at.Local);
        _clock.Advance(TimeSpan.FromDays(2));

        var counts = await Task.WhenAll(Enumerable.Range(0, 3).Select(n => PublishDueAsync($"node-{n}")));

        Assert.Equal(1, counts.Sum());
        var audit = await _site.WithServiceAsync<IAuditTrail, AuditPage>(t => t.QueryAsync(new AuditQuery { ContentItemId = id, Action = AuditActions.Published }));
        Assert.Equal(1, audit.Total);
    }

    [Fact]
    public async Task Contributor_CannotSchedule_SeesNoScheduleControl()
    {
        await _site.CreateUserAsync("contrib", "Contributor");
        using var contributor = await _site.LoginAsync("contrib");
        var page = await contributor.GetPageAsync("/admin/content/new/PracticeSheet");
        var values = ContentForms.PracticeSheet("Programmée sans droit");
        values["ScheduledPublishLocal"] = [ParisTomorrowAt(9, 0).Local];

        var response = await contributor.SubmitAsync(page.ContentForm, values, formAction: "?handler=Schedule");

        Assert.Null(page.Document.QuerySelector("#schedule-at"));
        Assert.StartsWith("/admin/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Empty(await _site.WithServiceAsync<IPublicationSchedule, IReadOnlyList<ScheduledPublication>>(s => s.ListAsync(100)));
    }

    public void Dispose() => _site.Dispose();

    private async Task<string> ScheduleNewAsync(AdminClient client, string title, string local)
    {
        var page = await client.GetPageAsync("/admin/content/new/PracticeSheet");
        var values = ContentForms.PracticeSheet(title);
        values["ScheduledPublishLocal"] = [local];
        var response = await client.SubmitAsync(page.ContentForm, values, formAction: "?handler=Schedule");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"schedule answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.Location!.OriginalString.Split('/')[3];
    }

    /// <summary>Runs one pass of the background publisher, as the node named <paramref name="node"/>.</summary>
    private async Task<int> PublishDueAsync(string node = "test-node")
    {
        _ = _site.Server;
        await using var scope = _site.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var publisher = new ScheduledPublisher(services.GetRequiredService<IPublicationSchedule>(), services.GetRequiredService<IContentManager>(),
            services.GetRequiredService<IAuditTrail>(),
            new SchedulingOptions { NodeId = node }, _clock, NullLogger<ScheduledPublisher>.Instance);
        return await publisher.PublishDueAsync();
    }

    /// <summary>Tomorrow (by the moved clock) at a Paris wall-clock time: the input's value and the UTC instant.</summary>
    private (string Local, DateTime Utc) ParisTomorrowAt(int hour, int minute)
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var today = TimeZoneInfo.ConvertTimeFromUtc(_clock.GetUtcNow().UtcDateTime, paris).Date;
        var local = today.AddDays(1).AddHours(hour).AddMinutes(minute);
        return (local.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture), TimeZoneInfo.ConvertTimeToUtc(local, paris));
    }
}
