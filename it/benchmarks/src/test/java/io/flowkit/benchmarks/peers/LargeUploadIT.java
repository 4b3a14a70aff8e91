package io.flowkit.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The peer comparison's upload check as a test: {@code FlowServer} in a JVM of its own with a
 * 64 MB heap takes a 200 MB multipart upload, and the service, digesting it as it arrives,
 * answers the size and SHA-256 of what was sent. A server that held the body in memory would run
 * out of heap and the upload would fail.
 */
class LargeUploadIT {

  @Test
  void twoHundredMegabytesStreamThroughAServerWithA64MegabyteHeap(@TempDir Path out) throws Exception {
    boolean uploaded = PeerMemoryChecks.upload(System.getProperty("java.class.path"), out, 200);

    assertThat(uploaded)
        .as("the upload, server log:%n%s", Files.readString(out.resolve("upload-server.log")))
        .isTrue();
  }
}
