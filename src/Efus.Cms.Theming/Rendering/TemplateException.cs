namespace Efus.Cms.Theming.Rendering;

/// <summary>A template that is missing, does not parse, or failed while rendering (its name is in the message).</summary>
public sealed class TemplateException(string message, Exception? inner = null) : Exception(message, inner);
