namespace Efus.Cms.DataGenerator.Text;

/// <summary>A verb in the present tense, third person, singular and plural ("renforce"/"renforcent").</summary>
internal sealed record Verb(string Singular, string Plural);
