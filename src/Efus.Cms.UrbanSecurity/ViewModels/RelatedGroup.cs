using Efus.Cms.Theming.ViewModels;

namespace Efus.Cms.UrbanSecurity.ViewModels;

/// <summary>Items related to the one shown (a project's publications…), both ways of the link.</summary>
public sealed record RelatedGroup(string Key, string Title, IReadOnlyList<LinkView> Links);
