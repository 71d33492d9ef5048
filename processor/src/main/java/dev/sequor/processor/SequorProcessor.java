package dev.sequor.processor;

import com.google.auto.service.AutoService;
import dev.sequor.internal.format.SeederIndexFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Generated;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * The Sequor annotation processor: for each {@code @Model} it writes the companion class {@code FooModel}
 * and the table's {@code CREATE TABLE} script; once every model is known, the migration pending against the
 * committed schema snapshot. Pipeline: {@link ModelParser} (one model) → {@link PendingMigration#freeze} (table
 * names recorded in the snapshot) → {@link ModelValidator} (across models) → {@link ModelClassGenerator} and
 * {@link SchemaSqlGenerator} → {@link GeneratedFiles}; in the last round {@link AssociationKeys} (the two sides of
 * an association agree on its foreign key) and {@link PendingMigration#finish} ({@link SchemaBuilder} →
 * {@link SchemaDiff} → {@link MigrationSqlGenerator}).
 *
 * <p>For each {@code @Seed} class: {@link SeederParser} (one seeder) → {@link SeederIndex} (unique names); in the
 * last round the one index {@code META-INF/sequor/seeders} of every seeder, sorted by name.
 */
@AutoService(Processor.class)
public final class SequorProcessor extends AbstractProcessor {

