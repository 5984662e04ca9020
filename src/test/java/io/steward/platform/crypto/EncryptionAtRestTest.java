package io.steward.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class EncryptionAtRestTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
            30, 31, 32});

    @Test
    void without_a_key_and_outside_demo_mode_steward_refuses_to_start_with_a_clear_message() {
        assertThatThrownBy(() -> MasterKey.from(new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("steward.crypto.key is not set")
                .hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> MasterKey.from(new MockEnvironment().withProperty("steward.crypto.key", "c2hvcnQ=")))
                .hasMessageContaining("must be 32 bytes");
        assertThatThrownBy(() -> MasterKey.from(new MockEnvironment().withProperty("steward.crypto.key", "not base64!")))
                .hasMessageContaining("not valid base64");
    }

    @Test
    void demo_mode_without_a_key_uses_the_published_demo_key_and_a_configured_key_wins_over_it() {
        assertThat(MasterKey.from(new MockEnvironment().withProperty("steward.demo.enabled", "true")).isDemoKey()).isTrue();
        assertThat(MasterKey.from(new MockEnvironment().withProperty("steward.demo.enabled", "true")
                .withProperty("steward.crypto.key", KEY)).isDemoKey()).isFalse();
    }

    @Test
    void a_value_encrypts_to_a_different_ciphertext_each_time_and_decrypts_only_in_its_own_context() {
        FieldEncryption encryption = new FieldEncryption(key().derive("fields"));

        String first = encryption.encrypt("customer.phone", "13800138000");
        String second = encryption.encrypt("customer.phone", "13800138000");

        assertThat(first).startsWith("v1.").isNotEqualTo(second).doesNotContain("13800138000");
        assertThat(encryption.decrypt("customer.phone", first)).isEqualTo("13800138000");
        assertThatThrownBy(() -> encryption.decrypt("customer.identity", first))
                .as("moved to another column, a value does not decrypt").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_tampered_ciphertext_or_another_key_is_refused_instead_of_returning_garbage() {
        FieldEncryption encryption = new FieldEncryption(key().derive("fields"));
        byte[] sealed = encryption.encrypt("doc", "scan".getBytes(StandardCharsets.UTF_8));
        sealed[sealed.length - 1] ^= 1;

        assertThatThrownBy(() -> encryption.decrypt("doc", sealed)).isInstanceOf(IllegalStateException.class);
        String value = encryption.encrypt("customer.phone", "13800138000");
        FieldEncryption other = new FieldEncryption(MasterKey.from(new MockEnvironment()
                .withProperty("steward.demo.enabled", "true")).derive("fields"));
        assertThatThrownBy(() -> other.decrypt("customer.phone", value)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keyed_hashes_are_stable_separate_by_purpose_and_compared_in_constant_time() {
        KeyedHashes hashes = new KeyedHashes(key().derive("hashes"));

        String phone = hashes.hash("phone", "13800138000");

        assertThat(phone).hasSize(64).isEqualTo(hashes.hash("phone", "13800138000"));
        assertThat(hashes.hash("identity", "13800138000")).isNotEqualTo(phone);
        assertThat(new KeyedHashes(key().derive("other")).hash("phone", "13800138000")).isNotEqualTo(phone);
        assertThat(hashes.matches("phone", "13800138000", phone)).isTrue();
        assertThat(hashes.matches("phone", "13800138001", phone)).isFalse();
        assertThat(hashes.matches("phone", "13800138000", null)).isFalse();
    }

    private static MasterKey key() {
        return MasterKey.from(new MockEnvironment().withProperty("steward.crypto.key", KEY));
    }
}
