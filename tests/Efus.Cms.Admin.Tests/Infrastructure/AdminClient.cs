using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Efus.Cms.Admin.Tests.Infrastructure;

/// <summary>Reads admin pages as documents and posts their forms as a browser would (every input, the anti-forgery token, the chosen button).</summary>
public sealed class AdminClient(HttpClient client) : IDisposable
{
    private static readonly IBrowsingContext _parser = BrowsingContext.New(Configuration.Default);

    public HttpClient Http { get; } = client;

    public async Task<HttpResponseMessage> LoginAsync(string userName, string password, string? returnUrl = null)
    {
        var page = await GetPageAsync("/admin/login" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl)));
        return await SubmitAsync(page.Form("form:not([action])"), new() { ["userName"] = [userName], ["password"] = [password] });
    }

    public async Task<Page> GetPageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Http.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url} answered {(int)response.StatusCode}, expected {(int)expected}:\n{Shorten(html)}");
        return await Page.ParseAsync(url, response, html);
    }

    /// <summary>Posts the form; <paramref name="values"/> replace the form's own values by name; <paramref name="formAction"/> is a submit button's formaction.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(IHtmlFormElement form, Dictionary<string, string[]>? values = null, string? formAction = null, (string Name, string Value)? button = null)
    {
        var fields = FormFields(form);
        foreach (var (name, replacement) in values ?? [])
        {
            fields.RemoveAll(f => f.Key == name);
            fields.AddRange(replacement.Select(v => new KeyValuePair<string, string>(name, v)));
        }

        if (button is { } b)
        {
            fields.Add(new(b.Name, b.Value));
        }

        var action = formAction ?? form.GetAttribute("action");
        var baseUrl = new Uri(new Uri("http://localhost"), form.Owner!.Url is { Length: > 0 } url && !url.StartsWith("about:", StringComparison.Ordinal) ? new Uri(url).PathAndQuery : "/");
        var target = string.IsNullOrEmpty(action) ? baseUrl : new Uri(baseUrl, action);
        if (string.Equals(form.Method, "get", StringComparison.OrdinalIgnoreCase))
        {
            var query = string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
            return await Http.GetAsync(new Uri(target.AbsolutePath + "?" + query, UriKind.Relative));
        }

        return await Http.PostAsync(new Uri(target.PathAndQuery, UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    public static List<KeyValuePair<string, string>> FormFields(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement input when input.Type is "submit" or "button" or "image":
                    break;
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        fields.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    foreach (var option in select.Options.Where(o => o.IsSelected))
                    {
                        fields.Add(new(name, option.Value));
                    }

                    break;
                default:
                    break;
            }
        }

        return fields;
    }

    public void Dispose() => Http.Dispose();

    private static string Shorten(string html) => html.Length > 3000 ? html[..3000] : html;

    /// <summary>A fetched page: the response and its document.</summary>
    public sealed record Page(string Url, HttpResponseMessage Response, string Html, IDocument Document)
    {
        public static async Task<Page> ParseAsync(string url, HttpResponseMessage response, string html)
        {
            var document = await _parser.OpenAsync(r => r.Content(html).Address("http://localhost" + url));
            return new Page(url, response, html, document);
        }

        public IHtmlFormElement Form(string selector) =>
            Document.QuerySelector(selector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form '{selector}' on {Url}.");

        public IHtmlFormElement ContentForm => Form("#content-form");

        public string? Text(string selector) => Document.QuerySelector(selector)?.TextContent.Trim();
    }
}