  private ErrorReporter reporter;
  private ModelParser parser;
  private ModelValidator validator;
  private GeneratedFiles files;
  private PendingMigration migrations;
  private SeederParser seederParser;
  private SeederIndex seeders;
  private ProjectIndex project;
  /** Every valid model of the compilation, in the order processed. */
  private final List<ModelDescriptor> models = new ArrayList<>();
  /** Models whose member types were not resolved yet; retried next round, reported in the last. */
  private final Set<String> deferred = new LinkedHashSet<>();
  private final Set<String> processed = new HashSet<>();
  /** Seeders whose supertypes were not resolved yet; retried next round. */
  private final Set<String> deferredSeeders = new LinkedHashSet<>();
  private final Set<String> processedSeeders = new HashSet<>();
  /** Types declared by the user's sources, which a generated class must not collide with. */
  private final Set<String> sourceTypes = new HashSet<>();

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    reporter = new ErrorReporter(env.getMessager(), RepeatedAnnotations.of(env));
    parser = new ModelParser(env, reporter);
    validator = new ModelValidator(reporter);
    files = new GeneratedFiles(env.getFiler(), reporter);
    ProcessorOptions options = ProcessorOptions.parse(env.getOptions(), reporter);
    migrations = new PendingMigration(env.getFiler(), env.getElementUtils(), reporter, options, files);
    seederParser = new SeederParser(env.getElementUtils(), env.getTypeUtils(), reporter);
    seeders = new SeederIndex(reporter);
    project = new ProjectIndex(env.getFiler(), env.getElementUtils(), files::classOutput);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return ProcessorOptions.NAMES;
  }

  /**
   * Every annotation of Sequor's ({@code @Model}, {@code @Column}, {@code @Index}, {@code @Seed}, ...), all of which
   * this processor reads and claims. All have {@code CLASS} retention, as Gradle asks of an aggregating processor;
   * {@code @Generated}, on the classes this processor writes, is claimed by {@link GeneratedClaims}.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(RuntimeNames.ANNOTATIONS_PACKAGE + ".*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement modelAnnotation = processingEnv.getElementUtils().getTypeElement(RuntimeNames.MODEL_ANNOTATION);
    if (modelAnnotation != null) {
      processModels(modelAnnotation, round);
    }
    TypeElement seedAnnotation = processingEnv.getElementUtils().getTypeElement(RuntimeNames.SEED_ANNOTATION);
    if (seedAnnotation != null) {
      processSeeders(seedAnnotation, round);
    }
    return true; // Sequor's own annotations are its to claim
  }

  private void processModels(TypeElement modelAnnotation, RoundEnvironment round) {
    for (TypeElement root : ElementFilter.typesIn(round.getRootElements())) {
      if (root.getAnnotation(Generated.class) == null) {
        sourceTypes.add(root.getQualifiedName().toString());
      }
    }
    List<TypeElement> candidates = new ArrayList<>();
    for (String name : deferred) {
      Optional.ofNullable(processingEnv.getElementUtils().getTypeElement(name)).ifPresent(candidates::add);
    }
    deferred.clear();
    Set<? extends Element> annotated = round.getElementsAnnotatedWith(modelAnnotation);
    candidates.addAll(ElementFilter.typesIn(annotated));
    candidates.sort(Comparator.comparing(t -> t.getQualifiedName().toString())); // deterministic output

    List<ModelDescriptor> parsed = new ArrayList<>();
    for (TypeElement type : candidates) {
      String name = type.getQualifiedName().toString();
      if (!processed.add(name)) {
        continue;
      }
      if (ModelParser.hasUnresolvedTypes(type)) {
        if (round.processingOver()) {
          continue; // still missing after the last round: javac reports it, a second error would only repeat it
        }
        processed.remove(name);
        deferred.add(name);
        continue;
      }
      try {
        parser.parse(type).map(migrations::freeze).ifPresent(parsed::add);
      } catch (RuntimeException e) {
        reporter.error(type, Messages.internalError(name, e));
      }
    }

    for (ModelDescriptor model : validator.validate(parsed, sourceTypes)) {
      try {
        files.writeSource(model, ModelClassGenerator.generate(model));
        files.writeResource(model, SchemaSqlGenerator.resourcePath(model.tableName()), SchemaSqlGenerator.generate(model));
        models.add(model);
      } catch (RuntimeException e) {
        reporter.error(model.element(), Messages.internalError(model.qualifiedName(), e));
      }
    }
    if (round.processingOver()) {
      finishModels();
    }
  }

  /**
   * The last round's work over every model of the project: those compiled, and those an earlier compilation listed
   * that this one did not recompile, read from their class files ({@link ProjectIndex}); sorted by name, so that a
   * partial compilation writes what a full one does.
   */
  private void finishModels() {
    List<ModelDescriptor> all = new ArrayList<>(models);
    for (TypeElement type : project.notCompiled(project.earlierModels(), processed, RuntimeNames.MODEL_ANNOTATION)) {
      try {
        parser.parse(type).map(migrations::freeze).ifPresent(all::add);
      } catch (RuntimeException e) {
        reporter.error(type, Messages.internalError(type.getQualifiedName().toString(), e));
      }
    }
    if (all.isEmpty()) {
      return;
    }
    all.sort(Comparator.comparing(ModelDescriptor::qualifiedName));
    // both sides of an association may give the actions of its one foreign key: they must agree
    AssociationKeys.of(all, ModelDescriptor::tableName, reporter);
    migrations.finish(all);
    Set<String> names = new HashSet<>(processed);
    all.forEach(model -> names.add(model.qualifiedName()));
    files.writeResource(ProjectIndex.MODELS, ProjectIndex.modelsText(names),
        all.stream().map(ModelDescriptor::element).toList());
  }

  /** The seeders of the earlier index this compilation did not recompile, read from their class files. */
  private void addSeedersNotCompiled() {
    String earlier = project.earlier(SeederIndexFile.RESOURCE);
    if (earlier == null) {
      return;
    }
    List<String> names;
    try {
      names = SeederIndexFile.parse(earlier).stream().map(SeederIndexFile.Entry::className).toList();
    } catch (IllegalArgumentException e) {
      return; // not an index Sequor wrote: this compilation's seeders alone
    }
    for (TypeElement type : project.notCompiled(names, processedSeeders, RuntimeNames.SEED_ANNOTATION)) {
      try {
        seederParser.parse(type).ifPresent(seeders::add);
      } catch (RuntimeException e) {
        reporter.error(type, Messages.seedInternalError(type.getQualifiedName().toString(), e));
      }
    }
  }

  /**
   * Validates this round's seeders (and those deferred), then, in the final round, once no round can add one,
   * writes the one index of every seeder of the compilation.
   */
  private void processSeeders(TypeElement seedAnnotation, RoundEnvironment round) {
    List<TypeElement> candidates = new ArrayList<>();
    for (String name : deferredSeeders) {
      Optional.ofNullable(processingEnv.getElementUtils().getTypeElement(name)).ifPresent(candidates::add);
    }
    deferredSeeders.clear();
    candidates.addAll(ElementFilter.typesIn(round.getElementsAnnotatedWith(seedAnnotation)));
    candidates.sort(Comparator.comparing(t -> t.getQualifiedName().toString())); // deterministic duplicate reports
    for (TypeElement type : candidates) {
      String name = type.getQualifiedName().toString();
      if (!processedSeeders.add(name)) {
        continue;
      }
      if (SeederParser.hasUnresolvedSupertypes(type)) {
        if (!round.processingOver()) {
          processedSeeders.remove(name);
          deferredSeeders.add(name);
        }
        continue; // still missing after the last round: javac reports it
      }
      try {
        seederParser.parse(type).ifPresent(seeders::add);
      } catch (RuntimeException e) {
        reporter.error(type, Messages.seedInternalError(name, e));
      }
    }
    if (round.processingOver()) {
      addSeedersNotCompiled();
    }
    if (round.processingOver() && !seeders.isEmpty()) {
      List<TypeElement> originating = seeders.seeders().stream().map(SeederDescriptor::element).toList();
      files.writeResource(SeederIndexFile.RESOURCE, seeders.text(), originating,
          problem -> Messages.seedWriteFailed(SeederIndexFile.RESOURCE, problem));
    }
  }
}
