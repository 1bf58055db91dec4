using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Efus.Cms.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class WorkflowScheduledPublicationsAndSearchStatistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ScheduledPublications",
                columns: table => new
                {
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ScheduledUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    ClaimedUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledPublications", x => x.ContentItemId);
                });

            migrationBuilder.CreateTable(
                name: "SearchStatistics",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Day = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Query = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Searches = table.Column<int>(type: "INTEGER", nullable: false),
                    Results = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchStatistics", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledPublications_ScheduledUtc",
                table: "ScheduledPublications",
                column: "ScheduledUtc");

            migrationBuilder.CreateIndex(
                name: "IX_SearchStatistics_Day_Query",
                table: "SearchStatistics",
                columns: new[] { "Day", "Query" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ScheduledPublications");

            migrationBuilder.DropTable(
                name: "SearchStatistics");
        }
    }
}
