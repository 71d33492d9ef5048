package dev.sequor.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks that take more than one annotation: {@link #checkOwn} what a model decides alone (its companion's name
 * is free, its inferred index names are identifiers), for the {@link ModelProcessor}; {@link #checkAcross} what must
 * hold across the models of the project (no two on one table, no two indexes with one name), for the
 * {@link SequorProcessor}, which sees them all. Index names are inferred from the (possibly frozen) table name.
 */
final class ModelValidator {

  private final ErrorReporter reporter;

  ModelValidator(ErrorReporter reporter) {
    this.reporter = reporter;
  }

  /**
   * Whether {@code model} passes the checks of its own.
   *
   * @param sourceTypes the qualified names of the types the user's sources declare, models or not
   */
  boolean checkOwn(ModelDescriptor model, Set<String> sourceTypes) {
    String generated = model.generatedClass().canonicalName();
    if (sourceTypes.contains(generated)) {
      reporter.error(model.element(), Messages.nameClash(generated, model.qualifiedName()));
      return false;
    }
    boolean valid = true;
    for (ModelDescriptor.IndexDeclaration index : model.indexes()) {
      String name = index.name(model.tableName());
      String problem = index.explicitName() == null ? Sql.identifierProblem(name) : null;
      if (problem != null) {
        reporter.error(index.element(), index.annotation(), null,
            Messages.invalidInferredIndexName(name, model.qualifiedName(), problem));
        valid = false;
      }
    }
    return valid;
  }

  /**
   * The models that pass the checks across models, in the order given (sorted by the caller); each clash is
   * reported on the model that comes second.
   */
  List<ModelDescriptor> checkAcross(List<ModelDescriptor> models) {
    Map<String, String> tableOwners = new HashMap<>();
    Map<String, String> indexOwners = new HashMap<>();
    List<ModelDescriptor> valid = new ArrayList<>();
    for (ModelDescriptor model : models) {
      String owner = tableOwners.putIfAbsent(model.tableName(), model.qualifiedName());
      if (owner != null) {
        reporter.error(model.element(), Messages.duplicateTable(model.qualifiedName(), model.tableName(), owner));
        continue;
      }
      boolean indexesValid = true;
      for (ModelDescriptor.IndexDeclaration index : model.indexes()) {
        String name = index.name(model.tableName());
        String other = indexOwners.putIfAbsent(name, model.qualifiedName());
        if (other != null) {
          reporter.error(index.element(), index.annotation(), null,
              Messages.duplicateIndex(name, model.qualifiedName(), other));
          indexesValid = false;
        }
      }
      if (indexesValid) {
        valid.add(model);
      }
    }
    return valid;
  }
}
