package dev.sequor.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.sequor.internal.format.Json;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The text of one generated Java file, written straight into a {@link StringBuilder}: JavaPoet's emitter cost javac
 * more than a second per 200 models, most of the processor's own time. What JavaPoet gave us is kept here: every
 * type goes through {@link #type}, which imports each top-level class once and writes a class whose simple name
 * is taken (by another import, or by a type the file declares) fully qualified; string constants go through
 * {@link #literal}, and text in Javadoc through {@link #doc}. Types stay modelled as JavaPoet {@link TypeName}s.
 * The output depends only on what is written, in order, so it is deterministic.
 */
final class JavaSource {

  private static final String INDENT = "  ";

  private final String packageName;
  private final ClassName declared;
  /** The declared type's own nested types, whose simple names a reference to another type must not use. */
  private final Set<String> nestedNames;
  /** Simple name → the top-level class it stands for in this file. */
  private final Map<String, String> simpleNames = new HashMap<>();
  private final Set<String> imports = new TreeSet<>();
  private final StringBuilder body = new StringBuilder(8192);

  /**
   * @param declared the top-level class the file declares
   * @param nestedNames the simple names of its nested types
   */
  JavaSource(ClassName declared, Set<String> nestedNames) {
    this.packageName = declared.packageName();
    this.declared = declared;
    this.nestedNames = nestedNames;
    simpleNames.put(declared.simpleName(), declared.canonicalName());
  }

  /** The name to write for {@code type} here, importing it when its simple name is free. */
  String type(TypeName type) {
    if (type instanceof ClassName name) {
      return className(name);
    }
    if (type instanceof ParameterizedTypeName parameterized) {
      StringBuilder name = new StringBuilder(className(parameterized.rawType())).append('<');
      List<TypeName> arguments = parameterized.typeArguments();
      for (int i = 0; i < arguments.size(); i++) {
        name.append(i == 0 ? "" : ", ").append(type(arguments.get(i)));
      }
      return name.append('>').toString();
    }
    if (type instanceof ArrayTypeName array) {
      return type(array.componentType()) + "[]";
    }
    if (type.isPrimitive()) {
      return type.toString();
    }
    throw new IllegalArgumentException("no source name for type " + type);
  }

  private String className(ClassName name) {
    ClassName top = name.topLevelClassName();
    String nested = name.simpleNames().size() == 1 ? "" : "." + String.join(".", name.simpleNames().subList(1, name.simpleNames().size()));
    if (top.equals(declared)) {
      return nested.isEmpty() ? top.simpleName() : nested.substring(1);
    }
    String simple = top.simpleName();
    String owner = simpleNames.get(simple);
    if (owner == null && !nestedNames.contains(simple)) {
      simpleNames.put(simple, top.canonicalName());
      if (!top.packageName().equals(packageName) && !top.packageName().equals("java.lang")) {
        imports.add(top.canonicalName());
      }
      owner = top.canonicalName();
    }
    return top.canonicalName().equals(owner) ? simple + nested : name.canonicalName();
  }

  /**
   * {@code value} as a Java string literal. That is its JSON string literal: the escapes JSON uses (for a quote, a
   * backslash, a newline, a carriage return, a tab, and a four-digit unicode escape for any other control character)
   * mean the same in Java.
   */
  static String literal(String value) {
    return Json.string(value);
  }

  /** {@code text} safe inside a Javadoc comment: it cannot end the comment. */
  static String doc(String text) {
    return text.replace("*/", "*&#47;");
  }

  /** Appends a line at {@code depth} levels of indentation. */
  JavaSource line(int depth, String text) {
    body.append(INDENT.repeat(depth)).append(text).append('\n');
    return this;
  }

  /**
   * Appends {@code head}, then {@code items} joined by {@code ", "}, then {@code tail}, starting at {@code depth} and
   * breaking before an item that would pass column 100; continuation lines at {@code depth + 2}.
   */
  JavaSource wrapped(int depth, String head, List<String> items, String tail) {
    StringBuilder line = new StringBuilder(INDENT.repeat(depth)).append(head);
    String continuation = INDENT.repeat(depth + 2);
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i) + (i == items.size() - 1 ? tail : ",");
      if (i > 0 && line.length() + 1 + item.length() > 100) {
        body.append(line).append('\n');
        line.setLength(0);
        line.append(continuation).append(item);
      } else {
        line.append(i == 0 ? "" : " ").append(item);
      }
    }
    if (items.isEmpty()) {
      line.append(tail);
    }
    body.append(line).append('\n');
    return this;
  }

  JavaSource blankLine() {
    body.append('\n');
    return this;
  }

  /** A one-paragraph Javadoc comment at {@code depth}, one comment line per line of {@code text}. */
  JavaSource javadoc(int depth, String text) {
    String indent = INDENT.repeat(depth);
    body.append(indent).append("/**\n");
    for (String line : text.split("\n", -1)) {
      body.append(indent).append(line.isEmpty() ? " *" : " * " + line).append('\n');
    }
    body.append(indent).append(" */\n");
    return this;
  }

  /** The whole file: package, imports (sorted), then the body written so far. */
  @Override
  public String toString() {
    StringBuilder file = new StringBuilder(body.length() + 64 * imports.size() + 32);
    if (!packageName.isEmpty()) {
      file.append("package ").append(packageName).append(";\n\n");
    }
    for (String name : imports) {
      file.append("import ").append(name).append(";\n");
    }
    if (!imports.isEmpty()) {
      file.append('\n');
    }
    return file.append(body).toString();
  }
}
