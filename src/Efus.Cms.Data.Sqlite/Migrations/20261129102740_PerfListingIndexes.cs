using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Efus.Cms.Data.Sqlite.Migrations
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
                columns: new[] { "ContentType", "PublishedUtc", "Published", "Culture", "DisplayTextNormalized" });
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
