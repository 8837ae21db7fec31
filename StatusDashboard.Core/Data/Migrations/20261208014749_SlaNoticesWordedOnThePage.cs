using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StatusDashboard.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class SlaNoticesWordedOnThePage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Text",
                table: "SlaNotices");

            migrationBuilder.DropColumn(
                name: "Title",
                table: "SlaNotices");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Text",
                table: "SlaNotices",
                type: "TEXT",
                maxLength: 20000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Title",
                table: "SlaNotices",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");
        }
    }
}
