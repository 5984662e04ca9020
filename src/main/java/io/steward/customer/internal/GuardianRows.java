package io.steward.customer.internal;

import io.steward.customer.GuardianDocumentType;
import io.steward.customer.GuardianFacts;
import io.steward.customer.GuardianRelationship;
import io.steward.customer.IdentityDocumentType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class GuardianRows {

    private static final String SELECT = """
            select id, customer_id, full_name, relationship, identity_type, identity_cipher, phone_cipher, document_type,
                   document_number, scan_id, verified_by, verified_at
            from guardian""";

    private final JdbcClient jdbc;

    GuardianRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A guardian as stored, numbers still encrypted. */
    record GuardianRow(long id, long customerId, String fullName, GuardianRelationship relationship,
            IdentityDocumentType identityType, String identityCipher, String phoneCipher,
            GuardianDocumentType documentType, String documentNumber, Long scanId, String verifiedBy,
            Instant verifiedAt) {

        GuardianFacts facts() {
            return new GuardianFacts(id, fullName, relationship, documentType, scanId != null, verifiedBy, verifiedAt);
        }
    }

    List<GuardianRow> of(long customerId) {
        return jdbc.sql(SELECT + " where customer_id = ? order by id").param(customerId).query(GuardianRows::map).list();
    }

    List<GuardianFacts> factsOf(long customerId) {
        return of(customerId).stream().map(GuardianRow::facts).toList();
    }

    Optional<GuardianRow> find(long customerId, long guardianId) {
        return jdbc.sql(SELECT + " where customer_id = ? and id = ?").params(customerId, guardianId)
                .query(GuardianRows::map).optional();
    }

    private static GuardianRow map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime verifiedAt = rs.getObject("verified_at", OffsetDateTime.class);
        return new GuardianRow(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("full_name"),
                GuardianRelationship.valueOf(rs.getString("relationship")),
                IdentityDocumentType.valueOf(rs.getString("identity_type")), rs.getString("identity_cipher"),
                rs.getString("phone_cipher"), GuardianDocumentType.valueOf(rs.getString("document_type")),
                rs.getString("document_number"), rs.getObject("scan_id") == null ? null : rs.getLong("scan_id"),
                rs.getString("verified_by"), verifiedAt == null ? null : verifiedAt.toInstant());
    }
}
