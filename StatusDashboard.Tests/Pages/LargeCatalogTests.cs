using System.Net;
using Xunit.Abstractions;

namespace StatusDashboard.Tests.Pages;

public sealed class LargeCatalogTests(LargeCatalogFixture fixture, ITestOutputHelper output) : IClassFixture<LargeCatalogFixture>
{
    [Fact]
    public async Task Index_WithAThousandComponents_StaysUnder200KB()
    {
        using var client = fixture.CreateClient();

        using var response = await client.GetAsync("/");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var html = System.Text.Encoding.UTF8.GetString(bytes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(LargeCatalogFixture.Categories * LargeCatalogFixture.ServicesPerCategory, html.Split("<li>Service ").Length - 1);
        output.WriteLine($"Index with 1,000 components: {bytes.Length:N0} bytes uncompressed.");
        Assert.True(bytes.Length < 200 * 1024, $"The index is {bytes.Length:N0} bytes, over the 200 KB budget.");
    }

    [Fact]
    public async Task Index_WithAThousandComponents_CompressesWell()
    {
        using var client = fixture.CreateClient();
        using var plain = await client.GetAsync("/");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptEncoding.ParseAdd("br");

        using var compressed = await client.SendAsync(request);
        var plainBytes = (await plain.Content.ReadAsByteArrayAsync()).Length;
        var compressedBytes = (await compressed.Content.ReadAsByteArrayAsync()).Length;

        Assert.Equal(["br"], compressed.Content.Headers.ContentEncoding);
        output.WriteLine($"Index with 1,000 components: {plainBytes:N0} bytes plain, {compressedBytes:N0} bytes with Brotli.");
        Assert.True(compressedBytes * 5 < plainBytes, $"Brotli gave {compressedBytes:N0} of {plainBytes:N0} bytes.");
    }
}
