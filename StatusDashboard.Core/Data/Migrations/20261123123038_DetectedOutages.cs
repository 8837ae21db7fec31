using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StatusDashboard.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class DetectedOutages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DetectedOutages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ElementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<long>(type: "INTEGER", nullable: false),
                    End = table.Column<long>(type: "INTEGER", nullable: true),
                    Transitions = table.Column<int>(type: "INTEGER", nullable: false),
                    Port = table.Column<string>(type: "TEXT", maxLength: 460, nullable: false),
                    DownEvidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    UpEvidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DiscountedBecause = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DetectedOutages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DetectedOutages_NetworkElements_ElementId",
                        column: x => x.ElementId,
                        principalTable: "NetworkElements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PortLinkStates",
                columns: table => new
                {
                    PortId = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Administrative = table.Column<bool>(type: "INTEGER", nullable: false),
                    Since = table.Column<long>(type: "INTEGER", nullable: false),
                    LastEventAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PortLinkStates", x => x.PortId);
                    table.ForeignKey(
                        name: "FK_PortLinkStates_EquipmentPorts_PortId",
                        column: x => x.PortId,
                        principalTable: "EquipmentPorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnknownPorts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Host = table.Column<string>(type: "TEXT", maxLength: 253, nullable: false),
                    Interface = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstSeen = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSeen = table.Column<long>(type: "INTEGER", nullable: false),
                    LastLine = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnknownPorts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UnscheduledOutages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DetectedOutageId = table.Column<long>(type: "INTEGER", nullable: false),
                    ElementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<long>(type: "INTEGER", nullable: false),
                    End = table.Column<long>(type: "INTEGER", nullable: true),
                    OverrunOfMaintenanceId = table.Column<int>(type: "INTEGER", nullable: true),
                    OverrunReported = table.Column<bool>(type: "INTEGER", nullable: false),
                    IncidentId = table.Column<int>(type: "INTEGER", nullable: true),
                    EndReported = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnscheduledOutages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnscheduledOutages_DetectedOutages_DetectedOutageId",
                        column: x => x.DetectedOutageId,
                        principalTable: "DetectedOutages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_UnscheduledOutages_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_UnscheduledOutages_NetworkElements_ElementId",
                        column: x => x.ElementId,
                        principalTable: "NetworkElements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_UnscheduledOutages_ScheduledMaintenances_OverrunOfMaintenanceId",
                        column: x => x.OverrunOfMaintenanceId,
                        principalTable: "ScheduledMaintenances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DetectedOutages_ElementId_Start",
                table: "DetectedOutages",
                columns: new[] { "ElementId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_DetectedOutages_End",
                table: "DetectedOutages",
                column: "End");

            migrationBuilder.CreateIndex(
                name: "IX_UnknownPorts_Host_Interface",
                table: "UnknownPorts",
                columns: new[] { "Host", "Interface" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnscheduledOutages_DetectedOutageId_Start",
                table: "UnscheduledOutages",
                columns: new[] { "DetectedOutageId", "Start" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnscheduledOutages_ElementId_Start",
                table: "UnscheduledOutages",
                columns: new[] { "ElementId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_UnscheduledOutages_IncidentId",
                table: "UnscheduledOutages",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_UnscheduledOutages_OverrunOfMaintenanceId",
                table: "UnscheduledOutages",
                column: "OverrunOfMaintenanceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PortLinkStates");

            migrationBuilder.DropTable(
                name: "UnknownPorts");

            migrationBuilder.DropTable(
                name: "UnscheduledOutages");

            migrationBuilder.DropTable(
                name: "DetectedOutages");
        }
    }
}
