using LeadsNotLikes.LocalHost.Host;
using Microsoft.AspNetCore.Http;

namespace LeadsNotLikes.Tests.LocalHost;

public sealed class FunctionKeysTests
{
    private static readonly FunctionKeys Keys = new("master", "function");

    private static HttpRequest Request(string? header = null, string? code = null)
    {
        var context = new DefaultHttpContext();
        if (header is not null)
        {
            context.Request.Headers["x-functions-key"] = header;
        }

        if (code is not null)
        {
            context.Request.QueryString = new QueryString($"?code={code}");
        }

        return context.Request;
    }

    [Theory]
    [InlineData("Anonymous", null, null, true)]
    [InlineData("anonymous", "wrong", null, true)]
    [InlineData("Function", null, null, false)]
    [InlineData("Function", "wrong", null, false)]
    [InlineData("Function", "function", null, true)]
    [InlineData("Function", null, "function", true)]
    [InlineData("Function", "master", null, true)]
    [InlineData("Function", null, "master", true)]
    [InlineData("Admin", "function", null, false)]
    [InlineData("Admin", "master", null, true)]
    [InlineData("admin", null, "master", true)]
    public void Authorizes_ByLevel_WithTheHeaderOrTheCodeQuery(string level, string? header, string? code, bool expected) =>
        Assert.Equal(expected, Keys.Authorizes(Request(header, code), level));

    [Fact]
    public void Authorizes_HeaderWinsOverCode()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers["x-functions-key"] = "wrong";
        context.Request.QueryString = new QueryString("?code=function");

        Assert.False(Keys.Authorizes(context.Request, "Function"));
    }

    [Fact]
    public void Generate_MakesDistinctUrlSafeKeys()
    {
        var keys = FunctionKeys.Generate();

        Assert.NotEqual(keys.MasterKey, keys.FunctionKey);
        Assert.DoesNotContain('+', keys.MasterKey);
        Assert.DoesNotContain('/', keys.FunctionKey);
    }
}
