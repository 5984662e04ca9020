package io.steward.product.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.platform.DomainRefusal;
import io.steward.product.Product;
import io.steward.product.ProductActivated;
import io.steward.product.ProductAdministration;
import io.steward.product.ProductReRated;
import io.steward.product.ProductStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ShelfService implements ProductAdministration {

    private final JdbcClient jdbc;
    private final JdbcProductShelf shelf;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ShelfService(JdbcClient jdbc, JdbcProductShelf shelf, AuditTrail audit, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.shelf = shelf;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Product create(NewProduct request) {
        if (shelf.find(request.code()).isPresent()) {
            throw DomainRefusal.conflict("duplicate-product", "Product " + request.code() + " already exists", request.code());
        }
        jdbc.sql("""
                insert into product (code, name, issuer, type, risk_level, term_days, capital_protected, minimum_amount,
                    currency, sale_opens_on, sale_closes_on, cooling_off_hours, status, disclosure_function,
                    disclosure_benefits, disclosure_terms, disclosure_risks, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?)""")
                .params(request.code(), request.name().trim(), request.issuer().trim(), request.type().name(),
                        request.riskLevel().name(), request.termDays(), request.capitalProtected(),
                        request.minimumAmount(), request.currency(), request.saleOpensOn(), request.saleClosesOn(),
                        request.coolingOffHours(), text(request.function()), text(request.benefits()),
                        text(request.terms()), text(request.riskCharacteristics()), now(), now())
                .update();
        Product created = shelf.find(request.code()).orElseThrow();
        audit.record(AuditEntry.of("PRODUCT_CREATED", "product", created.code(), ProductFields.of(created)));
        return created;
    }

    @Override
    public Product edit(String code, DraftChanges changes) {
        Product before = lockedAt(code, changes.version());
        if (before.status() != ProductStatus.DRAFT) {
            throw DomainRefusal.conflict("product-not-draft",
                    "Product " + code + " is " + before.status() + ": only a draft is edited", code, before.status());
        }
        jdbc.sql("""
                update product set name = ?, issuer = ?, type = ?, risk_level = ?, term_days = ?, capital_protected = ?,
                    minimum_amount = ?, currency = ?, sale_opens_on = ?, sale_closes_on = ?, cooling_off_hours = ?,
                    disclosure_function = ?, disclosure_benefits = ?, disclosure_terms = ?, disclosure_risks = ?,
                    version = version + 1, updated_at = ?
                where code = ? and version = ?""")
                .params(changes.name().trim(), changes.issuer().trim(), changes.type().name(),
                        changes.riskLevel().name(), changes.termDays(), changes.capitalProtected(),
                        changes.minimumAmount(), changes.currency(), changes.saleOpensOn(), changes.saleClosesOn(),
                        changes.coolingOffHours(), text(changes.function()), text(changes.benefits()),
                        text(changes.terms()), text(changes.riskCharacteristics()), now(), code, before.version())
                .update();
        Product after = shelf.find(code).orElseThrow();
        audit.record(AuditEntry.of("PRODUCT_EDITED", "product", code, ProductFields.changes(before, after)));
        return after;
    }

    @Override
    public Product changeStatus(String code, StatusChange change) {
        Product before = lockedAt(code, change.version());
        ProductStatus from = before.status();
        ProductStatus to = change.status();
        if (!from.canBecome(to)) {
            throw DomainRefusal.conflict("product-status-transition",
                    "Product " + code + " cannot go from " + from + " to " + to, code, from, to);
        }
        if (to == ProductStatus.ACTIVE && !before.missingForActivation().isEmpty()) {
            String missing = String.join(", ", before.missingForActivation());
            throw DomainRefusal.conflict("product-not-ready",
                    "Product " + code + " cannot go on sale without: " + missing, code, missing);
        }
        String reason = text(change.reason());
        if ((to == ProductStatus.SUSPENDED || to == ProductStatus.CLOSED) && reason == null) {
            throw DomainRefusal.invalid("status-reason-required", "Suspending or closing a product needs a reason", to);
        }
        jdbc.sql("update product set status = ?, version = version + 1, updated_at = ? where code = ? and version = ?")
                .params(to.name(), now(), code, before.version()).update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", from);
        details.put("to", to);
        details.put("reason", Objects.requireNonNullElse(reason, ""));
        audit.record(AuditEntry.of("PRODUCT_STATUS_CHANGED", "product", code, details));
        if (from == ProductStatus.DRAFT && to == ProductStatus.ACTIVE) {
            events.publishEvent(new ProductActivated(code, today()));
        }
        return shelf.find(code).orElseThrow();
    }

    @Override
    public Product reRate(String code, ReRating reRating) {
        Product before = lockedAt(code, reRating.version());
        if (before.status() == ProductStatus.CLOSED) {
            throw DomainRefusal.conflict("product-closed", "Product " + code + " is closed", code);
        }
        if (before.riskLevel() == reRating.riskLevel()) {
            throw DomainRefusal.invalid("same-risk-level", "Product " + code + " is already rated " + before.riskLevel(),
                    code, before.riskLevel());
        }
        jdbc.sql("update product set risk_level = ?, version = version + 1, updated_at = ? where code = ? and version = ?")
                .params(reRating.riskLevel().name(), now(), code, before.version()).update();
        audit.record(AuditEntry.of("PRODUCT_RE_RATED", "product", code, Map.of("from", before.riskLevel(),
                "to", reRating.riskLevel(), "reason", reRating.reason().trim(), "status", before.status())));
        events.publishEvent(new ProductReRated(code, before.riskLevel(), reRating.riskLevel(), today()));
        return shelf.find(code).orElseThrow();
    }

    /** The product, locked for this transaction, as long as nobody changed it since the officer saw {@code version}. */
    private Product lockedAt(String code, long version) {
        shelf.lock(code).orElseThrow(() -> unknown(code));
        Product current = shelf.find(code).orElseThrow();
        if (current.version() != version) {
            throw DomainRefusal.conflict("product-changed", "Product " + code + " was changed by someone else (version "
                    + current.version() + ", you saw " + version + ")", code);
        }
        return current;
    }

    static DomainRefusal unknown(String code) {
        return DomainRefusal.notFound("unknown-product", "Unknown product " + code, code);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
