package dev.sequor.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snapshot file format and the JSON reader and writer under it. */
final class SnapshotTest {

  private static final Schema.Table TABLE = new Schema.Table("products", List.of("shop.Product"),
      List.of(
          new Schema.Column("id", "BIGSERIAL", true, null, false),
          new Schema.Column("name", "VARCHAR(120)", true, "'it''s \"new\"\\\n'", true),
          new Schema.Column("status", "\"enum_products_status\"", false, "'DRAFT'", false)),
      List.of("id"),
      List.of(new Schema.Index("products_name", List.of("name"), false)),
      List.of(new Schema.ForeignKey("products_shop_id_fkey", List.of("id"), "shops", List.of("id"), "CASCADE", "NO ACTION")),
      List.of(new Schema.EnumType("enum_products_status", List.of("DRAFT", "LIVE"))));

  @Test
  void writtenTable_readsBackEqual() {
    assertThat(Snapshot.read(Snapshot.write(TABLE))).isEqualTo(TABLE);
  }

  @Test
  void writtenTable_hasOneLinePerElementAndATrailingNewline() {
    String json = Snapshot.write(TABLE);

    assertThat(json).endsWith("}\n");
    assertThat(json).contains("\n    {\"name\": \"status\", \"type\": \"\\\"enum_products_status\\\"\", \"notNull\": false, "
        + "\"default\": \"'DRAFT'\", \"unique\": false}\n");
    assertThat(json).contains("\"indexes\": [\n    {\"name\": \"products_name\", \"columns\": [\"name\"], \"unique\": false}\n  ],\n");
  }

  @Test
  void anyJsonLayout_readsTheSame() {
    String compact = Snapshot.write(TABLE).replaceAll("\n\\s*", "");
    String spread = Snapshot.write(TABLE).replace(", ", " ,\r\n\t ");

    assertThat(Snapshot.read(compact)).isEqualTo(TABLE);
    assertThat(Snapshot.read(spread)).isEqualTo(TABLE);
  }

  @Test
  void unknownFormat_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Snapshot.read(Snapshot.write(TABLE).replace("\"format\": 1", "\"format\": 2")));

    assertThat(e).hasMessageThat().isEqualTo("\"format\" must be 1, found: 2 (written by another Sequor version?)");
  }

  @Test
  void missingKey_isRejectedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Snapshot.read("{\"format\": 1, \"table\": \"t\", \"models\": []}"));

    assertThat(e).hasMessageThat().startsWith("missing \"columns\"");
  }

  @Test
  void directory_readsEveryJsonFile_andAMissingOneIsEmpty(@TempDir Path dir) throws IOException {
    assertThat(Snapshot.readDirectory(dir.resolve("absent")).tables()).isEmpty();

    Files.writeString(dir.resolve("products.json"), Snapshot.write(TABLE));
    Files.writeString(dir.resolve("README.md"), "not a table");

    assertThat(Snapshot.readDirectory(dir).tables()).containsExactly("products", TABLE);
  }

  @Test
  void fileNamedAfterAnotherTable_isRejected(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("items.json"), Snapshot.write(TABLE));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Snapshot.readDirectory(dir));

    assertThat(e).hasMessageThat().endsWith("items.json: \"table\" must be the file's name, \"items\", found: \"products\"");
  }
}
