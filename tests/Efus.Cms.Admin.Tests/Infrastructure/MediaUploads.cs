using System.Net.Http.Headers;
using System.Text;

namespace Efus.Cms.Admin.Tests.Infrastructure;

/// <summary>Posting files to the media library the way a browser sends its upload form (multipart, with the anti-forgery token).</summary>
public static class MediaUploads
{
    public static byte[] Pdf { get; } = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A real 1×1 PNG.</summary>
    public static byte[] Png { get; } = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    public static async Task<HttpResponseMessage> UploadAsync(AdminClient client, string folder, params (string Name, byte[] Content)[] files)
    {
        var page = await client.GetPageAsync("/admin/media" + (folder.Length == 0 ? "" : "?folder=" + Uri.EscapeDataString(folder)));
        var form = page.Form("form[enctype='multipart/form-data']");
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in AdminClient.FormFields(form))
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, "files", name);
        }

        return await client.Http.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content);
    }

    /// <summary>The content editor's upload in place: one file, answered with JSON.</summary>
    public static async Task<HttpResponseMessage> UploadJsonAsync(AdminClient client, string token, string name, byte[] bytes)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes), "file", name },
        };
        return await client.Http.PostAsync(new Uri("/admin/media?handler=Json", UriKind.Relative), content);
    }
}
