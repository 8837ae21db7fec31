using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StatusDashboard.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class NetworkInventoryAndMaintenance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Checkpoints",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Checkpoints", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "InboundNotifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Sender = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Raw = table.Column<byte[]>(type: "BLOB", nullable: false),
                    OriginalSize = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Error = table.Column<string>(type: "TEXT", nullable: true),
                    Parser = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Confidence = table.Column<double>(type: "REAL", nullable: true),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DuplicateOfId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboundNotifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InboundNotifications_InboundNotifications_DuplicateOfId",
                        column: x => x.DuplicateOfId,
                        principalTable: "InboundNotifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Providers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DefaultTimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Providers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NetworkElements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ProviderId = table.Column<int>(type: "INTEGER", nullable: true),
                    VendorId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TurnUpDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkElements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NetworkElements_Providers_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProviderSenders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProviderId = table.Column<int>(type: "INTEGER", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProviderSenders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProviderSenders_Providers_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScheduledMaintenances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProviderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MaintenanceId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProviderId = table.Column<int>(type: "INTEGER", nullable: true),
                    Account = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Start = table.Column<long>(type: "INTEGER", nullable: false),
                    End = table.Column<long>(type: "INTEGER", nullable: false),
                    Stamp = table.Column<long>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Organizer = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Uid = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Parser = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Confidence = table.Column<double>(type: "REAL", nullable: false),
                    NotificationId = table.Column<long>(type: "INTEGER", nullable: false),
                    IncidentId = table.Column<int>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledMaintenances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScheduledMaintenances_InboundNotifications_NotificationId",
                        column: x => x.NotificationId,
                        principalTable: "InboundNotifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ScheduledMaintenances_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ScheduledMaintenances_Providers_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "DeviceCircuits",
                columns: table => new
                {
                    DeviceId = table.Column<int>(type: "INTEGER", nullable: false),
                    CircuitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviceCircuits", x => new { x.DeviceId, x.CircuitId });
                    table.ForeignKey(
                        name: "FK_DeviceCircuits_NetworkElements_CircuitId",
                        column: x => x.CircuitId,
                        principalTable: "NetworkElements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DeviceCircuits_NetworkElements_DeviceId",
                        column: x => x.DeviceId,
                        principalTable: "NetworkElements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ElementComponents",
                columns: table => new
                {
                    ElementId = table.Column<int>(type: "INTEGER", nullable: false),
                    ComponentId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ElementComponents", x => new { x.ElementId, x.ComponentId });
                    table.ForeignKey(
                        name: "FK_ElementComponents_Components_ComponentId",
                        column: x => x.ComponentId,
                        principalTable: "Components",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ElementComponents_NetworkElements_ElementId",
                        column: x => x.ElementId,
                        principalTable: "NetworkElements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EquipmentPorts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Host = table.Column<string>(type: "TEXT", maxLength: 253, nullable: false),
                    Interface = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ElementId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EquipmentPorts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EquipmentPorts_NetworkElements_ElementId",
                        column: x => x.ElementId,
                        principalTable: "NetworkElements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScheduledMaintenanceCircuits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ScheduledMaintenanceId = table.Column<int>(type: "INTEGER", nullable: false),
                    CircuitId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Impact = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ElementId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledMaintenanceCircuits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScheduledMaintenanceCircuits_NetworkElements_ElementId",
                        column: x => x.ElementId,
                        principalTable: "NetworkElements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ScheduledMaintenanceCircuits_ScheduledMaintenances_ScheduledMaintenanceId",
                        column: x => x.ScheduledMaintenanceId,
                        principalTable: "ScheduledMaintenances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DeviceCircuits_CircuitId",
                table: "DeviceCircuits",
                column: "CircuitId");

            migrationBuilder.CreateIndex(
                name: "IX_ElementComponents_ComponentId",
                table: "ElementComponents",
                column: "ComponentId");

            migrationBuilder.CreateIndex(
                name: "IX_EquipmentPorts_ElementId",
                table: "EquipmentPorts",
                column: "ElementId");

            migrationBuilder.CreateIndex(
                name: "IX_EquipmentPorts_Host_Interface",
                table: "EquipmentPorts",
                columns: new[] { "Host", "Interface" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InboundNotifications_DuplicateOfId",
                table: "InboundNotifications",
                column: "DuplicateOfId");

            migrationBuilder.CreateIndex(
                name: "IX_InboundNotifications_MessageId",
                table: "InboundNotifications",
                column: "MessageId",
                unique: true,
                filter: "\"MessageId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_InboundNotifications_Outcome_ReceivedAt",
                table: "InboundNotifications",
                columns: new[] { "Outcome", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_NetworkElements_InternalId",
                table: "NetworkElements",
                column: "InternalId",
                unique: true,
                filter: "\"InternalId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkElements_ProviderId_VendorId",
                table: "NetworkElements",
                columns: new[] { "ProviderId", "VendorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NetworkElements_VendorId_NoProvider",
                table: "NetworkElements",
                column: "VendorId",
                unique: true,
                filter: "\"ProviderId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Providers_Name",
                table: "Providers",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProviderSenders_Address",
                table: "ProviderSenders",
                column: "Address",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProviderSenders_ProviderId",
                table: "ProviderSenders",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledMaintenanceCircuits_ElementId",
                table: "ScheduledMaintenanceCircuits",
                column: "ElementId");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledMaintenanceCircuits_ScheduledMaintenanceId_CircuitId",
                table: "ScheduledMaintenanceCircuits",
                columns: new[] { "ScheduledMaintenanceId", "CircuitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledMaintenances_IncidentId",
                table: "ScheduledMaintenances",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledMaintenances_NotificationId",
                table: "ScheduledMaintenances",
                column: "NotificationId");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledMaintenances_ProviderId",
                table: "ScheduledMaintenances",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledMaintenances_ProviderName_MaintenanceId",
                table: "ScheduledMaintenances",
                columns: new[] { "ProviderName", "MaintenanceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledMaintenances_Start",
                table: "ScheduledMaintenances",
                column: "Start");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Checkpoints");

            migrationBuilder.DropTable(
                name: "DeviceCircuits");

            migrationBuilder.DropTable(
                name: "ElementComponents");

            migrationBuilder.DropTable(
                name: "EquipmentPorts");

            migrationBuilder.DropTable(
                name: "ProviderSenders");

            migrationBuilder.DropTable(
                name: "ScheduledMaintenanceCircuits");

            migrationBuilder.DropTable(
                name: "NetworkElements");

            migrationBuilder.DropTable(
                name: "ScheduledMaintenances");

            migrationBuilder.DropTable(
                name: "InboundNotifications");

            migrationBuilder.DropTable(
                name: "Providers");
        }
    }
}
