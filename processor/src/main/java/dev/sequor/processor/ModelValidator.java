package dev.sequor.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that hold across models: no two models on one table, no generated class named like a model.
 * Remembers the models of earlier rounds, so a clash is found whatever round each model arrives in.
 */
final class ModelValidator {

  private final ErrorReporter reporter;
  private final Map<String, String> tableOwners = new HashMap<>();

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
      valid.add(model);
    }
    return valid;
  }
}
