package io.steward.confirmation.internal;

import io.steward.confirmation.ConfirmationKind;
import io.steward.confirmation.ConfirmationStatus.State;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ChannelRequests {

    private static final String SELECT = """
            select id, kind, subject_reference, customer_id, customer_number, content, customer_phone_cipher,
                   second_party_phone_cipher, requested_by, requested_by_name, requested_address, requested_user_agent,
                   requested_device, status, created_at, expires_at, failed_attempts, codes_sent, opened_sections,
                   completed_at, possible_proxy
            from confirmation_request""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ChannelRequests(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<RequestRow> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(this::map).optional();
    }

    Optional<RequestRow> findByToken(String tokenHash) {
        return jdbc.sql(SELECT + " where token_hash = ?").param(tokenHash).query(this::map).optional();
    }

    /** The request, locked until the transaction ends: two confirmations of one request cannot both win. */
    Optional<RequestRow> lockByToken(String tokenHash) {
        return jdbc.sql(SELECT + " where token_hash = ? for update").param(tokenHash).query(this::map).optional();
    }

    Optional<RequestRow> lock(long id) {
        return jdbc.sql(SELECT + " where id = ? for update").param(id).query(this::map).optional();
    }

    String write(Object value) {
        return json.writeValueAsString(value);
    }

    void countWrongCode(long id, int failedAttempts, boolean lock, Instant now) {
        jdbc.sql("""
                update confirmation_request set failed_attempts = ?,
                    status = case when ? then 'LOCKED' else status end,
                    completed_at = case when ? then ? else completed_at end
                where id = ?""")
                .params(failedAttempts, lock, lock, OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC), id).update();
    }

    void countCodeSent(long id) {
        jdbc.sql("update confirmation_request set codes_sent = codes_sent + 1 where id = ?").param(id).update();
    }

    void markOpened(long id, String sectionKey) {
        jdbc.sql("""
                update confirmation_request set opened_sections = array_append(opened_sections, cast(? as text))
                where id = ? and not (cast(? as text) = any(opened_sections))""")
                .params(sectionKey, id, sectionKey).update();
    }

    void complete(long id, State state, ChannelResponse response, io.steward.confirmation.RequestOrigin origin,
            boolean possibleProxy, Instant now) {
        jdbc.sql("""
                update confirmation_request set status = ?, completed_at = ?, response = ?, completed_address = ?,
                    completed_user_agent = ?, completed_device = ?, possible_proxy = ?
                where id = ?""")
                .params(state.name(), OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC),
                        response == null ? null : write(response), origin == null ? null : origin.address(),
                        origin == null ? null : origin.userAgent(), origin == null ? null : origin.deviceId(),
                        possibleProxy, id)
                .update();
    }

    private RequestRow map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime completed = rs.getObject("completed_at", OffsetDateTime.class);
        return new RequestRow(rs.getLong("id"), ConfirmationKind.valueOf(rs.getString("kind")),
                rs.getString("subject_reference"), rs.getLong("customer_id"), rs.getString("customer_number"),
                json.readValue(rs.getString("content"), ChannelContent.class), rs.getString("customer_phone_cipher"),
                rs.getString("second_party_phone_cipher"), rs.getString("requested_by"),
                rs.getString("requested_by_name"), rs.getString("requested_address"),
                rs.getString("requested_user_agent"), rs.getString("requested_device"),
                State.valueOf(rs.getString("status")), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(), rs.getInt("failed_attempts"),
                rs.getInt("codes_sent"), Arrays.asList((String[]) rs.getArray("opened_sections").getArray()),
                completed == null ? null : completed.toInstant(), rs.getBoolean("possible_proxy"));
    }
}
