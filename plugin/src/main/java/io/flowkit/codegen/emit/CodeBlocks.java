package io.flowkit.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.List;

/** Small layouts of generated expressions shared by the emitters. */
final class CodeBlocks {

  private CodeBlocks() {}

  /** {@code List.of()} or {@code List.of(} one item per line {@code )}. */
  static CodeBlock listOf(List<CodeBlock> items) {
    ClassName list = ClassName.get(List.class);
    if (items.isEmpty()) {
      return CodeBlock.of("$T.of()", list);
    }
    CodeBlock.Builder block = CodeBlock.builder().add("$T.of(", list).indent().indent();
    for (int i = 0; i < items.size(); i++) {
      block.add("\n$L$L", items.get(i), i < items.size() - 1 ? "," : "");
    }
    return block.add(")").unindent().unindent().build();
  }

  /** {@code name(} one argument per line {@code )}. */
  static CodeBlock call(CodeBlock target, List<CodeBlock> arguments) {
    CodeBlock.Builder block = CodeBlock.builder().add("$L(", target).indent().indent();
    for (int i = 0; i < arguments.size(); i++) {
      block.add("\n$L$L", arguments.get(i), i < arguments.size() - 1 ? "," : "");
    }
    return block.add(")").unindent().unindent().build();
  }
}
