package io.steward.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    @Test
    void english_and_simplified_chinese_have_exactly_the_same_keys_and_no_blank_text() throws IOException {
        Properties english = load("/messages.properties");
        Properties chinese = load("/messages_zh_CN.properties");

        Set<String> missingInChinese = new TreeSet<>(english.stringPropertyNames());
        missingInChinese.removeAll(chinese.stringPropertyNames());
        Set<String> missingInEnglish = new TreeSet<>(chinese.stringPropertyNames());
        missingInEnglish.removeAll(english.stringPropertyNames());

        assertThat(missingInChinese).as("keys without a Chinese text").isEmpty();
        assertThat(missingInEnglish).as("keys without an English text").isEmpty();
        assertThat(english.stringPropertyNames()).allSatisfy(key -> {
            assertThat(english.getProperty(key)).as(key).isNotBlank();
            assertThat(chinese.getProperty(key)).as(key).isNotBlank();
        });
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
