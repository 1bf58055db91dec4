using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Efus.Cms.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FieldValuesIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentFieldIndex_ContentType_Part_Field",
                table: "ContentFieldIndex");

            migrationBuilder.CreateIndex(
                name: "IX_ContentFieldIndex_Values",
                table: "ContentFieldIndex",
                columns: new[] { "ContentType", "Part", "Field", "Published", "TextValue" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentFieldIndex_Values",
                table: "ContentFieldIndex");

            migrationBuilder.CreateIndex(
                name: "IX_ContentFieldIndex_ContentType_Part_Field",
                table: "ContentFieldIndex",
                columns: new[] { "ContentType", "Part", "Field" });
        }
    }
}
