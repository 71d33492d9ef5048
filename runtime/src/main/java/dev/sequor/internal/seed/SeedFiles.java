package dev.sequor.internal.seed;

import dev.sequor.ArrayColumnType;
import dev.sequor.Attribute;
import dev.sequor.ModelType;
import dev.sequor.ValidationException;
import dev.sequor.internal.Text;
import dev.sequor.internal.format.Json;
import dev.sequor.seed.SeedException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Field;

/**
 * Reads seed files into model instances, through {@link ModelType#newInstance}: every row is parsed, converted
 * and checked before the first instance is returned, so a bad file yields an exception and no instances. The
 * rules are documented on {@link dev.sequor.seed.SeedContext}.
 */
final class SeedFiles {

  private SeedFiles() {}

  /** A seed file: its name for messages and a way to read it. */
  interface Source {
    String name();

    byte[] read() throws IOException;

    static Source resource(ClassLoader loader, String resource) {
      Objects.requireNonNull(resource, "resource");
      String path = resource.startsWith("/") ? resource.substring(1) : resource;
      return new Source() {
        @Override
        public String name() {
          return path;
        }

        @Override
        public byte[] read() throws IOException {
          try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
              throw new SeedException("Seed file " + path + " is not on the class path (put it under"
                  + " src/main/resources/" + path + ")", null, path, 0, null, null);
            }
            return in.readAllBytes();
          }
        }
      };
    }

    static Source file(Path file) {
      Objects.requireNonNull(file, "file");
      return new Source() {
        @Override
        public String name() {
          return file.toString();
        }

        @Override
        public byte[] read() throws IOException {
          if (!Files.isRegularFile(file)) {
            throw new SeedException("Seed file " + file.toAbsolutePath() + " does not exist", null, file.toString(),
                0, null, null);
          }
          return Files.readAllBytes(file);
        }
      };
    }
  }

  // ------------------------------------------------------------------------------------------------ CSV

  /** The instances of a CSV file: a header of attribute names, then one record per instance. */
  static <M> List<M> csv(ModelType<M, ?> model, Source source) {
    String file = source.name();
    List<Csv.Row> rows = Csv.parse(text(source), file);
    if (rows.isEmpty()) {
      throw new SeedException(file + ": the file is empty; a CSV seed file starts with a header line of attribute"
          + " names of " + model.name() + " (" + attributeNames(model) + ")", null, file, 1, null, null);
    }
    Csv.Row header = rows.get(0);
    List<Attribute<M, ?>> attributes = model.attributes();
    int[] attributeOfColumn = new int[header.cells().size()];
    Map<String, Integer> seen = new HashMap<>();
    for (int c = 0; c < header.cells().size(); c++) {
      String name = header.cells().get(c).text().strip();
      Integer earlier = seen.put(name, c);
      if (earlier != null) {
        throw error(file, header.line(), name, model, "the header names it twice (columns " + (earlier + 1)
            + " and " + (c + 1) + ")", null);
      }
      attributeOfColumn[c] = attributeIndex(model, name, file, header.line());
    }
    List<M> instances = new ArrayList<>(rows.size() - 1);
    for (Csv.Row row : rows.subList(1, rows.size())) {
      if (row.cells().size() != attributeOfColumn.length) {
        throw new SeedException(file + ", line " + row.line() + ": " + row.cells().size() + " value"
            + (row.cells().size() == 1 ? "" : "s") + " for a header of " + attributeOfColumn.length + " columns",
            null, file, row.line(), null, null);
      }
      Object[] values = new Object[attributes.size()];
      for (int c = 0; c < attributeOfColumn.length; c++) {
        Csv.Cell cell = row.cells().get(c);
        Attribute<M, ?> attribute = attributes.get(attributeOfColumn[c]);
        if (cell.text().isEmpty() && !cell.quoted()) {
          continue; // null
        }
        values[attributeOfColumn[c]] = storable(attribute, attribute.type() instanceof ArrayColumnType<?, ?> array
            ? arrayFromText(attribute, array, cell.text(), file, row.line(), model)
            : fromText(attribute, attribute.type().javaType(), cell.text(), file, row.line(), model),
            file, row.line(), model);
      }
      instances.add(instance(model, values, file, row.line(), Arrays.stream(attributeOfColumn).boxed()
          .collect(Collectors.toSet())));
    }
    return instances;
  }

  // ----------------------------------------------------------------------------------------------- JSON

  /** {@code text} as JSON, each value with its line; malformed JSON is a {@link SeedException} naming the line. */
  private static Json.Located parseJson(String text, String file) {
    if (text.isBlank()) {
      throw new SeedException(file + ", line 1: the file is empty; a JSON seed file holds an array of objects", null,
          file, 1, null, null);
    }
    try {
      return Json.parse(text);
    } catch (Json.SyntaxError e) {
      String problem = e.key() != null ? e.problem() : "malformed JSON: " + e.problem();
      throw new SeedException(file + ", line " + e.line() + ": " + problem, null, file, e.line(), e.key(), null);
    }
  }

  /** A JSON value as messages show it. */
  private static String describe(Object value) {
    if (value == null) {
      return "null";
    } else if (value instanceof String s) {
      return "the string \"" + (s.length() > 60 ? s.substring(0, 60) + "…" : s) + "\"";
    } else if (value instanceof BigDecimal n) {
      return "the number " + n;
    } else if (value instanceof Boolean b) {
      return b.toString();
    } else if (value instanceof List<?>) {
      return "an array";
    }
    return "an object";
  }

  /** The instances of a JSON file holding an array of objects keyed by attribute names. */
  static <M> List<M> json(ModelType<M, ?> model, Source source) {
    String file = source.name();
    Json.Located root = parseJson(text(source), file);
    if (!(root.value() instanceof List<?> array)) {
      throw new SeedException(file + ", line " + root.line() + ": a JSON seed file holds an array of objects, found "
          + describe(root.value()), null, file, root.line(), null, null);
    }
    List<Attribute<M, ?>> attributes = model.attributes();
    List<M> instances = new ArrayList<>(array.size());
    for (Object element : array) {
      Json.Located item = (Json.Located) element;
      if (!(item.value() instanceof Map<?, ?> object)) {
        throw new SeedException(file + ", line " + item.line() + ": expected an object (one " + model.name()
            + "), found " + describe(item.value()), null, file, item.line(), null, null);
      }
      Object[] values = new Object[attributes.size()];
      java.util.Set<Integer> given = new java.util.HashSet<>();
      for (Map.Entry<?, ?> e : object.entrySet()) {
        String key = (String) e.getKey();
        Json.Located value = (Json.Located) e.getValue();
        int index = attributeIndex(model, key, file, value.line());
        given.add(index);
        if (value.value() != null) {
          Attribute<M, ?> attribute = attributes.get(index);
          values[index] = storable(attribute, attribute.type() instanceof ArrayColumnType<?, ?> arrayType
              ? arrayFromJson(attribute, arrayType, value.value(), file, value.line(), model)
              : fromJson(attribute, attribute.type().javaType(), value.value(), file, value.line(), model),
              file, value.line(), model);
        }
      }
      instances.add(instance(model, values, file, item.line(), given));
    }
    return instances;
  }

  // ------------------------------------------------------------------------------------------ instances


  private static <M> int attributeIndex(ModelType<M, ?> model, String name, String file, int line) {
    List<Attribute<M, ?>> attributes = model.attributes();
    for (int i = 0; i < attributes.size(); i++) {
      if (attributes.get(i).name().equals(name)) {
        return i;
      }
    }
    String hint = attributes.stream().filter(a -> a.column().equals(name)).findFirst()
        .map(a -> " (that is the column of attribute '" + a.name() + "': use attribute names)").orElse("");
    throw error(file, line, name, model, "unknown attribute" + hint + "; the attributes of " + model.name()
        + " are " + attributeNames(model), null);
  }

  private static <M> M instance(ModelType<M, ?> model, Object[] values, String file, int line,
      java.util.Set<Integer> given) {
    List<Attribute<M, ?>> attributes = model.attributes();
    for (int i = 0; i < attributes.size(); i++) {
      Attribute<M, ?> a = attributes.get(i);
      if (values[i] == null && a.is(Attribute.Flag.NOT_NULL) && !a.is(Attribute.Flag.AUTO_INCREMENT)
          && !a.is(Attribute.Flag.HAS_DEFAULT) && !isTimestamp(model, a)) {
        throw error(file, line, a.name(), model, given.contains(i) ? "null, but the attribute cannot be null"
            : "missing, and the attribute cannot be null", null);
      }
    }
    try {
      return model.newInstance(values);
    } catch (RuntimeException e) {
      throw new SeedException(file + ", line " + line + ": " + model.name() + " refused the values: " + e, null,
          file, line, null, e);
    }
  }

  private static boolean isTimestamp(ModelType<?, ?> model, Attribute<?, ?> attribute) {
    return model.createdAt().orElse(null) == attribute || model.updatedAt().orElse(null) == attribute;
  }

  // ------------------------------------------------------------------------------------------- values

  /**
   * {@code value}, refused here when PostgreSQL cannot take it as text (a NUL, or an unpaired surrogate such as a
   * JSON file's <code>"&#92;ud800"</code> decodes to): the file's line says where, and the cause is the
   * {@link ValidationException} that {@code create} would have thrown.
   */
  private static <M> Object storable(Attribute<M, ?> attribute, Object value, String file, int line,
      ModelType<M, ?> model) {
    String problem = Text.problemOf(value);
    if (problem != null) {
      throw error(file, line, attribute.name(), model, "the value " + problem,
          new ValidationException(model.name(), attribute.name(), value, problem));
    }
    return value;
  }

  private static <M> Object fromText(Attribute<M, ?> attribute, Class<?> type, String text, String file, int line,
      ModelType<M, ?> model) {
    if (type == String.class) {
      return text;
    } else if (type == dev.sequor.Json.class) {
      return jsonValue(attribute, text, file, line, model);
    }
    String value = text.strip();
    try {
      if (type == Integer.class) {
        return Integer.valueOf(value);
      } else if (type == Long.class) {
        return Long.valueOf(value);
      } else if (type == Short.class) {
        return Short.valueOf(value);
      } else if (type == BigDecimal.class) {
        return new BigDecimal(value);
      } else if (type == Double.class) {
        return Double.valueOf(value);
      } else if (type == Float.class) {
        return Float.valueOf(value);
      } else if (type == Boolean.class) {
        if (value.equalsIgnoreCase("true")) {
          return Boolean.TRUE;
        } else if (value.equalsIgnoreCase("false")) {
          return Boolean.FALSE;
        }
        throw new IllegalArgumentException();
      }
      return fromString(attribute, type, value, file, line, model);
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw wrongValue(attribute, type, "'" + text + "'", file, line, model, e);
    }
  }

  private static <M> Object fromJson(Attribute<M, ?> attribute, Class<?> type, Object json, String file, int line,
      ModelType<M, ?> model) {
    if (type == dev.sequor.Json.class) {
      return dev.sequor.Json.from(Json.plain(json)); // any JSON value, as written
    }
    try {
      if (json instanceof BigDecimal number) {
        if (type == Integer.class) {
          return number.intValueExact();
        } else if (type == Long.class) {
          return number.longValueExact();
        } else if (type == Short.class) {
          return number.shortValueExact();
        } else if (type == BigDecimal.class) {
          return number;
        } else if (type == Double.class) {
          return number.doubleValue();
        } else if (type == Float.class) {
          return number.floatValue();
        }
      } else if (json instanceof Boolean bool) {
        if (type == Boolean.class) {
          return bool;
        }
      } else if (json instanceof String string) {
        if (type == String.class) {
          return string;
        } else if (type == BigDecimal.class) {
          return new BigDecimal(string.strip());
        } else if (!isNumber(type) && type != Boolean.class) {
          return fromString(attribute, type, string, file, line, model);
        }
      }
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw wrongValue(attribute, type, describe(json), file, line, model, e);
    }
    throw wrongValue(attribute, type, describe(json), file, line, model, null);
  }

  /** A CSV cell holding JSON text: {@code {"a": 1}} (quoted in CSV as {@code "{""a"": 1}"}), {@code [1,2]}. */
  private static <M> dev.sequor.Json jsonValue(Attribute<M, ?> attribute, String text, String file, int line,
      ModelType<M, ?> model) {
    try {
      Json.parse(text);
    } catch (Json.SyntaxError e) {
      throw error(file, line, attribute.name(), model, "'" + (text.length() > 60 ? text.substring(0, 60) + "…" : text)
          + "' is not JSON (line " + e.line() + " of the value: " + e.problem() + ")", e);
    }
    return dev.sequor.Json.of(text);
  }

  /** A JSON array of element values: {@code ["a", "b"]}, {@code [1, null, 3]}. */
  private static <M> Object arrayFromJson(Attribute<M, ?> attribute, ArrayColumnType<?, ?> array, Object json,
      String file, int line, ModelType<M, ?> model) {
    if (!(json instanceof List<?> items)) {
      throw error(file, line, attribute.name(), model, describe(json) + " is not a JSON array (of "
          + array.elementType().javaType().getSimpleName() + " values)", null);
    }
    List<Object> elements = new ArrayList<>(items.size());
    for (Object item : items) {
      Json.Located element = (Json.Located) item;
      elements.add(element.value() == null ? null
          : fromJson(attribute, array.elementType().javaType(), element.value(), file, element.line(), model));
    }
    return fromList(array, elements);
  }

  /**
   * A CSV cell holding a PostgreSQL array literal: {@code {a,b}}, {@code {1,NULL,3}}, {@code {"with, comma"}},
   * {@code {}}; elements as in a CSV cell of the element type.
   */
  private static <M> Object arrayFromText(Attribute<M, ?> attribute, ArrayColumnType<?, ?> array, String text,
      String file, int line, ModelType<M, ?> model) {
    List<String> items;
    try {
      items = ArrayLiteral.parse(text.strip());
    } catch (IllegalArgumentException e) {
      throw error(file, line, attribute.name(), model, "'" + text + "' is not an array literal such as {a,b} or {}"
          + " (" + e.getMessage() + ")", e);
    }
    List<Object> elements = new ArrayList<>(items.size());
    for (String item : items) {
      elements.add(item == null ? null : fromText(attribute, array.elementType().javaType(), item, file, line, model));
    }
    return fromList(array, elements);
  }

  @SuppressWarnings("unchecked")
  private static <A, E> A fromList(ArrayColumnType<A, E> array, List<Object> elements) {
    return array.fromList((List<E>) elements);
  }

  private static boolean isNumber(Class<?> type) {
    return Number.class.isAssignableFrom(type);
  }

  /** Types written as text in both formats. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <M> Object fromString(Attribute<M, ?> attribute, Class<?> type, String value, String file, int line,
      ModelType<M, ?> model) {
    try {
      if (type == Instant.class) {
        return Instant.parse(value);
      } else if (type == OffsetDateTime.class) {
        return OffsetDateTime.parse(value);
      } else if (type == LocalDate.class) {
        return LocalDate.parse(value);
      } else if (type == LocalTime.class) {
        return LocalTime.parse(value);
      } else if (type == LocalDateTime.class) {
        return LocalDateTime.parse(value);
      } else if (type == UUID.class) {
        if (value.length() != 36) {
          throw new IllegalArgumentException("not a canonical UUID");
        }
        return UUID.fromString(value);
      } else if (type == byte[].class) {
        return Base64.getDecoder().decode(value);
      } else if (type.isEnum()) {
        try {
          return Enum.valueOf((Class) type, value);
        } catch (IllegalArgumentException e) {
          throw error(file, line, attribute.name(), model, "'" + value + "' is not a constant of "
              + type.getSimpleName() + " (" + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
              .collect(Collectors.joining(", ")) + ")", e);
        }
      }
    } catch (DateTimeParseException e) {
      throw wrongValue(attribute, type, "'" + value + "'", file, line, model, e);
    }
    throw error(file, line, attribute.name(), model, "seed files cannot hold values of type " + type.getName(),
        null);
  }

  private static <M> SeedException wrongValue(Attribute<M, ?> attribute, Class<?> type, String value, String file, int line,
      ModelType<M, ?> model, Exception cause) {
    String expected = switch (type.getSimpleName()) {
      case "Instant", "OffsetDateTime" -> "an ISO-8601 date-time with offset, such as 2026-11-25T12:00:00Z";
      case "LocalDateTime" -> "an ISO-8601 date-time, such as 2026-11-25T12:00:00";
      case "LocalDate" -> "an ISO-8601 date, such as 2026-11-25";
      case "LocalTime" -> "an ISO-8601 time, such as 12:30:00";
      case "byte[]" -> "base64";
      case "Boolean" -> "true or false";
      default -> "a value of type " + type.getSimpleName();
    };
    return error(file, line, attribute.name(), model, value + " is not " + expected, cause);
  }

  private static SeedException error(String file, int line, String attribute, ModelType<?, ?> model,
      String problem, Throwable cause) {
    return new SeedException(file + ", line " + line + ", attribute '" + attribute + "' of " + model.name() + ": "
        + problem, null, file, line, attribute, cause);
  }

  private static String attributeNames(ModelType<?, ?> model) {
    return model.attributes().stream().map(Attribute::name).collect(Collectors.joining(", "));
  }

  private static String text(Source source) {
    byte[] bytes;
    try {
      bytes = source.read();
    } catch (IOException e) {
      throw new SeedException("Unable to read seed file " + source.name() + ": " + e.getMessage(), null,
          source.name(), 0, null, e);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new SeedException("Seed file " + source.name() + " is not UTF-8 text", null, source.name(), 0, null, e);
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
