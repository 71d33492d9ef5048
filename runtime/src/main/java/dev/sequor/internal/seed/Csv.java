package dev.sequor.internal.seed;

import dev.sequor.seed.SeedException;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 CSV reader: comma-separated cells, records ended by CRLF, LF or CR, quoted cells holding commas,
 * line breaks and doubled quotes. Whether a cell was quoted is kept, so that an unquoted empty cell can mean
 * {@code null} and {@code ""} the empty string. Empty lines are skipped. Not an API.
 */
final class Csv {

  /** One cell. */
  record Cell(String text, boolean quoted) {}

  /** One record and the (1-based) line it starts on. */
  record Row(int line, List<Cell> cells) {}

  private Csv() {}

  static List<Row> parse(String text, String file) {
    List<Row> rows = new ArrayList<>();
    int line = 1;
    int i = 0;
    int n = text.length();
    while (i < n) {
      int rowLine = line;
      if (text.charAt(i) == '\n' || text.charAt(i) == '\r') { // an empty line
        i += text.startsWith("\r\n", i) ? 2 : 1;
        line++;
        continue;
      }
      List<Cell> cells = new ArrayList<>();
      while (true) {
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        if (i < n && text.charAt(i) == '"') {
          quoted = true;
          int openLine = line;
          i++;
          while (true) {
            if (i >= n) {
              throw new SeedException(file + ", line " + openLine + ": a quoted value is never closed (a '\"' is"
                  + " missing)", null, file, openLine, null, null);
            }
            char c = text.charAt(i);
            if (c == '"') {
              if (i + 1 < n && text.charAt(i + 1) == '"') {
                cell.append('"');
                i += 2;
                continue;
              }
              i++;
              break;
            }
            if (c == '\n' || (c == '\r' && !text.startsWith("\r\n", i))) {
              line++;
            }
            cell.append(c);
            i++;
          }
          if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            throw new SeedException(file + ", line " + line + ": unexpected '" + text.charAt(i) + "' after a"
                + " quoted value (a '\"' inside a quoted value is written '\"\"')", null, file, line, null, null);
          }
        } else {
          while (i < n) {
            char c = text.charAt(i);
            if (c == ',' || c == '\n' || c == '\r') {
              break;
            }
            if (c == '"') {
              throw new SeedException(file + ", line " + line + ": a '\"' inside an unquoted value; quote the"
                  + " value and double the quote (\"a \"\"b\"\"\")", null, file, line, null, null);
            }
            cell.append(c);
            i++;
          }
        }
        cells.add(new Cell(cell.toString(), quoted));
        if (i < n && text.charAt(i) == ',') {
          i++;
          continue;
        }
        if (i < n) { // a line break ends the record
          i += text.startsWith("\r\n", i) ? 2 : 1;
          line++;
        }
        break;
      }
      rows.add(new Row(rowLine, cells));
    }
    return rows;
  }
}
