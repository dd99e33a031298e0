using LeadsNotLikes.Hosting;

var builder = WebApplication.CreateSlimBuilder(args);
builder.AddApplicationServices();

var app = builder.Build();
app.MapFunctions();
app.Run();

/// <summary>The custom handler's entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
