using System.Text.Encodings.Web;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using Microsoft.Extensions.Options;

namespace Efus.Cms.GraphQL;

/// <summary>The response serializer: relaxed encoding so accents stay readable ("sécurité", not "s\u00e9curit\u00e9").</summary>
public sealed class GraphQLJsonSerializer(IOptions<GraphQLOptions> options)
{
    public GraphQLSerializer Serializer { get; } = new(
        json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        new ErrorInfoProvider(o => o.ExposeExceptionDetails = options.Value.ExposeExceptions));
}
