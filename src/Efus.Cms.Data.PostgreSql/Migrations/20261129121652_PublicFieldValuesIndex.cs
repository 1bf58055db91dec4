using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Efus.Cms.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PublicFieldValuesIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ContentFieldIndex_Values",
                table: "ContentFieldIndex",
                columns: new[] { "ContentType", "Part", "Field", "TextValue" },
                filter: "\"Published\" AND length(\"TextValue\") <= 255");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentFieldIndex_Values",
                table: "ContentFieldIndex");
        }
    }
}
