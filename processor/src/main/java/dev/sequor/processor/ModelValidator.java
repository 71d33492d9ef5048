package dev.sequor.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that hold across models: no two models on one table, no two indexes with one name, no generated class
 * named like a model; and the index names inferred from the (possibly frozen) table name.
 * Remembers the models of earlier rounds, so a clash is found whatever round each model arrives in.
 */
final class ModelValidator {

  private final ErrorReporter reporter;
  private final Map<String, String> tableOwners = new HashMap<>();
  private final Map<String, String> indexOwners = new HashMap<>();

  ModelValidator(ErrorReporter reporter) {
    this.reporter = reporter;
  }

  /**
   * The models that pass, in the order given (sorted by the caller); each failure is reported on the model
   * that came second.
   *
   * @param sourceTypes the qualified names of the types the user's sources declare, models or not
   */
  List<ModelDescriptor> validate(List<ModelDescriptor> models, Set<String> sourceTypes) {
    List<ModelDescriptor> valid = new ArrayList<>();
    for (ModelDescriptor model : models) {
      String generated = model.generatedClass().canonicalName();
      if (sourceTypes.contains(generated)) {
        reporter.error(model.element(), Messages.nameClash(generated, model.qualifiedName()));
        continue;
      }
      String owner = tableOwners.putIfAbsent(model.tableName(), model.qualifiedName());
      if (owner != null && !owner.equals(model.qualifiedName())) {
        reporter.error(model.element(), Messages.duplicateTable(model.qualifiedName(), model.tableName(), owner));
        continue;
      }
      if (indexesValid(model)) {
        valid.add(model);
      }
    }
    return valid;
  }

  private boolean indexesValid(ModelDescriptor model) {
    boolean valid = true;
    for (ModelDescriptor.IndexDeclaration index : model.indexes()) {
      String name = index.name(model.tableName());
      String problem = index.explicitName() == null ? Sql.identifierProblem(name) : null;
      if (problem != null) {
        reporter.error(index.element(), index.annotation(), null,
            Messages.invalidInferredIndexName(name, model.qualifiedName(), problem));
        valid = false;
        continue;
      }
      String owner = indexOwners.putIfAbsent(name, model.qualifiedName());
      if (owner != null) {
        reporter.error(index.element(), index.annotation(), null, Messages.duplicateIndex(name, model.qualifiedName(), owner));
        valid = false;
      }
    }
    return valid;
  }
}
