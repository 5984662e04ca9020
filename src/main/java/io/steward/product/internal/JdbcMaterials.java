package io.steward.product.internal;

import io.steward.product.HandOver;
import io.steward.product.Material;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The materials and hand-overs tables. */
@Repository
class JdbcMaterials {

    private static final String SELECT_MATERIAL = """
            select m.id, p.code as product_code, m.title, m.version_label, m.publisher, m.publisher_institution,
                   m.published_at, m.file_name, m.content_type, m.size_bytes, m.sha256, m.storage_key,
                   m.superseded_by, m.superseded_at
            from official_material m join product p on p.id = m.product_id""";

    private static final String SELECT_HAND_OVER = """
            select h.id, p.code as product_code, m.id as material_id, m.title, m.version_label, h.customer_number,
                   h.handed_over_by, h.handed_over_at
            from material_hand_over h join official_material m on m.id = h.material_id
            join product p on p.id = m.product_id""";

    private final JdbcClient jdbc;

    JdbcMaterials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Material> ofProduct(String productCode) {
        return jdbc.sql(SELECT_MATERIAL + " where p.code = ? order by (m.superseded_at is null) desc, m.title, m.published_at desc, m.id desc")
                .param(productCode).query(JdbcMaterials::material).list();
    }

    Optional<Material> find(String productCode, long id) {
        return jdbc.sql(SELECT_MATERIAL + " where p.code = ? and m.id = ?").params(productCode, id)
                .query(JdbcMaterials::material).optional();
    }

    Optional<String> storageKey(long id) {
        return jdbc.sql("select storage_key from official_material where id = ?").param(id).query(String.class).optional();
    }

    Optional<Long> currentWithTitle(long productId, String title) {
        return jdbc.sql("select id from official_material where product_id = ? and title = ? and superseded_at is null")
                .params(productId, title).query(Long.class).optional();
    }

    boolean versionTaken(long productId, String title, String version) {
        return jdbc.sql("select count(*) from official_material where product_id = ? and title = ? and version_label = ?")
                .params(productId, title, version).query(Long.class).single() > 0;
    }

    long insert(long productId, String title, String version, String publisher, String institution, OffsetDateTime at,
            String fileName, String contentType, long size, String sha256, String storageKey) {
        return jdbc.sql("""
                insert into official_material (product_id, title, version_label, publisher, publisher_institution,
                    published_at, file_name, content_type, size_bytes, sha256, storage_key)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(productId, title, version, publisher, institution, at, fileName, contentType, size, sha256, storageKey)
                .query(Long.class).single();
    }

    /** Takes the old version out of circulation, which frees its title for the new current version. */
    void retire(long oldId, OffsetDateTime at) {
        jdbc.sql("update official_material set superseded_at = ? where id = ?").params(at, oldId).update();
    }

    void linkSuccessor(long oldId, long newId) {
        jdbc.sql("update official_material set superseded_by = ? where id = ?").params(newId, oldId).update();
    }

    long insertHandOver(long materialId, String customerNumber, String staff, OffsetDateTime at) {
        return jdbc.sql("""
                insert into material_hand_over (material_id, customer_number, handed_over_by, handed_over_at)
                values (?, ?, ?, ?) returning id""")
                .params(materialId, customerNumber, staff, at).query(Long.class).single();
    }

    Optional<HandOver> handOver(long id) {
        return jdbc.sql(SELECT_HAND_OVER + " where h.id = ?").param(id).query(JdbcMaterials::handOver).optional();
    }

    List<HandOver> handOversOf(String productCode, String staff, int limit) {
        return jdbc.sql(SELECT_HAND_OVER + "\n" + """
                 where p.code = :code and (cast(:staff as varchar) is null or h.handed_over_by = :staff)
                 order by h.handed_over_at desc, h.id desc limit :limit""")
                .param("code", productCode).param("staff", staff).param("limit", limit)
                .query(JdbcMaterials::handOver).list();
    }

    private static Material material(ResultSet rs, int row) throws SQLException {
        Long supersededBy = rs.getObject("superseded_by", Long.class);
        return new Material(rs.getLong("id"), rs.getString("product_code"), rs.getString("title"),
                rs.getString("version_label"), rs.getString("publisher"), rs.getString("publisher_institution"),
                instant(rs, "published_at"), rs.getString("file_name"), rs.getString("content_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), supersededBy,
                instant(rs, "superseded_at"));
    }

    private static HandOver handOver(ResultSet rs, int row) throws SQLException {
        return new HandOver(rs.getLong("id"), rs.getString("product_code"), rs.getLong("material_id"),
                rs.getString("title"), rs.getString("version_label"), rs.getString("customer_number"),
                rs.getString("handed_over_by"), instant(rs, "handed_over_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
