package org.yuqing.cli.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void columnsLineUpWithChineseCountedAsTwoColumns() {
        TextTable table = new TextTable(List.of("ID", "BODY", "TITLE"));
        table.add(List.of("a1", "市住房公积金管理中心", "条款被误读"));
        table.add(Arrays.asList("b22", "edu", null));

        List<String> lines = table.render().lines().toList();

        assertThat(lines).containsExactly(
                "ID   BODY                  TITLE",
                "a1   市住房公积金管理中心  条款被误读",
                "b22  edu                   -");
    }
}
