namespace OpenCharge.Checkout.UnitTests.Builders;

/// <summary>Hands out clients over one stub handler, and only under the names the code under test should ask for.</summary>
internal sealed class FakeHttpClientFactory(HttpMessageHandler handler, params string[] names) : IHttpClientFactory
{
    /// <summary>The client timeout; tests of the timeout path shorten it so a hanging stub times out at once.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    public HttpClient CreateClient(string name)
    {
        Assert.Contains(name, names);
        return new HttpClient(handler, disposeHandler: false) { Timeout = Timeout };
    }
}
