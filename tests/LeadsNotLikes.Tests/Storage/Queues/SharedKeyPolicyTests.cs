using Azure.Core;
using Azure.Core.Pipeline;
using LeadsNotLikes.Storage.Queues;

namespace LeadsNotLikes.Tests.Storage.Queues;

public sealed class SharedKeyPolicyTests
{
    private static Request PutMessage(byte[] body)
    {
        var request = HttpPipelineBuilder.Build(new QueueClientOptions()).CreateRequest();
        request.Method = RequestMethod.Post;
        request.Uri.Reset(new Uri("https://myaccount.queue.core.windows.net/myqueue/messages?visibilitytimeout=0&messagettl=604800"));
        request.Headers.SetValue("x-ms-version", "2021-12-02");
        request.Headers.SetValue("x-ms-date", "Tue, 01 Oct 2024 12:00:00 GMT");
        request.Headers.SetValue("x-ms-client-request-id", "3f2");
        request.Headers.SetValue("x-ms-return-client-request-id", "true");
        request.Headers.SetValue("Content-Type", "application/xml");
        request.Content = RequestContent.Create(body);
        return request;
    }

    [Fact]
    public void StringToSign_PutMessage_MatchesTheDocumentedLayout()
    {
        // azure-facts.md D.3, worked example: a 1 KiB Put Message.
        var expected = "POST\n\n\n1024\n\napplication/xml\n\n\n\n\n\n\n" +
                       "x-ms-client-request-id:3f2\n" +
                       "x-ms-date:Tue, 01 Oct 2024 12:00:00 GMT\n" +
                       "x-ms-return-client-request-id:true\n" +
                       "x-ms-version:2021-12-02\n" +
                       "/myaccount/myqueue/messages\nmessagettl:604800\nvisibilitytimeout:0";

        Assert.Equal(expected, SharedKeyPolicy.StringToSign(PutMessage(new byte[1024]), "myaccount"));
    }

    [Fact]
    public void StringToSign_EmptyBody_LeavesContentLengthEmpty()
    {
        var sts = SharedKeyPolicy.StringToSign(PutMessage([]), "myaccount");

        Assert.StartsWith("POST\n\n\n\n\napplication/xml\n", sts, StringComparison.Ordinal);
    }

    [Fact]
    public void StringToSign_EncodedQueryValue_IsDecoded()
    {
        var request = HttpPipelineBuilder.Build(new QueueClientOptions()).CreateRequest();
        request.Method = RequestMethod.Delete;
        request.Uri.Reset(new Uri("http://127.0.0.1:10001/devstoreaccount1/q/messages/id1?popreceipt=AgAAAA%2BAAA%3D%3D"));

        var sts = SharedKeyPolicy.StringToSign(request, "devstoreaccount1");

        // Path-style (Azurite): the account appears twice, as the SDK signs it.
        Assert.EndsWith("/devstoreaccount1/devstoreaccount1/q/messages/id1\npopreceipt:AgAAAA+AAA==", sts, StringComparison.Ordinal);
    }
}
