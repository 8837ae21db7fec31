using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace StatusDashboard.Tests.Api;

/// <summary>Counts the commands the host sends to its database, so a test can tell a cached answer from a read one.</summary>
public sealed class DatabaseCommandCounter : DbCommandInterceptor
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public override DbCommand CommandCreated(CommandEndEventData eventData, DbCommand result)
    {
        Interlocked.Increment(ref count);
        return result;
    }
}
