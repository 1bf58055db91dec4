namespace Efus.Cms.Core.Content;

/// <summary>A content item's JSON has the wrong shape; <see cref="JsonPath"/> says where.</summary>
public sealed class ContentJsonException(string jsonPath, string problem)
    : Exception($"{jsonPath}: {problem}")
{
    public string JsonPath { get; } = jsonPath;

    public string Problem { get; } = problem;
}
