package dev.sequor.processor;

import java.io.IOException;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Runs processors under the rules Gradle's incremental compilation applies to the kind each declares in
 * {@code META-INF/gradle/incremental.annotation.processors}, and keeps Gradle's books: which files each isolating
 * processor wrote from which type, which types an aggregating processor was given, and any reason Gradle would
 * fall back to a full recompilation. Like Gradle, it hands the processors a wrapped environment, which hides javac's
 * own API from them. (Gradle itself cannot be fetched on our machines.)
 */
final class GradleBookkeeping {

  /** Per originating top-level type, the types and resources isolating processors generated from it. */
  final Map<String, Set<String>> isolatingOutputs = new TreeMap<>();
  /** The resources aggregating processors wrote, which Gradle deletes before any incremental compilation. */
  final Set<String> aggregatingResources = new TreeSet<>();
  /** The top-level types annotated with what an aggregating processor was given: Gradle passes them again. */
  final Set<String> aggregatedTypes = new TreeSet<>();
  /** Why Gradle would recompile everything next time; empty when the processors keep to the rules. */
  final List<String> fullRebuildCauses = new ArrayList<>();

  /** Sequor's processors, each as the processor jar declares it to Gradle. */
  List<Processor> sequorProcessors() {
    return List.of(isolating(new ModelProcessor()), isolating(new GeneratedClaims()), aggregating(new SequorProcessor()));
  }

  Processor isolating(Processor processor) {
    return new Wrapped(processor, false);
  }

  Processor aggregating(Processor processor) {
    return new Wrapped(processor, true);
  }

  private static String topLevelName(Element element) {
    Element e = element;
    while (e.getEnclosingElement() != null && !(e.getEnclosingElement() instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    return e instanceof TypeElement type ? type.getQualifiedName().toString() : e.toString();
  }

  private final class Wrapped implements Processor {

    private final Processor delegate;
    private final boolean aggregating;

    Wrapped(Processor delegate, boolean aggregating) {
      this.delegate = delegate;
      this.aggregating = aggregating;
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public void init(ProcessingEnvironment env) {
      delegate.init(new Environment(env, new RecordingFiler(env.getFiler(), this)));
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (aggregating) {
        for (TypeElement annotation : annotations) {
          Retention retention = annotation.getAnnotation(Retention.class);
          if (retention != null && retention.value() == RetentionPolicy.SOURCE) {
            fullRebuildCauses.add("'@" + annotation.getSimpleName() + "' has source retention, given to "
                + delegate.getClass().getSimpleName());
          }
          round.getElementsAnnotatedWith(annotation).forEach(e -> aggregatedTypes.add(topLevelName(e)));
        }
      }
      return delegate.process(annotations, round);
    }

    @Override
    public Iterable<? extends javax.annotation.processing.Completion> getCompletions(Element element,
        AnnotationMirror annotation, ExecutableElement member, String userText) {
      return delegate.getCompletions(element, annotation, member, userText);
    }

    void generated(String file, Element[] originating) {
      if (aggregating) {
        return;
      }
      Set<String> types = new TreeSet<>();
      for (Element element : originating) {
        types.add(topLevelName(element));
      }
      if (types.size() != 1) {
        fullRebuildCauses.add(file + " must have exactly one originating element, but had " + types.size()
            + " (" + delegate.getClass().getSimpleName() + ")");
        return;
      }
      isolatingOutputs.computeIfAbsent(types.iterator().next(), t -> new TreeSet<>()).add(file);
    }
  }

  private final class RecordingFiler implements Filer {

    private final Filer filer;
    private final Wrapped processor;

    RecordingFiler(Filer filer, Wrapped processor) {
      this.filer = filer;
      this.processor = processor;
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originating) throws IOException {
      processor.generated(name.toString(), originating);
      return filer.createSourceFile(name, originating);
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originating) throws IOException {
      processor.generated(name.toString(), originating);
      return filer.createClassFile(name, originating);
    }

    @Override
    public FileObject createResource(JavaFileManager.Location location, CharSequence pkg, CharSequence relativeName,
        Element... originating) throws IOException {
      if (location != StandardLocation.CLASS_OUTPUT && location != StandardLocation.SOURCE_OUTPUT) {
        fullRebuildCauses.add(location + " is not supported for incremental annotation processing");
      }
      String path = pkg.length() == 0 ? relativeName.toString() : pkg.toString().replace('.', '/') + "/" + relativeName;
      if (processor.aggregating) {
        aggregatingResources.add(path);
      }
      processor.generated(path, originating);
      return filer.createResource(location, pkg, relativeName, originating);
    }

    @Override
    public FileObject getResource(JavaFileManager.Location location, CharSequence pkg, CharSequence relativeName)
        throws IOException {
      return filer.getResource(location, pkg, relativeName);
    }
  }

  /** The environment with the recording filer; not javac's own class, so javac's API is out of reach. */
  private record Environment(ProcessingEnvironment env, Filer filer) implements ProcessingEnvironment {

    @Override
    public Map<String, String> getOptions() {
      return env.getOptions();
    }

    @Override
    public Messager getMessager() {
      return env.getMessager();
    }

    @Override
    public Filer getFiler() {
      return filer;
    }

    @Override
    public Elements getElementUtils() {
      return env.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return env.getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return env.getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return env.getLocale();
    }

    @Override
    public boolean isPreviewEnabled() {
      return env.isPreviewEnabled();
    }
  }
}
