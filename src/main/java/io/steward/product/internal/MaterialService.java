package io.steward.product.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.organization.Institution;
import io.steward.organization.InstitutionTree;
import io.steward.organization.Role;
import io.steward.organization.StaffDirectory;
import io.steward.organization.StaffMember;
import io.steward.platform.DocumentStore;
import io.steward.platform.DocumentStore.StoredDocument;
import io.steward.platform.DocumentType;
import io.steward.platform.DomainRefusal;
import io.steward.product.HandOver;
import io.steward.product.Material;
import io.steward.product.OfficialMaterials;
import io.steward.product.Product;
import io.steward.product.ProductStatus;
import io.steward.suitability.Decision;
import io.steward.suitability.MaterialPublisher;
import io.steward.suitability.PolicyVersions;
import io.steward.suitability.SuitabilityEngine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class MaterialService implements OfficialMaterials {

    private static final Logger log = LoggerFactory.getLogger(MaterialService.class);

    private final JdbcProductShelf shelf;
    private final JdbcMaterials materials;
    private final DocumentStore documents;
    private final StaffDirectory staff;
    private final InstitutionTree institutions;
    private final PolicyVersions policy;
    private final AuditTrail audit;
    private final Clock clock;

    MaterialService(JdbcProductShelf shelf, JdbcMaterials materials, DocumentStore documents, StaffDirectory staff,
            InstitutionTree institutions, PolicyVersions policy, AuditTrail audit, Clock clock) {
        this.shelf = shelf;
        this.materials = materials;
        this.documents = documents;
        this.staff = staff;
        this.institutions = institutions;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Material publish(String productCode, NewMaterial request, String publisher) {
        Institution institution = officialPublisher(publisher);
        DocumentType type = MaterialFiles.checked(request.content(), request.fileName());
        long productId = shelf.lock(productCode).orElseThrow(() -> ShelfService.unknown(productCode));
        if (shelf.find(productCode).orElseThrow().status() == ProductStatus.CLOSED) {
            throw DomainRefusal.conflict("product-closed", "Product " + productCode + " is closed", productCode);
        }
        String title = request.title().strip();
        if (materials.versionTaken(productId, title, request.version())) {
            throw DomainRefusal.conflict("duplicate-material-version", "Version " + request.version() + " of \""
                    + title + "\" is already published", request.version(), title);
        }
        String fileName = MaterialFiles.downloadName(request.fileName(), type);
        StoredDocument stored = documents.store("materials", fileName, new ByteArrayInputStream(request.content()),
                MAX_BYTES, MaterialFiles.ALLOWED);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Long> previous = materials.currentWithTitle(productId, title);
        previous.ifPresent(old -> materials.retire(old, now));
        long id = materials.insert(productId, title, request.version(), publisher, institution.code(), now,
                fileName, type.mediaType(), stored.size(), stored.sha256(), stored.reference());
        previous.ifPresent(old -> materials.linkSuccessor(old, id));
        Material published = materials.find(productCode, id).orElseThrow();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("product", productCode);
        details.put("title", title);
        details.put("version", request.version());
        details.put("institution", institution.code());
        details.put("sha256", stored.sha256());
        details.put("contentType", type.mediaType());
        details.put("supersedes", previous.map(String::valueOf).orElse(""));
        audit.record(AuditEntry.of("MATERIAL_PUBLISHED", "material", id, details).by(publisher));
        return published;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Material> materialsOf(String productCode) {
        shelf.find(productCode).orElseThrow(() -> ShelfService.unknown(productCode));
        return materials.ofProduct(productCode);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Material> find(String productCode, long materialId) {
        return materials.find(productCode, materialId);
    }

    @Override
    @Transactional(readOnly = true)
    public MaterialFile file(String productCode, long materialId) {
        Material material = existing(productCode, materialId);
        byte[] content;
        try (InputStream in = documents.open(materials.storageKey(materialId).orElseThrow())) {
            content = in.readAllBytes();
        } catch (DomainRefusal missing) {
            log.error("The file of material {} is missing from the document store", materialId);
            throw damaged(material);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the file of material " + materialId, e);
        }
        if (!MaterialFiles.sha256(content).equals(material.sha256())) {
            log.error("The file of material {} no longer matches its recorded SHA-256", materialId);
            throw damaged(material);
        }
        return new MaterialFile(material.fileName(), material.contentType(), material.sha256(), content);
    }

    @Override
    public HandOver handOver(String productCode, long materialId, String customerNumber, String staffMember) {
        if (customerNumber == null || !customerNumber.matches(CUSTOMER_NUMBER)) {
            throw DomainRefusal.invalid("customer-number", "A customer number is C followed by 8 digits", customerNumber);
        }
        shelf.lock(productCode).orElseThrow(() -> ShelfService.unknown(productCode));
        Product product = shelf.find(productCode).orElseThrow();
        Material material = existing(productCode, materialId);
        if (product.status() != ProductStatus.ACTIVE) {
            throw DomainRefusal.conflict("material-product-not-active", "Product " + productCode + " is "
                    + product.status() + ": its materials are not handed out", productCode, product.status());
        }
        if (!material.isCurrent()) {
            throw DomainRefusal.conflict("material-superseded", "Version " + material.version() + " of \""
                    + material.title() + "\" was superseded and is not handed out", material.version(), material.title());
        }
        long id = materials.insertHandOver(materialId, customerNumber, staffMember, OffsetDateTime.now(clock));
        audit.record(AuditEntry.of("MATERIAL_HANDED_OVER", "customer", customerNumber, Map.of("product", productCode,
                "material", materialId, "title", material.title(), "version", material.version(),
                "sha256", material.sha256())).by(staffMember));
        return materials.handOver(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<HandOver> handOversOf(String productCode, String staffMember, int limit) {
        return materials.handOversOf(productCode, staffMember, Math.clamp(limit, 1, 500));
    }

    /**
     * MAT-1, as the policy in force decides it: a PRODUCT_OFFICER works in the retail banking department (DESIGN §1),
     * and the head office's or a branch's may publish.
     */
    private Institution officialPublisher(String username) {
        StaffMember member = staff.find(username).filter(StaffMember::enabled)
                .filter(m -> m.holds(Role.PRODUCT_OFFICER))
                .orElseThrow(() -> DomainRefusal.forbidden("not-a-product-officer",
                        username + " is not a product officer", username));
        Institution institution = institutions.find(member.institutionCode()).orElseThrow();
        Decision decision = new SuitabilityEngine(policy.inForceOn(LocalDate.now(clock))).decideMaterial(
                new MaterialPublisher(MaterialPublisher.InstitutionType.valueOf(institution.type().name()),
                        MaterialPublisher.Department.RETAIL_BANKING));
        if (decision.denied()) {
            throw DomainRefusal.byRules("material-publisher", decision.denials().getFirst().messageEn(),
                    decision.denials().stream().map(hit -> hit.ruleId().code()).toList(), institution.code());
        }
        return institution;
    }

    private Material existing(String productCode, long materialId) {
        return materials.find(productCode, materialId).orElseThrow(() -> DomainRefusal.notFound("unknown-material",
                "Unknown material " + materialId + " of product " + productCode, materialId, productCode));
    }

    private static DomainRefusal damaged(Material material) {
        return DomainRefusal.conflict("material-damaged", "The stored file of \"" + material.title()
                + "\" does not match its fingerprint; it is not handed out", material.title());
    }
}
