using Efus.Cms.Core.Management;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Efus.Cms.Web.Security;

public static class AuthenticationServiceCollectionExtensions
{
    /// <summary>The admin's authentication cookie.</summary>
    public const string CookieName = "Efus.Admin";

    /// <summary>The default scheme: picks the bearer token or the cookie for each request.</summary>
    public const string SchemeName = "Efus";

    /// <summary>
    /// Identity's cookie for the admin: HttpOnly, SameSite=Lax, Secure whenever the request is HTTPS,
    /// login and access-denied pages under /admin; the signed-in user becomes the content manager's
    /// current user (items they create are theirs). Under <c>/api</c>, an <c>Authorization: Bearer</c>
    /// header signs the request in with an API token instead (<see cref="ApiTokenAuthenticationHandler"/>). Lockout after 5 failures is set with Identity in
    /// <see cref="Hosting.HostingServiceCollectionExtensions.AddEfusDatabase"/>.
    /// </summary>
    public static IServiceCollection AddEfusAuthentication(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.Replace(ServiceDescriptor.Scoped<ICurrentUser, HttpContextCurrentUser>());
        new IdentityBuilder(typeof(IdentityUser), typeof(IdentityRole), services).AddSignInManager().AddDefaultTokenProviders();
        services.AddAuthentication(SchemeName)
            .AddPolicyScheme(SchemeName, "Cookie, or a bearer API token under /api", o => o.ForwardDefaultSelector = SelectScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies(cookies => cookies.ApplicationCookie!.Configure(ConfigureCookie));
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAuthorization();
        return services;
    }

    public static WebApplication UseEfusAuthentication(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    private static string SelectScheme(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/api")
            && http.Request.Headers.Authorization.ToString().StartsWith(ApiTokenAuthenticationHandler.HeaderPrefix, StringComparison.OrdinalIgnoreCase)
            ? ApiTokenAuthenticationHandler.SchemeName
            : IdentityConstants.ApplicationScheme;

    private static void ConfigureCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = CookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.Cookie.Path = "/";
        options.LoginPath = "/admin/login";
        options.LogoutPath = "/admin/logout";
        options.AccessDeniedPath = "/admin/denied";
        options.ReturnUrlParameter = "returnUrl";
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
    }
}
