package io.steward.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every text a user reads comes from the bundles: {@code messages} for what is shared and one
 * {@code i18n/<module>} bundle per module, each in English and Simplified Chinese ({@code _zh_CN}). A module adds
 * its bundle without touching anyone else's file.
 */
@Configuration(proxyBeanMethods = false)
class Messages {

    static String[] basenames() {
        try {
            Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            TreeSet<String> names = new TreeSet<>();
            names.add("messages");
            Arrays.stream(bundles).map(Resource::getFilename).filter(Objects::nonNull)
                    .filter(name -> !name.contains("_"))
                    .forEach(name -> names.add("i18n/" + name.substring(0, name.length() - ".properties".length())));
            return names.toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames());
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
