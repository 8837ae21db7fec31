using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StatusDashboard.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class SlaNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SlaNotices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ElementId = table.Column<int>(type: "INTEGER", nullable: false),
                    SlaPromiseId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodStart = table.Column<long>(type: "INTEGER", nullable: false),
                    PeriodEnd = table.Column<long>(type: "INTEGER", nullable: false),
                    Breached = table.Column<bool>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlaNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SlaNotices_NetworkElements_ElementId",
                        column: x => x.ElementId,
                        principalTable: "NetworkElements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SlaNotices_SlaPromises_SlaPromiseId",
                        column: x => x.SlaPromiseId,
                        principalTable: "SlaPromises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SlaNotices_ElementId_SlaPromiseId_PeriodStart",
                table: "SlaNotices",
                columns: new[] { "ElementId", "SlaPromiseId", "PeriodStart" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SlaNotices_SlaPromiseId",
                table: "SlaNotices",
                column: "SlaPromiseId");

            migrationBuilder.CreateIndex(
                name: "IX_SlaNotices_UpdatedAt",
                table: "SlaNotices",
                column: "UpdatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SlaNotices");
        }
    }
}
