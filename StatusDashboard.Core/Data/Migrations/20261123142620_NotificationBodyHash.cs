using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StatusDashboard.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class NotificationBodyHash : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InboundNotifications_MessageId",
                table: "InboundNotifications");

            migrationBuilder.AddColumn<string>(
                name: "BodyHash",
                table: "InboundNotifications",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_InboundNotifications_MessageId_BodyHash",
                table: "InboundNotifications",
                columns: new[] { "MessageId", "BodyHash" },
                unique: true,
                filter: "\"MessageId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InboundNotifications_MessageId_BodyHash",
                table: "InboundNotifications");

            migrationBuilder.DropColumn(
                name: "BodyHash",
                table: "InboundNotifications");

            migrationBuilder.CreateIndex(
                name: "IX_InboundNotifications_MessageId",
                table: "InboundNotifications",
                column: "MessageId",
                unique: true,
                filter: "\"MessageId\" IS NOT NULL");
        }
    }
}
