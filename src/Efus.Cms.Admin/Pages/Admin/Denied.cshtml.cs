using Efus.Cms.Admin.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Efus.Cms.Admin.Pages.Admin;

public sealed class DeniedModel : AdminPageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
