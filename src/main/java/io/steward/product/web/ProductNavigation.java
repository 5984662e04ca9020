package io.steward.product.web;

import io.steward.platform.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProductNavigation {

    @Bean
    Navigation shelfEntry() {
        return Navigation.of("nav.products", "nav.shelf", "/products", 300, "PRACTITIONER", "ASSISTANT", "STAFF",
                "RETAIL_HEAD", "PRODUCT_OFFICER", "DEPARTMENT_MANAGER", "COMPLIANCE");
    }

    @Bean
    Navigation newProductEntry() {
        return Navigation.of("nav.products", "nav.new-product", "/products/new", 301, "PRODUCT_OFFICER");
    }
}
