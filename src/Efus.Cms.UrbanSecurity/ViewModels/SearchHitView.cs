namespace Efus.Cms.UrbanSecurity.ViewModels;

/// <summary>A search result: title, URL, type and, when the engine gives one, a highlighted excerpt (encoded HTML with &lt;mark&gt;).</summary>
public sealed record SearchHitView(string Title, string Url, string TypeLabel, string? ExcerptHtml, string? Lang);
