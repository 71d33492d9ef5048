package dev.sequor.boundary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads the signatures a class shows outside its package (public and protected: supertypes, type parameters,
 * fields, constructors, methods, thrown exceptions) through reflection, generic types included, and reports each
 * that names a type of a forbidden package.
 */
final class PublicSignatures {

  private final String forbiddenPrefix;
  private final Set<String> problems = new TreeSet<>();

  PublicSignatures(String forbiddenPackage) {
    this.forbiddenPrefix = forbiddenPackage + ".";
  }

  /** Every class file under {@code root} (a class output folder) in {@code packagePrefix}, as binary names. */
  static List<String> classesUnder(Class<?> anchor, String packagePrefix) {
    try {
      Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path start = root.resolve(packagePrefix.replace('.', '/'));
      try (Stream<Path> files = Files.walk(start)) {
        return files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().equals("package-info.class"))
            .map(f -> root.relativize(f).toString().replace('/', '.').replace('\\', '.').replaceAll("\\.class$", ""))
            .sorted()
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Checks {@code type} when code outside its package can see it. */
  PublicSignatures check(Class<?> type) {
    if (!visibleOutside(type)) {
      return this;
    }
    String where = type.getName();
    types(where + " extends", type.getGenericSuperclass());
    for (Type i : type.getGenericInterfaces()) {
      types(where + " implements", i);
    }
    for (TypeVariable<?> v : type.getTypeParameters()) {
      types(where + "<" + v.getName() + ">", v.getBounds());
    }
    for (Field f : type.getDeclaredFields()) {
      if (exposed(f.getModifiers()) && !f.isSynthetic()) {
        types(where + "." + f.getName(), f.getGenericType());
      }
    }
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (exposed(c.getModifiers()) && !c.isSynthetic()) {
        executable(where + ".<init>", c);
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (exposed(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
        executable(where + "." + m.getName(), m);
        types(where + "." + m.getName() + " returns", m.getGenericReturnType());
      }
    }
    return this;
  }

  List<String> problems() {
    return new ArrayList<>(problems);
  }

  private void executable(String where, Executable e) {
    types(where + " parameter", e.getGenericParameterTypes());
    types(where + " throws", e.getGenericExceptionTypes());
    for (TypeVariable<?> v : e.getTypeParameters()) {
      types(where + "<" + v.getName() + ">", v.getBounds());
    }
  }

  private static boolean visibleOutside(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
      if (c.isAnonymousClass() || c.isLocalClass() || !exposed(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean exposed(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private void types(String where, Type... types) {
    for (Type t : types) {
      walk(where, t, new HashSet<>());
    }
  }

  private void walk(String where, Type type, Set<Type> seen) {
    if (type == null || !seen.add(type)) {
      return;
    }
    if (type instanceof Class<?> c) {
      while (c.isArray()) {
        c = c.getComponentType();
      }
      if (c.getName().startsWith(forbiddenPrefix)) {
        problems.add(where + ": " + c.getName());
      }
    } else if (type instanceof ParameterizedType p) {
      walk(where, p.getRawType(), seen);
      walk(where, p.getOwnerType(), seen);
      for (Type argument : p.getActualTypeArguments()) {
        walk(where, argument, seen);
      }
    } else if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        walk(where, bound, seen);
      }
      for (Type bound : w.getLowerBounds()) {
        walk(where, bound, seen);
      }
    } else if (type instanceof TypeVariable<?> v) {
      for (Type bound : v.getBounds()) {
        walk(where, bound, seen);
      }
    } else if (type instanceof GenericArrayType a) {
      walk(where, a.getGenericComponentType(), seen);
    }
  }
}
