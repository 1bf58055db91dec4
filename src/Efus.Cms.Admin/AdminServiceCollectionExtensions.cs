using Efus.Cms.Admin.Editors;
using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Admin.Localization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.WebEncoders;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Admin;

public static class AdminServiceCollectionExtensions
{
    /// <summary>
    /// The admin's Razor Pages (every page under /admin needs a signed-in user, except login and the
    /// culture switch), its anti-forgery cookie, its localizer and its form editors.
    /// Needs AddEfusCore and an authentication scheme (the host's AddEfusAuthentication).
    /// </summary>
    public static IServiceCollection AddEfusAdmin(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Admin");
            options.Conventions.AllowAnonymousToPage("/Admin/Login");
            options.Conventions.AllowAnonymousToPage("/Admin/Denied");
            options.Conventions.AllowAnonymousToPage("/Admin/Culture");
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "Efus.Antiforgery";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.FormFieldName = "__RequestVerificationToken";
        });
        // French pages stay readable in the source: only HTML's special characters are encoded, not every accent.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton<AdminText>();
        services.AddScoped<AdminClock>();
        services.AddScoped<UserDirectory>();
        services.AddScoped<ContentForm>();
        services.AddScoped<ContentChoices>();
        services.AddScoped<Comparison.ContentComparer>();
        services.AddScoped<Content.ContentTranslations>();
        services.AddScoped<Dashboard.DashboardStatistics>();
        services.AddScoped<Taxonomies.TaxonomyService>();
        services.AddSingleton<Work.WorkRegistry>();
        services.AddHostedService(sp => sp.GetRequiredService<Work.WorkRegistry>());
        services.AddSingleton<Work.ReindexJobs>();
        services.AddSingleton<Recipes.RecipeJobs>();
        services.AddSingleton<Recipes.RecipeUploads>();
        services.AddOptions<AdminOptions>();
        return services;
    }
}
