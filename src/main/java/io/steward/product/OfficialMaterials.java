package io.steward.product;

import java.util.List;
import java.util.Optional;

/**
 * The official written materials of the shelf. MAT-1: "The written information of products provided ... to
 * customers must be provided by the retail banking department of ... Head Office or its branch": only a
 * PRODUCT_OFFICER of the head office or a branch publishes, and only published materials are handed over. Handing a
 * material to a customer is the one thing staff without a certificate may do (QUAL-1), and each hand-over is
 * recorded.
 */
public interface OfficialMaterials {

    long MAX_BYTES = 10L * 1024 * 1024;
    String CUSTOMER_NUMBER = "C[0-9]{8}";

    /**
     * Publishes a PDF, PNG or JPEG file (at most {@link #MAX_BYTES}, its type read from its first bytes). A current
     * material of the product with the same title is superseded by it.
     */
    Material publish(String productCode, NewMaterial material, String publisher);

    /** Every version of every material of the product, current ones first, newest first. */
    List<Material> materialsOf(String productCode);

    Optional<Material> find(String productCode, long materialId);

    /** The stored file, checked against its recorded SHA-256. */
    MaterialFile file(String productCode, long materialId);

    /** Records that {@code staff} handed this (current) version of an ACTIVE product's material to the customer. */
    HandOver handOver(String productCode, long materialId, String customerNumber, String staff);

    /** Hand-overs of the product's materials, newest first; only those by {@code staff} unless it is {@code null}. */
    List<HandOver> handOversOf(String productCode, String staff, int limit);

    /** A material to publish (the web edge validates what was typed: {@code MaterialUpload}). */
    record NewMaterial(String title, String version, String fileName, byte[] content) {
    }

    record MaterialFile(String fileName, String contentType, String sha256, byte[] content) {
    }
}
