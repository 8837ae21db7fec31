using Microsoft.EntityFrameworkCore;
using StatusDashboard.Core.ApiTokens;
using StatusDashboard.Core.Auditing;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Checkpoints;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Core.Inventory;
using StatusDashboard.Core.Maintenance;
using StatusDashboard.Core.Outages;
using StatusDashboard.Core.Sla;

namespace StatusDashboard.Core.Data;

/// <summary>
/// The one database context of StatusDashboard.
/// Add a migration with:
/// <c>dotnet ef migrations add NAME --project StatusDashboard.Core --startup-project StatusDashboard.Core --output-dir Data/Migrations</c>
/// </summary>
public sealed class StatusDbContext(DbContextOptions<StatusDbContext> options) : DbContext(options)
{
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Service> Services => Set<Service>();
    public DbSet<Component> Components => Set<Component>();
    public DbSet<ComponentAttribute> ComponentAttributes => Set<ComponentAttribute>();
    public DbSet<Incident> Incidents => Set<Incident>();
    public DbSet<IncidentUpdate> IncidentUpdates => Set<IncidentUpdate>();
    public DbSet<IncidentComponent> IncidentComponents => Set<IncidentComponent>();
    public DbSet<FiringEvent> FiringEvents => Set<FiringEvent>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<Provider> Providers => Set<Provider>();
    public DbSet<ProviderSender> ProviderSenders => Set<ProviderSender>();
    public DbSet<NetworkElement> NetworkElements => Set<NetworkElement>();
    public DbSet<DeviceCircuit> DeviceCircuits => Set<DeviceCircuit>();
    public DbSet<ElementComponent> ElementComponents => Set<ElementComponent>();
    public DbSet<EquipmentPort> EquipmentPorts => Set<EquipmentPort>();
    public DbSet<InboundNotification> InboundNotifications => Set<InboundNotification>();
    public DbSet<ScheduledMaintenance> ScheduledMaintenances => Set<ScheduledMaintenance>();
    public DbSet<ScheduledMaintenanceCircuit> ScheduledMaintenanceCircuits => Set<ScheduledMaintenanceCircuit>();
    public DbSet<Checkpoint> Checkpoints => Set<Checkpoint>();
    public DbSet<DetectedOutage> DetectedOutages => Set<DetectedOutage>();
    public DbSet<PortLinkState> PortLinkStates => Set<PortLinkState>();
    public DbSet<UnknownPort> UnknownPorts => Set<UnknownPort>();
    public DbSet<UnscheduledOutage> UnscheduledOutages => Set<UnscheduledOutage>();
    public DbSet<SlaPromise> SlaPromises => Set<SlaPromise>();
    public DbSet<SlaMeasurement> SlaMeasurements => Set<SlaMeasurement>();
    public DbSet<SlaNotice> SlaNotices => Set<SlaNotice>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StatusDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        if (Database.IsSqlite())
        {
            // SQLite has no date type EF Core can compare or order by; UTC milliseconds keep both exact.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcMillisecondsConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcMillisecondsConverter>();
        }
    }
}
