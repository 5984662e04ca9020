package io.steward.confirmation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.confirmation.Text;
import org.junit.jupiter.api.Test;

class WordForWordTest {

    private final Text statement = new Text("I understand this product may lose principal.", "本人已知晓该产品可能亏损本金。");

    @Test
    void a_copy_counts_every_character_but_not_spacing_or_line_breaks() {
        assertThat(CustomerActs.copiedWordForWord(statement, "I understand this product may lose principal.")).isTrue();
        assertThat(CustomerActs.copiedWordForWord(statement, "I understand this\nproduct  may lose principal.")).isTrue();
        assertThat(CustomerActs.copiedWordForWord(statement, "本人已知晓该产品 可能亏损本金。")).isTrue();
        assertThat(CustomerActs.copiedWordForWord(statement, "本人已知晓该产品可能亏损本金")).as("the full stop counts").isFalse();
        assertThat(CustomerActs.copiedWordForWord(statement, "I understand this product may lose money.")).isFalse();
        assertThat(CustomerActs.copiedWordForWord(statement, "")).isFalse();
        assertThat(CustomerActs.copiedWordForWord(statement, null)).isFalse();
    }
}
