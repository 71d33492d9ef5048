package dev.sequor.internal.migration;

import dev.sequor.internal.format.MigrationFormat;
import dev.sequor.internal.format.TimestampedName;
import dev.sequor.migration.MigrationException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A migration file as found: its name (the identity recorded in the history), where it was found (for
 * messages), its text with CRLF turned into LF, and the SHA-256 of that text.
 */
record MigrationFile(String name, String location, String content, String checksum) {

  /** Reads a file's bytes (UTF-8). */
  static MigrationFile of(String name, String location, byte[] bytes) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new MigrationException(location + ": not UTF-8 text; save the migration as UTF-8", name);
    }
    String content = text.replace("\r\n", "\n");
    return new MigrationFile(name, location, content, checksum(content));
  }

  /** Whether a file of this name is a migration; a {@code .sql} file that is not is an error, others are ignored. */
  static boolean isMigrationName(String fileName, String location) {
    if (!fileName.endsWith(MigrationFormat.EXTENSION) || fileName.startsWith(".")) {
      return false;
    }
    if (!MigrationFormat.FILE_NAME.matcher(fileName).matches()) {
      throw new MigrationException(location + ": a migration's file name must be <yyyyMMddHHmmss>-<name>.sql (UTC"
          + " time stamp, as in 20260101120000-create-products.sql), found: " + fileName
          + ". Rename it so that it sorts where it should run.", fileName);
    }
    if (fileName.length() > TimestampedName.MAX_LENGTH) {
      throw new MigrationException(location + ": a migration's file name may have at most "
          + TimestampedName.MAX_LENGTH + " characters (the history table's name column), found: " + fileName.length(),
          fileName);
    }
    return true;
  }

  /** SHA-256 hex of the text's UTF-8 bytes (the caller has already turned CRLF into LF). */
  static String checksum(String content) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Parses the file into its sections and statements. */
  MigrationScript parse() {
    return MigrationScript.parse(this);
  }
}
