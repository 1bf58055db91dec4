using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Efus.Cms.Data.PostgreSql.Migrations
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
                    ContentItemId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ScheduledUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClaimedBy = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    ClaimedUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledPublications", x => x.ContentItemId);
                });

            migrationBuilder.CreateTable(
                name: "SearchStatistics",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Day = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Query = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Searches = table.Column<int>(type: "integer", nullable: false),
                    Results = table.Column<int>(type: "integer", nullable: false)
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
