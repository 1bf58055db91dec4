using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Efus.Cms.Theming.ViewModels;
using Efus.Cms.UrbanSecurity.Site;

namespace Efus.Cms.UrbanSecurity.Seo;

/// <summary>
/// schema.org descriptions of items, as JSON-LD: publications are <c>Report</c>s, projects
/// <c>ResearchProject</c>s, conference reports <c>Event</c>s with a <c>subEvent</c> per session,
/// practice sheets <c>CreativeWork</c>s located in their city. The JSON escapes <c>&lt;</c>,
/// <c>&gt;</c> and <c>&amp;</c>, so a title can never close the script element it is printed in.
/// </summary>
public static class JsonLd
{
    private static readonly JsonSerializerOptions _options = new()
    {
        // The default JavaScript encoder always escapes HTML-sensitive characters (< as \u003C);
        // allowing all ranges keeps accented letters readable.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    public static string Serialize(JsonObject data) => data.ToJsonString(_options);

    public static JsonObject WebSite(string name, string homeUrl, string searchUrlTemplate, string lang) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "WebSite",
        ["name"] = name,
        ["url"] = homeUrl,
        ["inLanguage"] = lang,
        ["potentialAction"] = new JsonObject
        {
            ["@type"] = "SearchAction",
            ["target"] = searchUrlTemplate,
            ["query-input"] = "required name=search_term_string",
        },
    };

    /// <summary>The item's description, or null for types without a schema.org mapping.</summary>
    public static JsonObject? For(ItemView item, string url, Func<string, string> absolute, IEnumerable<LinkView> related)
    {
        JsonObject? data = item.Type switch
        {
            PublicTypes.Publication => Report(item, absolute),
            PublicTypes.CooperationProject => Project(item, absolute, related),
            PublicTypes.ConferenceReport => Event(item),
            PublicTypes.PracticeSheet => PracticeSheet(item),
            _ => null,
        };
        if (data is null)
        {
            return null;
        }

        data["url"] = url;
        if (item.Lang is not null)
        {
            data["inLanguage"] = item.Lang;
        }

        if (Terms(item) is { Count: > 0 } about)
        {
            data["about"] = about;
        }

        return new JsonObject { ["@context"] = "https://schema.org" }.Merge(data);
    }

    private static JsonObject Report(ItemView item, Func<string, string> absolute)
    {
        var report = new JsonObject { ["@type"] = "Report", ["name"] = item.Title };
        Set(report, "alternativeHeadline", Text(item, "Subtitle"));
        Set(report, "genre", Text(item, "Kind"));
        Set(report, "datePublished", Text(item, "Year"));
        Set(report, "description", Text(item, "Summary"));
        if (Text(item, "Publisher") is { } publisher)
        {
            report["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = publisher };
        }

        if (item.Fields.TryGetValue("Document", out var document) && document.Media.Count > 0)
        {
            report["associatedMedia"] = new JsonArray([.. document.Media.Select(m => (JsonNode)new JsonObject
            {
                ["@type"] = "DigitalDocument",
                ["name"] = m.Name,
                ["contentUrl"] = absolute(m.Url),
                ["encodingFormat"] = m.Extension == "PDF" ? "application/pdf" : m.Extension.ToLowerInvariant(),
            })]);
        }

        return report;
    }

    private static JsonObject Project(ItemView item, Func<string, string> absolute, IEnumerable<LinkView> related)
    {
        var project = new JsonObject { ["@type"] = "ResearchProject", ["name"] = item.Title };
        Set(project, "alternateName", Text(item, "Acronym"));
        Set(project, "legalName", Text(item, "FullName"));
        Set(project, "description", Text(item, "Summary"));
        Set(project, "foundingDate", Text(item, "StartYear"));
        Set(project, "dissolutionDate", Text(item, "EndYear"));
        if (item.Fields.TryGetValue("Website", out var website) && website.Url is { } site && !site.StartsWith('/'))
        {
            project["sameAs"] = site;
        }

        if (Text(item, "Coordinator") is { } coordinator)
        {
            // The coordinator leads the consortium: schema.org's closest term is the parent organization.
            project["parentOrganization"] = new JsonObject { ["@type"] = "Organization", ["name"] = coordinator };
        }

        var reports = related.Where(l => l.Type == PublicTypes.Publication && l.Url is not null)
            .Select(l => (JsonNode)new JsonObject { ["@type"] = "Report", ["name"] = l.Text, ["url"] = absolute(l.Url!) }).ToArray();
        if (reports.Length > 0)
        {
            project["subjectOf"] = new JsonArray(reports);
        }

        return project;
    }

    private static JsonObject Event(ItemView item)
    {
        var conference = new JsonObject { ["@type"] = "Event", ["name"] = Text(item, "Conference") ?? item.Title };
        Set(conference, "alternateName", Text(item, "Conference") is null ? null : item.Title);
        Set(conference, "startDate", Text(item, "Year"));
        Set(conference, "description", Text(item, "Summary"));
        var sessions = item.Bags.Values.SelectMany(b => b).Select(session =>
        {
            var sub = new JsonObject { ["@type"] = "Event", ["name"] = session.Title };
            Set(sub, "description", Text(session, "Summary"));
            if (Text(session, "Speakers") is { } speakers)
            {
                sub["performer"] = new JsonArray([.. speakers.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(s => (JsonNode)new JsonObject { ["@type"] = "Person", ["name"] = s })]);
            }

            return (JsonNode)sub;
        }).ToArray();
        if (sessions.Length > 0)
        {
            conference["subEvent"] = new JsonArray(sessions);
        }

        return conference;
    }

    private static JsonObject PracticeSheet(ItemView item)
    {
        var sheet = new JsonObject { ["@type"] = "CreativeWork", ["name"] = item.Title, ["genre"] = "Fiche de pratique" };
        Set(sheet, "description", Text(item, "Summary"));
        Set(sheet, "temporalCoverage", Text(item, "Year"));
        if (Text(item, "City") is not null || Text(item, "Country") is not null)
        {
            var address = new JsonObject { ["@type"] = "PostalAddress" };
            Set(address, "addressLocality", Text(item, "City"));
            Set(address, "addressCountry", Text(item, "Country"));
            sheet["spatialCoverage"] = new JsonObject { ["@type"] = "Place", ["name"] = Text(item, "City") ?? Text(item, "Country"), ["address"] = address };
        }

        return sheet;
    }

    private static JsonArray Terms(ItemView item) =>
        new([.. (item.Fields.TryGetValue("Themes", out var themes) ? themes.Links : [])
            .Select(t => (JsonNode)new JsonObject { ["@type"] = "DefinedTerm", ["name"] = t.Text })]);

    private static string? Text(ItemView item, string field) =>
        item.Fields.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value.Text) ? value.Text : null;

    private static void Set(JsonObject target, string name, string? value)
    {
        if (value is not null)
        {
            target[name] = value;
        }
    }

    private static JsonObject Merge(this JsonObject target, JsonObject source)
    {
        foreach (var (key, value) in source.ToList())
        {
            source.Remove(key);
            target[key] = value;
        }

        return target;
    }
}
