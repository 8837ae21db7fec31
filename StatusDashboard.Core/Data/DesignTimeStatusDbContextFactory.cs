using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace StatusDashboard.Core.Data;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the web host.</summary>
internal sealed class DesignTimeStatusDbContextFactory : IDesignTimeDbContextFactory<StatusDbContext>
{
    public StatusDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<StatusDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
