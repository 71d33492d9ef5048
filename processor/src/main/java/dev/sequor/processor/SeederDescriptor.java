package dev.sequor.processor;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * One {@code @Seed} class, valid on its own: a line of the seeder index.
 *
 * @param element the annotated class
 * @param annotation its {@code @Seed}, for error positions
 * @param nameValue the {@code name} value, for error positions
 * @param name the seeder's name ({@code 20261125120000-demo-products})
 * @param binaryName the class's binary name, as {@code Class.forName} takes it ({@code a.Outer$Inner})
 * @param environments the environments it runs in, in declaration order without repeats; empty for every one
 */
record SeederDescriptor(
    TypeElement element,
    AnnotationMirror annotation,
    AnnotationValue nameValue,
    String name,
    String binaryName,
    List<String> environments) {

  String qualifiedName() {
    return element.getQualifiedName().toString();
  }
}
