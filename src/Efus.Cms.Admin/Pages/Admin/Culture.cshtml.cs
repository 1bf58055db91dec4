using Efus.Cms.Admin.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Pages.Admin;

/// <summary>The language switch: remembers French or English in a cookie and goes back to the page.</summary>
public sealed class CultureModel : AdminPageModel
{
    public IActionResult OnGet() => LocalRedirect("/admin");

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        Response.Cookies.Append(AdminResponseMiddleware.CultureCookie, AdminCultures.Resolve(culture).Name, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = Request.IsHttps,
            MaxAge = TimeSpan.FromDays(365),
            Path = "/admin",
        });
        return LocalRedirect(LocalUrl.OrAdmin(returnUrl));
    }
}
