using Efus.Cms.Admin;
using Efus.Cms.Core;
using Efus.Cms.GraphQL;
using Efus.Cms.Recipes;
using Efus.Cms.Web.Cli;
using Efus.Cms.Web.Content;
using Efus.Cms.Web.Hosting;
using Efus.Cms.Web.Security;
using Efus.Cms.Web.Setup;

// A command-line verb (import, export) runs against the same services, then exits.
var command = CliCommand.Parse(args);
var builder = WebApplication.CreateBuilder(command?.HostArgs ?? args);

builder.Services.AddEfusHosting();
builder.Services.AddEfusDatabase();
builder.Services.AddEfusCore();
builder.Services.AddEfusRecipes();
builder.Services.AddEfusGraphQL(builder.Configuration);
builder.Services.AddEfusSetup();
builder.Services.AddEfusPublicSite();
builder.Services.AddEfusAuthentication();
builder.Services.AddEfusAdmin();

var app = builder.Build();

if (command is not null)
{
    return await CommandRunner.RunAsync(app.Services, command);
}

// Setup runs before the server listens, so /health is 200 exactly when the site is ready.
await app.RunEfusSetupAsync();

app.UseEfusErrorHandling();
app.UseEfusAuthentication();
app.MapEfusHealth();
app.MapEfusContentApi();
app.MapEfusMedia();
app.MapEfusGraphQL();
app.MapEfusAdmin();
app.MapEfusPublicSite();

await app.RunAsync();
return 0;
