using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StatusDashboard.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class MaintenanceReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MaintenanceReviews",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ScheduledMaintenanceId = table.Column<int>(type: "INTEGER", nullable: true),
                    NotificationId = table.Column<long>(type: "INTEGER", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaintenanceReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MaintenanceReviews_InboundNotifications_NotificationId",
                        column: x => x.NotificationId,
                        principalTable: "InboundNotifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MaintenanceReviews_ScheduledMaintenances_ScheduledMaintenanceId",
                        column: x => x.ScheduledMaintenanceId,
                        principalTable: "ScheduledMaintenances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceReviews_NotificationId",
                table: "MaintenanceReviews",
                column: "NotificationId");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceReviews_ScheduledMaintenanceId_NotificationId",
                table: "MaintenanceReviews",
                columns: new[] { "ScheduledMaintenanceId", "NotificationId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MaintenanceReviews");
        }
    }
}
