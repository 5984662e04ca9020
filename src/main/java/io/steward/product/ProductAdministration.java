package io.steward.product;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Keeping the shelf, for PRODUCT_OFFICERs: drafting products, putting them on sale, suspending, closing and
 * re-rating them. Every change checks the version the officer saw (a stale one is refused), is written in one
 * transaction and recorded in the audit trail.
 */
public interface ProductAdministration {

    Product create(NewProduct product);

    /** Changes a DRAFT; once a product has been on the shelf only its status and risk level change. */
    Product edit(String code, DraftChanges changes);

    Product changeStatus(String code, StatusChange change);

    /** A new risk level with the reason for it; audited and announced as {@link ProductReRated}. */
    Product reRate(String code, ReRating reRating);

    String CODE = "[A-Z0-9][A-Z0-9_-]{1,31}";
    String CURRENCY = "[A-Z]{3}";
    int TEXT = 4000;

    record NewProduct(
            @NotBlank @Pattern(regexp = CODE, message = "{steward.validation.code}") String code,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 200) String issuer,
            @NotNull ProductType type,
            @NotNull RiskLevel riskLevel,
            @NotNull @Min(0) @Max(36_500) Integer termDays,
            @NotNull Boolean capitalProtected,
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal minimumAmount,
            @NotBlank @Pattern(regexp = CURRENCY, message = "{product.validation.currency}") String currency,
            LocalDate saleOpensOn,
            LocalDate saleClosesOn,
            @NotNull @Min(0) @Max(720) Integer coolingOffHours,
            @Size(max = TEXT) String function,
            @Size(max = TEXT) String benefits,
            @Size(max = TEXT) String terms,
            @Size(max = TEXT) String riskCharacteristics) {

        @AssertTrue(message = "{product.validation.sale-window}")
        public boolean isSaleWindowValid() {
            return SaleWindow.ordered(saleOpensOn, saleClosesOn);
        }
    }

    record DraftChanges(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 200) String issuer,
            @NotNull ProductType type,
            @NotNull RiskLevel riskLevel,
            @NotNull @Min(0) @Max(36_500) Integer termDays,
            @NotNull Boolean capitalProtected,
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal minimumAmount,
            @NotBlank @Pattern(regexp = CURRENCY, message = "{product.validation.currency}") String currency,
            LocalDate saleOpensOn,
            LocalDate saleClosesOn,
            @NotNull @Min(0) @Max(720) Integer coolingOffHours,
            @Size(max = TEXT) String function,
            @Size(max = TEXT) String benefits,
            @Size(max = TEXT) String terms,
            @Size(max = TEXT) String riskCharacteristics,
            @NotNull Long version) {

        @AssertTrue(message = "{product.validation.sale-window}")
        public boolean isSaleWindowValid() {
            return SaleWindow.ordered(saleOpensOn, saleClosesOn);
        }
    }

    /** Suspending and closing need a reason; resuming and activating may give one. */
    record StatusChange(@NotNull ProductStatus status, @Size(max = 500) String reason, @NotNull Long version) {
    }

    record ReRating(@NotNull RiskLevel riskLevel, @NotBlank @Size(max = 500) String reason, @NotNull Long version) {
    }
}
