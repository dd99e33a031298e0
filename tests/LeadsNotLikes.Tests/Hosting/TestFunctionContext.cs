using System.Collections.Immutable;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;

namespace LeadsNotLikes.Tests.Hosting;

/// <summary>
/// A <see cref="FunctionContext"/> for calling function and middleware methods directly: a name, trigger binding data,
/// and, for HTTP functions, the request's <c>HttpContext</c> where the ASP.NET Core integration keeps it.
/// </summary>
public sealed class TestFunctionContext : FunctionContext
{
    public TestFunctionContext(string functionName, IReadOnlyDictionary<string, object?>? bindingData = null, Microsoft.AspNetCore.Http.HttpContext? http = null)
    {
        FunctionDefinition = new Definition(functionName);
        BindingContext = new Bindings(bindingData ?? new Dictionary<string, object?>());
        if (http is not null)
        {
            Items["HttpRequestContext"] = http;
        }
    }

    public override string InvocationId { get; } = Guid.NewGuid().ToString();

    public override string FunctionId => FunctionDefinition.Id;

    public override TraceContext TraceContext => throw new NotSupportedException();

    public override BindingContext BindingContext { get; }

    public override RetryContext RetryContext => throw new NotSupportedException();

    public override IServiceProvider InstanceServices { get; set; } = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(new Microsoft.Extensions.DependencyInjection.ServiceCollection());

    public override FunctionDefinition FunctionDefinition { get; }

    public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();

    public override IInvocationFeatures Features => throw new NotSupportedException();

    private sealed class Bindings(IReadOnlyDictionary<string, object?> data) : BindingContext
    {
        public override IReadOnlyDictionary<string, object?> BindingData { get; } = data;
    }

    private sealed class Definition(string name) : FunctionDefinition
    {
        public override ImmutableArray<FunctionParameter> Parameters => [];

        public override string PathToAssembly => typeof(Definition).Assembly.Location;

        public override string EntryPoint => name;

        public override string Id => name;

        public override string Name => name;

        public override IImmutableDictionary<string, BindingMetadata> InputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;

        public override IImmutableDictionary<string, BindingMetadata> OutputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;
    }
}
