using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StatusDashboard.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class SlaPromises : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SlaPromiseId",
                table: "NetworkElements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SlaPromises",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UptimePercent = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: false),
                    IntervalKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MinimumOutage = table.Column<TimeSpan>(type: "TEXT", nullable: false),
                    Maintenance = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlaPromises", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SlaCreditTier",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SlaPromiseId = table.Column<int>(type: "INTEGER", nullable: false),
                    AvailabilityBelow = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: false),
                    CreditPercent = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlaCreditTier", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SlaCreditTier_SlaPromises_SlaPromiseId",
                        column: x => x.SlaPromiseId,
                        principalTable: "SlaPromises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SlaMeasurements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ElementId = table.Column<int>(type: "INTEGER", nullable: false),
                    SlaPromiseId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodStart = table.Column<long>(type: "INTEGER", nullable: false),
                    PeriodEnd = table.Column<long>(type: "INTEGER", nullable: false),
                    Counted = table.Column<TimeSpan>(type: "TEXT", nullable: false),
                    Downtime = table.Column<TimeSpan>(type: "TEXT", nullable: false),
                    Outages = table.Column<int>(type: "INTEGER", nullable: false),
                    Excluded = table.Column<TimeSpan>(type: "TEXT", nullable: false),
                    Availability = table.Column<decimal>(type: "TEXT", precision: 12, scale: 9, nullable: false),
                    Allowed = table.Column<TimeSpan>(type: "TEXT", nullable: false),
                    Left = table.Column<TimeSpan>(type: "TEXT", nullable: false),
                    Breached = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreditPercent = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: false),
                    EvaluatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IncidentId = table.Column<int>(type: "INTEGER", nullable: true),
                    BreachReported = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlaMeasurements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SlaMeasurements_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_SlaMeasurements_NetworkElements_ElementId",
                        column: x => x.ElementId,
                        principalTable: "NetworkElements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SlaMeasurements_SlaPromises_SlaPromiseId",
                        column: x => x.SlaPromiseId,
                        principalTable: "SlaPromises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SlaPromiseProviders",
                columns: table => new
                {
                    ProviderId = table.Column<int>(type: "INTEGER", nullable: false),
                    SlaPromiseId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlaPromiseProviders", x => new { x.ProviderId, x.SlaPromiseId });
                    table.ForeignKey(
                        name: "FK_SlaPromiseProviders_Providers_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SlaPromiseProviders_SlaPromises_SlaPromiseId",
                        column: x => x.SlaPromiseId,
                        principalTable: "SlaPromises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NetworkElements_SlaPromiseId",
                table: "NetworkElements",
                column: "SlaPromiseId");

            migrationBuilder.CreateIndex(
                name: "IX_SlaCreditTier_SlaPromiseId",
                table: "SlaCreditTier",
                column: "SlaPromiseId");

            migrationBuilder.CreateIndex(
                name: "IX_SlaMeasurements_ElementId_SlaPromiseId_PeriodStart",
                table: "SlaMeasurements",
                columns: new[] { "ElementId", "SlaPromiseId", "PeriodStart" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SlaMeasurements_IncidentId",
                table: "SlaMeasurements",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_SlaMeasurements_PeriodStart_Breached",
                table: "SlaMeasurements",
                columns: new[] { "PeriodStart", "Breached" });

            migrationBuilder.CreateIndex(
                name: "IX_SlaMeasurements_SlaPromiseId",
                table: "SlaMeasurements",
                column: "SlaPromiseId");

            migrationBuilder.CreateIndex(
                name: "IX_SlaPromiseProviders_SlaPromiseId",
                table: "SlaPromiseProviders",
                column: "SlaPromiseId");

            migrationBuilder.CreateIndex(
                name: "IX_SlaPromises_Name",
                table: "SlaPromises",
                column: "Name",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_NetworkElements_SlaPromises_SlaPromiseId",
                table: "NetworkElements",
                column: "SlaPromiseId",
                principalTable: "SlaPromises",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_NetworkElements_SlaPromises_SlaPromiseId",
                table: "NetworkElements");

            migrationBuilder.DropTable(
                name: "SlaCreditTier");

            migrationBuilder.DropTable(
                name: "SlaMeasurements");

            migrationBuilder.DropTable(
                name: "SlaPromiseProviders");

            migrationBuilder.DropTable(
                name: "SlaPromises");

            migrationBuilder.DropIndex(
                name: "IX_NetworkElements_SlaPromiseId",
                table: "NetworkElements");

            migrationBuilder.DropColumn(
                name: "SlaPromiseId",
                table: "NetworkElements");
        }
    }
}
