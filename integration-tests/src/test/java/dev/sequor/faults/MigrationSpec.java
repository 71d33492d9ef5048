package dev.sequor.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A migration file of a fault scenario, written from its statements, so that the test can also run the same
 * statements one by one on its own connection to learn which schemas a run may leave.
 *
 * @param name the file name, {@code <yyyyMMddHHmmss>-<name>.sql}
 * @param transactional false for a {@code -- sequor:no-transaction} file
 * @param up the up section's statements, without their {@code ;}
 * @param down the down section's statements
 */
record MigrationSpec(String name, boolean transactional, List<String> up, List<String> down) {

  static MigrationSpec of(String name, List<String> up, List<String> down) {
    return new MigrationSpec(name, true, up, down);
  }

  static MigrationSpec noTransaction(String name, List<String> up, List<String> down) {
    return new MigrationSpec(name, false, up, down);
  }

  String text() {
    return (transactional ? "" : "-- sequor:no-transaction\n")
        + "-- sequor:up\n" + String.join(";\n", up) + ";\n"
        + "-- sequor:down\n" + String.join(";\n", down) + ";\n";
  }

  static void write(Path folder, List<MigrationSpec> migrations) throws IOException {
    for (MigrationSpec migration : migrations) {
      Files.writeString(folder.resolve(migration.name()), migration.text());
    }
  }

  static List<String> names(List<MigrationSpec> migrations) {
    return migrations.stream().map(MigrationSpec::name).toList();
  }
}
