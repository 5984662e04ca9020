package io.steward.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void keys_are_sorted_whatever_the_insertion_order() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("b", 1);
        one.put("a", "x");
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("a", "x");
        other.put("b", 1);

        assertThat(CanonicalJson.write(one)).isEqualTo(CanonicalJson.write(other)).isEqualTo("{\"a\":\"x\",\"b\":1}");
    }

    @Test
    void values_of_every_kind_are_written_plainly_and_escaped() {
        String json = CanonicalJson.write(Map.of("amount", new BigDecimal("1E+3"), "on", LocalDate.of(2026, 2, 28),
                "list", List.of(true, "q\"uote\n"), "nested", Map.of("z", 1L, "y", Map.of())));

        assertThat(json).isEqualTo("{\"amount\":1000,\"list\":[true,\"q\\\"uote\\n\"],"
                + "\"nested\":{\"y\":{},\"z\":1},\"on\":\"2026-02-28\"}");
    }

    @Test
    void the_link_changes_with_every_field() {
        ChainHash hash = new ChainHash();
        String base = hash.of(ChainHash.GENESIS, 1, 10, "a", "T", "s", "1", "{}");

        assertThat(hash.of(ChainHash.GENESIS, 1, 10, "a", "T", "s", "1", "{}")).isEqualTo(base);
        assertThat(hash.of(ChainHash.GENESIS, 2, 10, "a", "T", "s", "1", "{}")).isNotEqualTo(base);
        assertThat(hash.of(ChainHash.GENESIS, 1, 11, "a", "T", "s", "1", "{}")).isNotEqualTo(base);
        assertThat(hash.of(ChainHash.GENESIS, 1, 10, "b", "T", "s", "1", "{}")).isNotEqualTo(base);
        assertThat(hash.of(ChainHash.GENESIS, 1, 10, "a", "T", "s", "1", "{ }")).isNotEqualTo(base);
        // length prefixes: moving a character from one field to the next changes the link
        assertThat(hash.of(ChainHash.GENESIS, 1, 10, "a", "Ts", "", "1", "{}")).isNotEqualTo(base);
    }
}
