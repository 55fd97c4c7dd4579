namespace Assistant.Telegram.Tests.Units;

public sealed class TokenRedactingHandlerTests
{
    private const string Token = "123456789:AAH-secret_part_of_the_token_0123456789";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_failure_whose_text_names_the_url_reaches_the_caller_with_the_token_masked(bool encoded)
    {
        var url = "https://api.telegram.org/bot" + (encoded ? Uri.EscapeDataString(Token) : Token) + "/getUpdates";
        using var client = new HttpClient(new TokenRedactingHandler(Token)
        {
            InnerHandler = new Failing(new HttpRequestException(
                HttpRequestError.ProxyTunnelError,
                $"The proxy refused {url}",
                new IOException($"Connection to {url} reset"),
                null)),
        });

        var e = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("https://api.telegram.org/"));

        Assert.DoesNotContain("secret_part", e.ToString(), StringComparison.Ordinal);
        Assert.Equal("The proxy refused https://api.telegram.org/bot<token>/getUpdates", e.Message);
        Assert.Equal(HttpRequestError.ProxyTunnelError, e.HttpRequestError);
        Assert.Equal("Connection to https://api.telegram.org/bot<token>/getUpdates reset", e.InnerException?.Message);
    }

    [Fact]
    public async Task A_failure_without_the_token_passes_unchanged()
    {
        var original = new HttpRequestException("Connection refused (127.0.0.1:443)");
        using var client = new HttpClient(new TokenRedactingHandler(Token) { InnerHandler = new Failing(original) });

        var e = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("https://api.telegram.org/"));

        Assert.Same(original, e);
    }

    private sealed class Failing(Exception failure) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromException<HttpResponseMessage>(failure);
    }
}
