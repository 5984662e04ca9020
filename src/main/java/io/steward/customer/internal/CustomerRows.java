package io.steward.customer.internal;

import io.steward.customer.FamilySituation;
import io.steward.customer.Gender;
import io.steward.customer.IdentityDocumentType;
import io.steward.customer.IncomeBand;
import io.steward.customer.InvestmentExperience;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CustomerRows {

    private static final String SELECT = """
            select id, number, full_name, gender, birth_date, identity_type, identity_cipher, phone_cipher, address,
                   occupation, income_band, family_situation, investment_experience, practitioner, created_by, created_at
            from customer""";

    private final JdbcClient jdbc;

    CustomerRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CustomerRow> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(CustomerRows::map).optional();
    }

    Optional<CustomerRow> findByNumber(String number) {
        return jdbc.sql(SELECT + " where number = ?").param(number).query(CustomerRows::map).optional();
    }

    Optional<String> numberWithIdentity(IdentityDocumentType type, String identityHash) {
        return jdbc.sql("select number from customer where identity_type = ? and identity_hash = ?")
                .params(type.name(), identityHash).query(String.class).optional();
    }

    /**
     * The books of these practitioners, narrowed by text (name or number), by a phone or identity number (their hash), and by age:
     * born on or before {@code bornOnOrBefore} (aged at least N) or after {@code bornAfter} (younger than N).
     */
    List<CustomerRow> book(Collection<String> practitioners, String text, String phoneHash, String identityHash,
            LocalDate bornOnOrBefore, LocalDate bornAfter) {
        if (practitioners.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "\n" + """
                 where practitioner in (:practitioners)
                   and (cast(:text as varchar) is null or lower(full_name) like :text or lower(number) like :text)
                   and (cast(:phoneHash as varchar) is null or phone_hash = :phoneHash)
                   and (cast(:identityHash as varchar) is null or identity_hash = :identityHash)
                   and (cast(:bornOnOrBefore as date) is null or birth_date <= :bornOnOrBefore)
                   and (cast(:bornAfter as date) is null or birth_date > :bornAfter)
                 order by full_name, number
                 limit 1000""")
                .param("practitioners", practitioners)
                .param("text", text == null ? null : "%" + text.toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%")
                .param("phoneHash", phoneHash)
                .param("identityHash", identityHash)
                .param("bornOnOrBefore", bornOnOrBefore)
                .param("bornAfter", bornAfter)
                .query(CustomerRows::map).list();
    }

    long insert(String number, CustomerRow row, String identityHash, String phoneHash, OffsetDateTime at) {
        return jdbc.sql("""
                insert into customer (number, full_name, gender, birth_date, identity_type, identity_cipher, identity_hash,
                    phone_cipher, phone_hash, address, occupation, income_band, family_situation, investment_experience,
                    practitioner, created_by, created_at)
                values (:number, :fullName, :gender, :birthDate, :identityType, :identityCipher, :identityHash,
                    :phoneCipher, :phoneHash, :address, :occupation, :incomeBand, :familySituation, :experience,
                    :practitioner, :createdBy, :createdAt)
                returning id""")
                .param("number", number)
                .param("fullName", row.fullName())
                .param("gender", row.gender().name())
                .param("birthDate", row.birthDate())
                .param("identityType", row.identityType().name())
                .param("identityCipher", row.identityCipher())
                .param("identityHash", identityHash)
                .param("phoneCipher", row.phoneCipher())
                .param("phoneHash", phoneHash)
                .param("address", row.address())
                .param("occupation", row.occupation())
                .param("incomeBand", row.incomeBand().name())
                .param("familySituation", row.familySituation().name())
                .param("experience", row.investmentExperience().name())
                .param("practitioner", row.practitioner())
                .param("createdBy", row.createdBy())
                .param("createdAt", at)
                .query(Long.class).single();
    }

    String nextNumber() {
        return jdbc.sql("select 'C' || lpad(nextval('customer_number_seq')::text, 8, '0')").query(String.class).single();
    }

    void reassign(long id, String practitioner) {
        jdbc.sql("update customer set practitioner = ? where id = ?").params(practitioner, id).update();
    }

    private static CustomerRow map(ResultSet rs, int row) throws SQLException {
        return new CustomerRow(rs.getLong("id"), rs.getString("number"), rs.getString("full_name"),
                Gender.valueOf(rs.getString("gender")), rs.getObject("birth_date", LocalDate.class),
                IdentityDocumentType.valueOf(rs.getString("identity_type")), rs.getString("identity_cipher"),
                rs.getString("phone_cipher"), rs.getString("address"), rs.getString("occupation"),
                IncomeBand.valueOf(rs.getString("income_band")), FamilySituation.valueOf(rs.getString("family_situation")),
                InvestmentExperience.valueOf(rs.getString("investment_experience")), rs.getString("practitioner"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
