package io.accessgraph.ingest.synth;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SynthOptionsTest {

  @Test
  void acceptsTheSmallestAndLargestOrganizations() {
    assertThatCode(() -> new SynthOptions(3, 20, 0)).doesNotThrowAnyException();
    assertThatCode(() -> new SynthOptions(10_000, 10_000, -1)).doesNotThrowAnyException();
  }

  @Test
  void tooFewAccountsNamesTheParameterAndTheValue() {
    assertThatThrownBy(() -> new SynthOptions(2, 40, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("accounts must be between 3 and 10000")
        .hasMessageContaining("got 2");
  }

  @Test
  void tooManyAccountsIsRejected() {
    assertThatThrownBy(() -> new SynthOptions(10_001, 40, 1))
        .hasMessageContaining("accounts must be between")
        .hasMessageContaining("got 10001");
  }

  @Test
  void tooFewPrincipalsNamesTheParameterAndTheValue() {
    assertThatThrownBy(() -> new SynthOptions(5, 19, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("principalsPerAccount must be between 20 and 10000")
        .hasMessageContaining("got 19");
  }

  @Test
  void tooManyPrincipalsIsRejected() {
    assertThatThrownBy(() -> new SynthOptions(5, 10_001, 1))
        .hasMessageContaining("principalsPerAccount")
        .hasMessageContaining("got 10001");
  }
}
