package dev.sequor.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.SourceVersion;

/**
 * The {@code @Model} record that {@code sequor:model-generate} writes, sequelize-cli's {@code model:generate}
 * turned into Java: {@code Long id}, the attributes, {@code Instant createdAt} and {@code updatedAt}, a nested enum
 * per enum attribute, and {@code @Model(modelName = "<lowerCamel>", underscored = true)} as in the lesson.
 *
 * <p>The source is a short, fixed shape written as text: every name in it has been checked to be a Java identifier
 * and every type comes from a fixed table, which is simpler here than building it with JavaPoet (whose layout a user
 * would then reformat by hand).
 */
final class ModelSource {

  /** Simple names the file imports or uses from java.lang: a nested enum of that name would shadow them. */
  private static final Set<String> TAKEN = Set.of("Model", "String", "Integer", "Long", "Short", "Float", "Double",
      "Boolean", "BigDecimal", "Instant", "LocalDate", "LocalTime", "UUID", "Object", "Enum", "Record", "Override",
      "Json", "List", "Column");

  private static final String COMMENT =
      "Written by sequor:model-generate. Change it as you like, then run sequor:migration-generate.";

  private final String packageName;
  private final String className;
  private final String modelName;
  private final List<ModelAttributes.Attribute> attributes;

  private ModelSource(String packageName, String className, String modelName,
      List<ModelAttributes.Attribute> attributes) {
    this.packageName = packageName;
    this.className = className;
    this.modelName = modelName;
    this.attributes = attributes;
  }

  /**
   * @param packageName the Java package ({@code -Dpackage}, default the groupId)
   * @param name the model's name as given to {@code -Dname}: {@code Product}, {@code product}, {@code line-item}
   */
  static ModelSource of(String packageName, String name, List<ModelAttributes.Attribute> attributes) {
    String pkg = packageName == null ? "" : packageName.strip();
    if (pkg.isEmpty() || !SourceVersion.isName(pkg)) {
      throw new UsageException("'" + pkg + "' is not a Java package name: pass one with -Dpackage=com.example.shop"
          + " (the default is the project's groupId).");
    }
    List<String> words = MigrationNames.words(name == null ? "" : name);
    if (words.isEmpty()) {
      throw new UsageException("Give the model a name: -Dname=Product");
    }
    StringBuilder className = new StringBuilder();
    StringBuilder modelName = new StringBuilder();
    for (String word : words) {
      className.append(ModelAttributes.capitalize(word));
      modelName.append(modelName.isEmpty() ? word.toLowerCase(Locale.ROOT) : ModelAttributes.capitalize(word));
    }
    if (!Character.isJavaIdentifierStart(className.charAt(0)) || !SourceVersion.isName(className)
        || TAKEN.contains(className.toString())) {
      throw new UsageException("'" + name + "' cannot name a model class (" + className + "): use letters and"
          + " digits, starting with a letter, and no name of java.lang or Sequor's own (" + String.join(", ",
          new TreeSet<>(TAKEN)) + ").");
    }
    for (ModelAttributes.Attribute attribute : attributes) {
      if (attribute.isEnum()
          && (TAKEN.contains(attribute.javaType()) || attribute.javaType().contentEquals(className))) {
        throw new UsageException("Attribute '" + attribute.name() + "': its enum would be named "
            + attribute.javaType() + ", which the model already uses for another class. Rename the attribute.");
      }
    }
    return new ModelSource(pkg, className.toString(), modelName.toString(), attributes);
  }

  String className() {
    return className;
  }

  String packageName() {
    return packageName;
  }

  /** {@code src/main/java}-relative path: {@code com/example/Product.java}. */
  String relativePath() {
    return packageName.replace('.', '/') + "/" + className + ".java";
  }

  /** Warnings about the type mapping, one per attribute that has one. */
  List<String> notes() {
    return attributes.stream().map(ModelAttributes.Attribute::note).filter(n -> n != null).toList();
  }

  String render() {
    TreeSet<String> imports = new TreeSet<>();
    imports.add("dev.sequor.Model");
    imports.add("java.time.Instant");
    for (ModelAttributes.Attribute attribute : attributes) {
      imports.addAll(attribute.imports());
    }
    List<String> components = new ArrayList<>();
    components.add("Long id");
    for (ModelAttributes.Attribute attribute : attributes) {
      components.add((attribute.annotation() == null ? "" : attribute.annotation() + " ") + attribute.javaType() + " "
          + attribute.name());
    }
    components.add("Instant createdAt");
    components.add("Instant updatedAt");

    StringBuilder source = new StringBuilder();
    source.append("package ").append(packageName).append(";\n\n");
    for (String name : imports) {
      source.append("import ").append(name).append(";\n");
    }
    source.append("\n/** ").append(COMMENT).append(" */\n")
        .append("@Model(modelName = \"").append(modelName).append("\", underscored = true)\n")
        .append("public record ").append(className).append("(\n    ")
        .append(String.join(",\n    ", components))
        .append(") {");
    boolean first = true;
    for (ModelAttributes.Attribute attribute : attributes) {
      if (!attribute.isEnum()) {
        continue;
      }
      source.append(first ? "\n" : "").append("\n  /** The values of {@code ").append(attribute.name())
          .append("}. */\n  public enum ").append(attribute.javaType()).append(" {\n    ")
          .append(String.join(",\n    ", attribute.enumConstants()))
          .append("\n  }\n");
      first = false;
    }
    return source.append("}\n").toString();
  }
}
