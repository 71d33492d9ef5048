package dev.sequor.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.StandardLocation;

/**
 * The models and seeders of the whole project, for a compilation of only some of its sources (an IDE's or an
 * incremental build's, with the earlier output on the class path). The outputs built from every model or seeder (the
 * pending migration and snapshot, the seeder index) must not shrink to the ones recompiled: the types the earlier
 * compilation listed ({@link #MODELS}, the seeder index) and this one did not compile are read from their class
 * files. A listed type whose class is gone, or no longer carries the annotation, was removed, and is left out.
 *
 * <p>The earlier lists are read from the class output when it is known as a directory, else from the class path
 * (where Maven and IDEs put the class output): never by asking the {@link Filer} for an output file, which some file
 * managers create empty.
 */
final class ProjectIndex {

  /** Every model of the project, by qualified name, one per line, sorted; written with the pending migration. */
  static final String MODELS = "META-INF/sequor/models";

  private final Filer filer;
  private final Elements elements;
  private final Supplier<Path> classOutput;

  ProjectIndex(Filer filer, Elements elements, Supplier<Path> classOutput) {
    this.filer = filer;
    this.elements = elements;
    this.classOutput = classOutput;
  }

  /** The text an earlier compilation left at {@code resource}; null when there is none. */
  String earlier(String resource) {
    Path output = classOutput.get();
    try {
      if (output != null) {
        return Files.readString(output.resolve(resource), StandardCharsets.UTF_8);
      }
      URI uri = filer.getResource(StandardLocation.CLASS_PATH, "", resource).toUri();
      return "file".equals(uri.getScheme()) ? Files.readString(Path.of(uri), StandardCharsets.UTF_8) : null;
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      return null; // not there, or not a file: no earlier compilation to complete this one with
    }
  }

  /** The qualified names of the models an earlier compilation listed; empty when none. */
  List<String> earlierModels() {
    String text = earlier(MODELS);
    return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  /**
   * The types among {@code names} (binary or qualified) that this compilation did not process ({@code compiled})
   * and that still exist and carry {@code annotation}: to be read from their class files.
   */
  List<TypeElement> notCompiled(List<String> names, Set<String> compiled, String annotation) {
    List<TypeElement> found = new ArrayList<>();
    for (String name : names) {
      String qualified = name.replace('$', '.'); // a nested class's binary name
      if (compiled.contains(qualified)) {
        continue;
      }
      TypeElement type = elements.getTypeElement(qualified);
      if (type != null && ModelParser.annotation(type, annotation) != null) {
        found.add(type);
      }
    }
    return found;
  }

  /** The text of {@link #MODELS} for these qualified names. */
  static String modelsText(Collection<String> names) {
    StringBuilder text = new StringBuilder();
    names.stream().sorted().forEach(name -> text.append(name).append('\n'));
    return text.toString();
  }
}
