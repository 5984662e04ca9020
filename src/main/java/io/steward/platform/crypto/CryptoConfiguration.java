package io.steward.platform.crypto;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The keys of encryption at rest, derived once from {@code steward.crypto.key} (see {@link MasterKey}). */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CryptoConfiguration.class);

    @Bean
    MasterKey masterKey(Environment environment) {
        MasterKey key = MasterKey.from(environment);
        if (key.isDemoKey()) {
            log.warn("Demo mode: personal data is encrypted with the published demo key. Set steward.crypto.key "
                    + "before any real customer is entered.");
        }
        return key;
    }

    @Bean
    FieldEncryption fieldEncryption(MasterKey key) {
        return new FieldEncryption(key.derive("steward field encryption v1"));
    }

    @Bean
    KeyedHashes keyedHashes(MasterKey key) {
        return new KeyedHashes(key.derive("steward keyed hashes v1"));
    }
}
