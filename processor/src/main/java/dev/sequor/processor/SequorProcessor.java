package dev.sequor.processor;

import com.google.auto.service.AutoService;
import dev.sequor.internal.format.SeederIndexFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The half of Sequor's processing done from every model and seeder of the project at once, in the last round (Gradle
 * runs it as aggregating). It finds the models by the {@code @GeneratedModels.CompanionOf} mark of the companion
 * classes the {@link ModelProcessor} wrote, and reads each model again: {@link ModelParser} → {@link FrozenTables#freeze} → {@link ModelValidator#checkAcross}
 * (no two models on one table) → {@link AssociationKeys} (the two sides of an association agree on its foreign key)
 * → {@link PendingMigration#finish} ({@link SchemaBuilder} → {@link SchemaDiff} → {@link MigrationSqlGenerator}).
 *
 * <p>For each {@code @Seed} class: {@link SeederParser} (one seeder) → {@link SeederIndex} (unique names); in the
 * last round the one index {@code META-INF/sequor/seeders} of every seeder, sorted by name.
 *
 * <p>A compilation of some sources only (an IDE's, or javac's by hand) still writes what a full one does: the models
 * and seeders an earlier compilation listed and this one did not recompile are read from their class files
 * ({@link ProjectIndex}).
 */
@AutoService(Processor.class)
public final class SequorProcessor extends AbstractProcessor {

  private ErrorReporter reporter;
  private ModelParser parser;
  private ModelValidator validator;
  private GeneratedFiles files;
  private FrozenTables frozen;
  private PendingMigration migrations;
  private SeederParser seederParser;
  private SeederIndex seeders;
  private ProjectIndex project;
  /** The models whose companions this compilation wrote or was given, by qualified name. */
  private final Set<String> companions = new TreeSet<>();
  private RoundCandidates seederCandidates;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    reporter = new ErrorReporter(env.getMessager(), RepeatedAnnotations.of(env));
    parser = new ModelParser(env, reporter);
    validator = new ModelValidator(reporter);
    files = new GeneratedFiles(env.getFiler(), reporter);
    ProcessorOptions options = ProcessorOptions.parse(env.getOptions(), reporter);
    frozen = new FrozenTables(env.getFiler(), reporter, options);
    migrations = new PendingMigration(env.getElementUtils(), reporter, options, files, frozen);
    seederParser = new SeederParser(env.getElementUtils(), env.getTypeUtils(), reporter);
    seeders = new SeederIndex(reporter);
    seederCandidates = new RoundCandidates(env.getElementUtils(), SeederParser::hasUnresolvedSupertypes);
    project = new ProjectIndex(env.getFiler(), env.getElementUtils(), files::classOutput);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return ProcessorOptions.NAMES;
  }

  /**
   * The mark of a companion class and {@code @Seed}, both of {@code CLASS} retention as Gradle asks of an
   * aggregating processor. Not {@code @Model}: Gradle gives an aggregating processor every type carrying its
   * annotations again on each build, and the {@link ModelProcessor} would then rewrite every companion.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(RuntimeNames.COMPANION_OF.canonicalName(), RuntimeNames.SEED_ANNOTATION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Elements elements = processingEnv.getElementUtils();
    TypeElement companionAnnotation = elements.getTypeElement(RuntimeNames.COMPANION_OF.canonicalName());
    if (companionAnnotation != null) {
      for (TypeElement companion : ElementFilter.typesIn(round.getElementsAnnotatedWith(companionAnnotation))) {
        TypeElement model = ModelParser.classValue(companion, RuntimeNames.COMPANION_OF.canonicalName(), "value");
        if (model != null) {
          companions.add(model.getQualifiedName().toString());
        }
      }
    }
    TypeElement seedAnnotation = elements.getTypeElement(RuntimeNames.SEED_ANNOTATION);
    if (seedAnnotation != null) {
      processSeeders(seedAnnotation, round);
    }
    if (round.processingOver()) {
      finishModels(round.errorRaised());
    }
    return true; // the companion mark and @Seed are this processor's to claim
  }

  /**
   * The last round's work over every model of the project: those with a companion in this compilation, and those
   * an earlier compilation listed that this one did not recompile, read from their class files; sorted by name, so
   * that a partial compilation writes what a full one does. Nothing is written after an error (one raised in any
   * processor's round): a model that failed has no companion, and would look like a dropped table.
   */
  private void finishModels(boolean errorRaised) {
    Elements elements = processingEnv.getElementUtils();
    List<TypeElement> types = new ArrayList<>();
    for (String name : companions) {
      Optional.ofNullable(elements.getTypeElement(name)).ifPresent(types::add);
    }
    types.addAll(project.notCompiled(project.earlierModels(), companions, RuntimeNames.MODEL_ANNOTATION));
    List<ModelDescriptor> all = new ArrayList<>();
    for (TypeElement type : types) {
      // reports nothing for a model the ModelProcessor wrote a companion for (it parsed), but a model read from
      // its class file may no longer agree with a type it refers to that was recompiled
      try {
        parser.parse(type).map(frozen::freeze).ifPresent(all::add);
      } catch (RuntimeException e) {
        reporter.error(type, Messages.internalError(type.getQualifiedName().toString(), e));
      }
    }
    if (all.isEmpty()) {
      return;
    }
    all.sort(Comparator.comparing(ModelDescriptor::qualifiedName));
    List<ModelDescriptor> valid = validator.checkAcross(all);
    // both sides of an association may give the actions of its one foreign key: they must agree
    AssociationKeys.of(valid, ModelDescriptor::tableName, reporter);
    if (errorRaised || reporter.errorCount() > 0) {
      return; // the earlier list stays: one without a model that failed would drop its table on the next compile
    }
    // written first: the class output, where the pending files go, is learnt from it
    files.writeResource(ProjectIndex.MODELS,
        ProjectIndex.modelsText(all.stream().map(ModelDescriptor::qualifiedName).toList()),
        all.stream().map(ModelDescriptor::element).toList());
    migrations.finish(valid);
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
    for (TypeElement type : project.notCompiled(names, seederCandidates.processed(), RuntimeNames.SEED_ANNOTATION)) {
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
    for (TypeElement type : seederCandidates.next(round, seedAnnotation)) {
      try {
        seederParser.parse(type).ifPresent(seeders::add);
      } catch (RuntimeException e) {
        reporter.error(type, Messages.seedInternalError(type.getQualifiedName().toString(), e));
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
