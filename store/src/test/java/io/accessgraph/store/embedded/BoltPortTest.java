package io.accessgraph.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accessgraph.store.StoreException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class BoltPortTest {
  @Test
  void aTakenExplicitPortIsAnErrorAndAFreeOneIsUsed() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      assertThatThrownBy(() -> BoltPort.choose(port))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("Bolt port " + port);
    }
    int free;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      free = probe.getLocalPort();
    }
    assertThat(BoltPort.choose(free)).isEqualTo(free);
  }

  @Test
  void theDefaultPortFallsBackToAFreeOne() {
    int chosen = BoltPort.choose(0);
    assertThat(BoltPort.isFree(chosen)).isTrue();
    assertThat(chosen == BoltPort.DEFAULT || !BoltPort.isFree(BoltPort.DEFAULT)).isTrue();
  }
}
