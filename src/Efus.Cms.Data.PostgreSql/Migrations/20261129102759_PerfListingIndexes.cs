using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Efus.Cms.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PerfListingIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentItems_ContentType_Published_CreatedUtc",
                table: "ContentItems");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_ContentType_CreatedUtc_Published",
                table: "ContentItems",
                columns: new[] { "ContentType", "CreatedUtc", "Published" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Listing",
                table: "ContentItems",
                columns: new[] { "ContentType", "Published", "PublishedUtc", "Culture" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentItems_ContentType_CreatedUtc_Published",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_Listing",
                table: "ContentItems");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_ContentType_Published_CreatedUtc",
                table: "ContentItems",
                columns: new[] { "ContentType", "Published", "CreatedUtc" });
        }
    }
}
