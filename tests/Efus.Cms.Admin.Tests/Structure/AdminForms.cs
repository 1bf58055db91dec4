using Efus.Cms.Admin.Tests.Infrastructure;

namespace Efus.Cms.Admin.Tests.Structure;

/// <summary>Posting to a page the user may not open, with a valid anti-forgery token taken from one they may.</summary>
public static class AdminForms
{
    public static async Task<HttpResponseMessage> PostWithTokenAsync(AdminClient client, string url, params (string Name, string Value)[] fields)
    {
        var own = await client.GetPageAsync("/admin/content");
        var token = own.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.Http.PostAsync(new Uri(url, UriKind.Relative),
            new FormUrlEncodedContent([.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), new("__RequestVerificationToken", token)]));
    }
}
