using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

// Tests can make the first starts crash: TestWorker_StartLog names a file with one line per start, and the worker
// throws before it connects while fewer than TestWorker_CrashStarts starts came before it.
if (Environment.GetEnvironmentVariable("TestWorker_StartLog") is { Length: > 0 } startLog)
{
    var earlier = File.Exists(startLog) ? File.ReadAllLines(startLog).Length : 0;
    File.AppendAllText(startLog, "start\n");
    if (earlier < int.Parse(Environment.GetEnvironmentVariable("TestWorker_CrashStarts") ?? "0", System.Globalization.CultureInfo.InvariantCulture))
    {
        throw new InvalidOperationException("The test asked this start to crash.");
    }
}

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Build().Run();
