using Efus.Cms.GraphQL.Execution;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Efus.Cms.GraphQL;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// The GraphQL API: the schema provider (a singleton rebuilt when definitions change), the
    /// executor and its limits from <c>Cms:GraphQL</c>. Needs AddEfusCore and a store.
    /// </summary>
    public static IServiceCollection AddEfusGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLOptions>().Bind(configuration.GetSection(GraphQLOptions.SectionName));
        services.TryAddSingleton<ContentSchemaProvider>();
        services.TryAddSingleton<GraphQLJsonSerializer>();
        services.TryAddSingleton<GraphQLRequestExecutor>();
        return services;
    }
}
