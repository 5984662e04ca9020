package io.steward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.product.OfficialMaterials;
import io.steward.product.Product;
import io.steward.product.ProductShelf;
import io.steward.product.ProductShelf.ShelfFilter;
import io.steward.product.ProductStatus;
import io.steward.product.ProductType;
import io.steward.product.RiskLevel;
import io.steward.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DemoShelfTest extends IntegrationTest {

    @Autowired
    ProductShelf shelf;

    @Autowired
    OfficialMaterials materials;

    @Test
    void the_demo_shelf_covers_every_risk_level_and_type_with_an_official_brochure_each() {
        List<Product> demo = shelf.list(ShelfFilter.everything()).stream()
                .filter(p -> DemoProducts.SHELF.stream().anyMatch(d -> d.code().equals(p.code()))).toList();
        List<Product> active = demo.stream().filter(p -> p.status() == ProductStatus.ACTIVE).toList();

        assertThat(active).hasSizeGreaterThanOrEqualTo(10);
        assertThat(active).extracting(Product::riskLevel).contains(RiskLevel.values());
        assertThat(active).extracting(Product::type).contains(ProductType.values());
        assertThat(active).anyMatch(p -> p.type() == ProductType.FIXED_INCOME && p.termDays() == 90)
                .anyMatch(p -> p.type() == ProductType.FIXED_INCOME && p.termDays() == 365)
                .anyMatch(p -> p.type() == ProductType.CASH_MANAGEMENT && p.termDays() == 0)
                .anyMatch(Product::capitalProtected)
                .anyMatch(p -> p.type() == ProductType.EQUITY && p.riskLevel() == RiskLevel.R4 && p.coolingOffHours() == 24);
        assertThat(demo).filteredOn(p -> p.status() == ProductStatus.SUSPENDED).hasSize(1);
        assertThat(demo).filteredOn(p -> p.status() == ProductStatus.DRAFT).hasSize(1);

        for (Product product : demo) {
            var brochure = materials.materialsOf(product.code());
            assertThat(brochure).as(product.code()).hasSize(1);
            assertThat(brochure.getFirst().publisher()).isEqualTo("product");
            byte[] pdf = materials.file(product.code(), brochure.getFirst().id()).content();
            assertThat(new String(pdf, StandardCharsets.US_ASCII)).startsWith("%PDF-1.4").endsWith("%%EOF\n")
                    .contains(product.code() + " - product brochure");
        }
    }
}
