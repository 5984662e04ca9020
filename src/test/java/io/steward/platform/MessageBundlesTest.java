package io.steward.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every bundle exists in English and Simplified Chinese with exactly the same keys, and no text is blank. */
class MessageBundlesTest {

    @Test
    void every_bundle_is_complete_in_both_languages() throws IOException {
        List<String> bundles = new ArrayList<>(List.of("messages"));
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            String name = resource.getFilename();
            if (name != null && !name.contains("_")) {
                bundles.add("i18n/" + name.replace(".properties", ""));
            }
        }
        assertThat(bundles).contains("i18n/organization", "i18n/audit", "i18n/access");
        Set<String> allKeys = new TreeSet<>();
        for (String bundle : bundles) {
            Properties english = load("/" + bundle + ".properties");
            Properties chinese = load("/" + bundle + "_zh_CN.properties");

            Set<String> missingInChinese = new TreeSet<>(english.stringPropertyNames());
            missingInChinese.removeAll(chinese.stringPropertyNames());
            Set<String> missingInEnglish = new TreeSet<>(chinese.stringPropertyNames());
            missingInEnglish.removeAll(english.stringPropertyNames());
            assertThat(missingInChinese).as(bundle + ": keys without a Chinese text").isEmpty();
            assertThat(missingInEnglish).as(bundle + ": keys without an English text").isEmpty();
            assertThat(english.stringPropertyNames()).allSatisfy(key -> {
                assertThat(english.getProperty(key)).as(key).isNotBlank();
                assertThat(chinese.getProperty(key)).as(key).isNotBlank();
            });
            for (String key : english.stringPropertyNames()) {
                assertThat(allKeys.add(key)).as(key + " is defined in two bundles").isTrue();
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
