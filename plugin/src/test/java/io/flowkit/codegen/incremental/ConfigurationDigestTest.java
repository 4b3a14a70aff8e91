package io.flowkit.codegen.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.codegen.generation.GenerationRequest;
import io.flowkit.codegen.generation.NameClashes;
import io.flowkit.codegen.generation.ScalarArrays;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigurationDigestTest {

  @Test
  void movingTheProjectKeepsTheDigest() {
    assertThat(ConfigurationDigest.of(request(Path.of("/home/a/project"), List.of("src/main/flow/a.flow.json"), "out")))
        .isEqualTo(ConfigurationDigest.of(request(Path.of("/tmp/elsewhere"), List.of("src/main/flow/a.flow.json"), "out")));
  }

  @Test
  void theDescriptorListAndOutputDirectoryAreParts() {
    Path base = Path.of("/p");
    String one = ConfigurationDigest.of(request(base, List.of("a.flow.json"), "out"));

    assertThat(ConfigurationDigest.of(request(base, List.of("a.flow.json", "b.flow.json"), "out"))).isNotEqualTo(one);
    assertThat(ConfigurationDigest.of(request(base, List.of("b.flow.json"), "out"))).isNotEqualTo(one);
    assertThat(ConfigurationDigest.of(request(base, List.of("a.flow.json"), "other"))).isNotEqualTo(one);
  }

  @Test
  void fieldsCannotBleedIntoEachOther() {
    Path base = Path.of("/p");
    GenerationRequest a = new GenerationRequest(base, List.of(), base.resolve("out"), "ab", null, null, 32, false, "c");
    GenerationRequest b = new GenerationRequest(base, List.of(), base.resolve("out"), "a", null, null, 32, false, "bc");

    assertThat(ConfigurationDigest.of(a)).isNotEqualTo(ConfigurationDigest.of(b));
  }

  private static GenerationRequest request(Path base, List<String> descriptors, String output) {
    return new GenerationRequest(
        base, descriptors.stream().map(base::resolve).toList(), base.resolve(output), "com.example",
        ScalarArrays.ERROR, NameClashes.ERROR, 32, false, "0.1.0");
  }
}
