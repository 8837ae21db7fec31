using StatusDashboard.Security;

namespace StatusDashboard.Tests.Security;

public sealed class LocalReturnUrlTests
{
    [Theory]
    [InlineData("/", true)]
    [InlineData("/console?tab=open", true)]
    [InlineData("/incidents/4#update-2", true)]
    [InlineData("//evil.example", false)]
    [InlineData("https://evil.example", false)]
    [InlineData("/\\evil", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("evil.example/path", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("/\nhttps://evil.example", false)]
    public void OrRoot_KeepsOnlyLocalPaths(string? url, bool local)
    {
        Assert.Equal(local, LocalReturnUrl.IsLocal(url));
        Assert.Equal(local ? url : "/", LocalReturnUrl.OrRoot(url));
    }
}
