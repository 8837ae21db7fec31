using Microsoft.Extensions.Options;
using StatusDashboard.Core.Maintenance.Imap;

namespace StatusDashboard.Tests.Maintenance.Imap;

/// <summary>The mailbox settings are checked at start, and only when the mailbox is enabled.</summary>
public sealed class ImapOptionsValidatorTests
{
    private readonly ImapOptionsValidator validator = new();

    [Fact]
    public void Disabled_NeedsNothing() => Assert.True(validator.Validate(null, new ImapOptions()).Succeeded);

    [Fact]
    public void Enabled_NamesEveryMissingOrWrongSetting()
    {
        var result = validator.Validate(null, new ImapOptions
        {
            Enabled = true,
            IdleRefresh = TimeSpan.FromMinutes(30),
            SuccessLabel = "Maint Success",
            BatchSize = 0,
        });

        Assert.True(result.Failed);
        var message = result.FailureMessage;
        Assert.Contains("Maintenance:Imap:Host is empty", message);
        Assert.Contains("Maintenance:Imap:UserName is empty", message);
        Assert.Contains("Maintenance:Imap:Password is empty", message);
        Assert.Contains("Maintenance:Imap:IdleRefresh", message);
        Assert.Contains("\"Maint Success\" is not a valid IMAP keyword", message);
        Assert.Contains("Maintenance:Imap:BatchSize is 0", message);
    }

    [Fact]
    public void FolderLabels_MayNotBeTheFolderBeingRead()
    {
        var result = validator.Validate(null, new ImapOptions
        {
            Enabled = true, Host = "imap.example.net", UserName = "noc", Password = "secret", Labels = ImapLabelMode.Folders, IgnoredLabel = "INBOX",
        });

        Assert.Contains("Maintenance:Imap:IgnoredLabel is the folder being read", result.FailureMessage);
    }

    [Fact]
    public async Task EnabledMailboxWithoutAHost_StopsTheStart_NamingTheSetting()
    {
        var instance = Directory.CreateTempSubdirectory("sdb-imap-options-").FullName;
        try
        {
            await using var host = await ImapTestHost.CreateAsync(instance, new Dictionary<string, string?> { ["Maintenance:Imap:Enabled"] = "true", ["Maintenance:Imap:UserName"] = "noc" });

            var error = await Assert.ThrowsAsync<OptionsValidationException>(host.StartAsync);

            Assert.Contains("Maintenance:Imap:Host is empty", error.Message);
            Assert.DoesNotContain("UserName", error.Message);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(instance, recursive: true);
        }
    }

    [Theory]
    [InlineData("uidvalidity=1795433060;uid=42", 1795433060u, 42u)]
    [InlineData("uid=7; uidvalidity=3", 3u, 7u)]
    public void Position_RoundTrips(string text, uint validity, uint uid)
    {
        var position = ImapPosition.Parse(text);

        Assert.Equal(new ImapPosition(validity, uid), position);
        Assert.Equal(position, ImapPosition.Parse(position!.ToString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("offset=12")]
    [InlineData("uidvalidity=x;uid=1")]
    public void Position_NotAnImapPosition_IsNull(string text) => Assert.Null(ImapPosition.Parse(text));
}
