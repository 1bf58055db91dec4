namespace Efus.Cms.UrbanSecurity.ViewModels;

public sealed record PageLink(int Number, string Url, bool Current);
