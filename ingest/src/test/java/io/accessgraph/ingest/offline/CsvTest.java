package io.accessgraph.ingest.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void readsRowsByHeaderWithQuotedCommas() {
    assertThat(Csv.read("user,arn\r\n\"a,b\",x\n\nplain,\"say \"\"hi\"\"\"\n"))
        .containsExactly(
            Map.of("user", "a,b", "arn", "x"), Map.of("user", "plain", "arn", "say \"hi\""));
  }

  @Test
  void aRowWithTheWrongNumberOfCellsIsAnError() {
    assertThatThrownBy(() -> Csv.read("a,b\n1,2,3\n"))
        .isInstanceOf(InputException.class)
        .hasMessage("has 3 columns in row 2, but the header has 2");
  }

  @Test
  void emptyTextIsAnError() {
    assertThatThrownBy(() -> Csv.read("\n")).isInstanceOf(InputException.class);
  }
}
