using LeadsNotLikes.Hosting;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.AddApplicationServices();

var app = builder.Build();
await app.RunStartupTasksAsync(); // before the worker connects to the host and takes invocations
await app.RunAsync();
