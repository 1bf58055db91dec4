using System.Text;
using System.Text.Json.Nodes;

namespace Efus.Cms.Admin.Tests.Infrastructure;

/// <summary>The recipe page as the browser uses it: upload a file, then follow the background job to its end.</summary>
public static class RecipeForms
{
    public static async Task<HttpResponseMessage> UploadAsync(AdminClient client, string json, string tokenFrom = "/admin/recipes")
    {
        var page = await client.GetPageAsync(tokenFrom);
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(json)), "recipe", "upload.recipe.json" },
        };
        return await client.Http.PostAsync(new Uri("/admin/recipes?handler=Check", UriKind.Relative), form);
    }

    /// <summary>Polls the job's status endpoint (as admin.js does) until it ends, then reads its page.</summary>
    public static async Task<AdminClient.Page> FinishedAsync(AdminClient client, string url)
    {
        for (var i = 0; i < 300; i++)
        {
            var status = JsonNode.Parse(await client.Http.GetStringAsync(new Uri(url + "?handler=Status", UriKind.Relative)))!;
            if (status["state"]!.GetValue<string>() != "running")
            {
                break;
            }

            await Task.Delay(100);
        }

        return await client.GetPageAsync(url);
    }
}
