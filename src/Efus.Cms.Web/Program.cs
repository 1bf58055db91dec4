using Efus.Cms.Admin;
using Efus.Cms.Core;
using Efus.Cms.Core.Scheduling;
using Efus.Cms.Core.Search;
using Efus.Cms.GraphQL;
using Efus.Cms.Recipes;
using Efus.Cms.Search.Lucene;
using Efus.Cms.UrbanSecurity;
using Efus.Cms.Web.Cli;
using Efus.Cms.Web.Content;
using Efus.Cms.Web.Hosting;
using Efus.Cms.Web.Media;
using Efus.Cms.Web.Security;
using Efus.Cms.Web.Setup;

// A command-line verb (import, export, reindex, reset) runs against the same services, then exits.
var command = CliCommand.Parse(args);
var builder = WebApplication.CreateBuilder(command?.HostArgs ?? args);

builder.Services.AddEfusHosting();
builder.Services.AddEfusDatabase();
builder.Services.AddEfusCore();
// Cms:Recipes:MaxFileSize raises the 50 MB recipe limit (the 100k-item benchmark recipe is 490 MB).
builder.Services.AddEfusRecipes(options => builder.Configuration.GetSection("Cms:Recipes").Bind(options));
builder.Services.AddEfusGraphQL(builder.Configuration);
builder.Services.AddEfusSetup();
builder.Services.AddEfusPublicSite();
builder.Services.AddEfusLuceneSearch(sp => sp.GetRequiredService<DataFolder>().Path);
builder.Services.AddEfusAuthentication();
builder.Services.AddEfusAdmin();
builder.Services.AddEfusScheduledPublishing(builder.Configuration);
builder.Services.AddEfusSearchStatistics();
builder.Services.AddEfusMedia();

var app = builder.Build();

if (command is not null)
{
    return await CommandRunner.RunAsync(app.Services, command);
}

// Setup and the first index catch-up run before the server listens, so /health is 200 exactly when the site is ready.
await app.RunEfusSetupAsync();
await app.Services.CatchUpEfusLuceneSearchAsync(app.Lifetime.ApplicationStopping);

app.UseEfusSecurityHeaders();
app.UseEfusErrorHandling();
app.UseEfusAuthentication();   // before the output cache, which must know who is signed in
app.UseEfusUrbanSecurity();   // compression and output cache, before the endpoints they wrap
app.MapEfusHealth();
app.MapEfusContentApi();
app.MapEfusMedia();
app.MapEfusGraphQL();
app.MapEfusLuceneSearch();
app.MapEfusAdmin();
app.MapEfusUrbanSecurity();   // last: its item route catches every remaining path

await app.RunAsync();
return 0;
