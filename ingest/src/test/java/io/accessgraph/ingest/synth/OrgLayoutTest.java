package io.accessgraph.ingest.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrgLayoutTest {

  @Test
  void accountIdsAreTwelveDigitsSteppedByAPrime() {
    assertThat(OrgLayout.accountId(0)).isEqualTo("100000000000");
    assertThat(OrgLayout.accountId(42)).isEqualTo("100000332598");
    assertThat(OrgLayout.accountId(9_999)).hasSize(12);
  }

  @Test
  void oneAccountInTenHostsPlantsAndAimsAtTheNext() {
    OrgLayout layout = new OrgLayout(new SynthOptions(25, 20, 1));
    assertThat(IntStream.range(0, 25).filter(layout::hostsPlants)).containsExactly(2, 12, 22);
    assertThat(layout.kind(12)).isEqualTo(AccountKind.AUDIT);
    assertThat(layout.name(12)).isEqualTo("synth-audit-0012");
    assertThat(layout.plantTarget(12)).isEqualTo(13);
    assertThat(layout.hostTargeting(13)).isEqualTo(12);
    assertThat(layout.hostTargeting(14)).isEqualTo(-1);
  }

  @Test
  void theLastAccountAsHostAimsAtSharedServices() {
    OrgLayout layout = new OrgLayout(new SynthOptions(13, 20, 1));
    assertThat(layout.hostsPlants(12)).isTrue();
    assertThat(layout.plantTarget(12)).isEqualTo(1);
    assertThat(layout.hostTargeting(1)).isEqualTo(12);
    assertThat(new OrgLayout(new SynthOptions(14, 20, 1)).hostTargeting(1)).isEqualTo(-1);
  }

  @Test
  void outsideAccountsAreNotInTheOrganization() {
    OrgLayout layout = new OrgLayout(new SynthOptions(10_000, 20, 3));
    String last = OrgLayout.accountId(9_999);
    assertThat(layout.vendorAccounts()).allMatch(v -> v.compareTo(last) > 0 && v.length() == 12);
    assertThat(layout.untrustedVendorAccount()).startsWith("9").hasSize(12);
  }
}
