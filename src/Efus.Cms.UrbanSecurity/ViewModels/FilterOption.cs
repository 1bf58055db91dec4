namespace Efus.Cms.UrbanSecurity.ViewModels;

public sealed record FilterOption(string Value, string Text, bool Selected);
