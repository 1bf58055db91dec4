namespace Efus.Cms.UrbanSecurity.ViewModels;

/// <summary>A navigation entry; <see cref="Current"/> marks the section of the current page (<c>aria-current</c>).</summary>
public sealed record NavLink(string Text, string Url, bool Current);
