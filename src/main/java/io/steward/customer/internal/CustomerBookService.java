package io.steward.customer.internal;

import io.steward.customer.CustomerBook;
import io.steward.customer.CustomerFacts;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CustomerBookService implements CustomerBook {

    private final CustomerRows rows;
    private final CustomerFundService funds;
    private final GuardianRows guardians;
    private final PersonalData personal;
    private final JdbcClient jdbc;

    CustomerBookService(CustomerRows rows, CustomerFundService funds, GuardianRows guardians, PersonalData personal,
            JdbcClient jdbc) {
        this.rows = rows;
        this.funds = funds;
        this.guardians = guardians;
        this.personal = personal;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CustomerFacts> facts(long customerId) {
        return rows.find(customerId).map(this::facts);
    }

    @Override
    public Optional<CustomerFacts> facts(String number) {
        return rows.findByNumber(number).map(this::facts);
    }

    CustomerFacts facts(CustomerRow row) {
        return new CustomerFacts(row.id(), row.number(), row.fullName(), row.gender(), row.birthDate(),
                row.practitioner(), funds.of(row.id()), guardians.factsOf(row.id()));
    }

    @Override
    public ChannelContacts channelContacts(long customerId) {
        CustomerRow row = rows.find(customerId).orElseThrow(() -> CustomerScopes.unknown(String.valueOf(customerId)));
        List<GuardianContact> contacts = jdbc.sql("""
                select id, full_name, relationship, verified_at is not null as verified, phone_cipher
                from guardian where customer_id = ? order by id""")
                .param(customerId)
                .query((rs, n) -> new GuardianContact(rs.getLong("id"), rs.getString("full_name"),
                        io.steward.customer.GuardianRelationship.valueOf(rs.getString("relationship")),
                        rs.getBoolean("verified"), personal.decrypt(PersonalData.GUARDIAN_PHONE, rs.getString("phone_cipher"))))
                .list();
        return new ChannelContacts(row.id(), row.number(), CustomerFacts.maskName(row.fullName()),
                personal.decrypt(PersonalData.CUSTOMER_PHONE, row.phoneCipher()), contacts);
    }
}
