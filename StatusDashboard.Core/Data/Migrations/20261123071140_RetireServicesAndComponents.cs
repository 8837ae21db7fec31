using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StatusDashboard.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class RetireServicesAndComponents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "RetiredAt",
                table: "Services",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RetiredAt",
                table: "Components",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RetiredAt",
                table: "Services");

            migrationBuilder.DropColumn(
                name: "RetiredAt",
                table: "Components");
        }
    }
}
