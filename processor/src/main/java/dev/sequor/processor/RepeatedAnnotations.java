package dev.sequor.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Positions a message on one of several repeated annotations ({@code @Index} written twice). javac gives such
 * annotations to processors inside a container it synthesises, and {@code Messager} cannot find a synthesised
 * container in the source, so it falls back to the annotated element. This finds the n-th annotation of the type as
 * written, through javac's tree API; where that API is missing (another compiler), it does nothing and the message
 * stays on the element.
 */
final class RepeatedAnnotations {

  private final Trees trees;

  private RepeatedAnnotations(Trees trees) {
    this.trees = trees;
  }

  /** The positioner of this compiler, or null when it is not javac. */
  static RepeatedAnnotations of(ProcessingEnvironment env) {
    try {
      return new RepeatedAnnotations(Trees.instance(env));
    } catch (IllegalArgumentException | LinkageError e) {
      return null;
    }
  }

  /**
   * Prints the message at {@code annotation} when it is one of several repeated annotations on {@code element};
   * returns false, printing nothing, when it is not, or when its source cannot be found.
   *
   * @param declaration the element whose declaration holds the annotations in the source: {@code element}, or for
   *     a record component its field (javac before JDK 20 finds no tree for a component)
   */
  boolean print(Diagnostic.Kind kind, String message, Element element, Element declaration, AnnotationMirror annotation) {
    int repetition = repetition(element, annotation);
    if (repetition < 0) {
      return false;
    }
    TreePath path = trees.getPath(declaration);
    if (path == null) {
      return false;
    }
    ModifiersTree modifiers = modifiers(path.getLeaf());
    if (modifiers == null) {
      return false;
    }
    TypeElement type = (TypeElement) annotation.getAnnotationType().asElement();
    List<AnnotationTree> written = new ArrayList<>();
    for (AnnotationTree tree : modifiers.getAnnotations()) {
      String name = tree.getAnnotationType().toString();
      if (name.equals(type.getSimpleName().toString()) || name.equals(type.getQualifiedName().toString())) {
        written.add(tree);
      }
    }
    if (repetition >= written.size()) {
      return false;
    }
    trees.printMessage(kind, message, written.get(repetition), path.getCompilationUnit());
    return true;
  }

  /** The position of {@code annotation} among the repeated annotations of a container on the element, else -1. */
  private static int repetition(Element element, AnnotationMirror annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (mirror.equals(annotation)) {
        return -1;
      }
      for (AnnotationValue value : mirror.getElementValues().values()) {
        if (value.getValue() instanceof List<?> items) {
          for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof AnnotationValue item && annotation.equals(item.getValue())) {
              return i;
            }
          }
        }
      }
    }
    return -1;
  }

  private static ModifiersTree modifiers(Tree tree) {
    if (tree instanceof ClassTree c) {
      return c.getModifiers();
    }
    if (tree instanceof VariableTree v) {
      return v.getModifiers();
    }
    if (tree instanceof MethodTree m) {
      return m.getModifiers();
    }
    return null;
  }
}
