package dev.sequor.processor;

import com.google.auto.service.AutoService;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Generated;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * The half of Sequor's processing done one model at a time: for each {@code @Model}, its companion class
 * {@code FooModel} and its table's {@code CREATE TABLE} script, from that model and the types it refers to alone.
 * Gradle runs it as isolating, so an edit regenerates the changed models' files only. Pipeline: {@link ModelParser}
 * → {@link FrozenTables#freeze} (table names recorded in the snapshot) → {@link ModelValidator#checkOwn} →
 * {@link ModelClassGenerator} and {@link SchemaSqlGenerator} → {@link GeneratedFiles}.
 *
 * <p>Each companion carries {@code @GeneratedModels.CompanionOf}, by which the {@link SequorProcessor} finds every
 * model for what it writes from them all (the pending migration) and checks across them (two models on one table).
 * The two claim different annotations, so neither hides one from the other whatever order they run in.
 */
@AutoService(Processor.class)
public final class ModelProcessor extends AbstractProcessor {

  private ErrorReporter reporter;
  private ModelParser parser;
  private ModelValidator validator;
  private GeneratedFiles files;
  private FrozenTables frozen;
  private RoundCandidates candidates;
  /** Types declared by the user's sources, which a generated class must not collide with. */
  private final Set<String> sourceTypes = new HashSet<>();
  /**
   * The table scripts written: two models on one table would write one file twice, which the {@code Filer} refuses;
   * the second is left out, and the {@link SequorProcessor} reports the clash.
   */
  private final Set<String> scripts = new HashSet<>();

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    reporter = new ErrorReporter(env.getMessager(), RepeatedAnnotations.of(env));
    parser = new ModelParser(env, reporter);
    validator = new ModelValidator(reporter);
    files = new GeneratedFiles(env.getFiler(), reporter);
    candidates = new RoundCandidates(env.getElementUtils(), ModelParser::hasUnresolvedTypes);
    // the options and the snapshot are the SequorProcessor's to report on: each problem once
    ProcessorOptions options = ProcessorOptions.parse(env.getOptions(), ErrorReporter.silent());
    frozen = new FrozenTables(env.getFiler(), ErrorReporter.silent(), options);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return ProcessorOptions.NAMES;
  }

  /**
   * The annotations of a model, all of which this processor reads and claims; and {@code @SequorTest}, which no
   * processor reads, so that a test compile with the {@code -Asequor.*} options of the main one runs a processor
   * that knows them (javac warns of options that no processor it ran supports).
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> supported = new HashSet<>(RuntimeNames.MODEL_ANNOTATIONS);
    supported.add(RuntimeNames.SEQUOR_TEST_ANNOTATION);
    return supported;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement modelAnnotation = processingEnv.getElementUtils().getTypeElement(RuntimeNames.MODEL_ANNOTATION);
    if (modelAnnotation == null) {
      return true;
    }
    for (TypeElement root : ElementFilter.typesIn(round.getRootElements())) {
      if (root.getAnnotation(Generated.class) == null) {
        sourceTypes.add(root.getQualifiedName().toString());
      }
    }
    for (TypeElement type : candidates.next(round, modelAnnotation)) {
      try {
        parser.parse(type).map(frozen::freeze).filter(model -> validator.checkOwn(model, sourceTypes))
            .ifPresent(this::write);
      } catch (RuntimeException e) {
        reporter.error(type, Messages.internalError(type.getQualifiedName().toString(), e));
      }
    }
    return true; // a model's annotations are this processor's to claim
  }

  private void write(ModelDescriptor model) {
    files.writeSource(model, ModelClassGenerator.generate(model));
    String script = SchemaSqlGenerator.resourcePath(model.tableName());
    if (scripts.add(script)) {
      files.writeResource(model, script, SchemaSqlGenerator.generate(model));
    }
  }
}
